package io.github.schoolsafeguarding.policy.check.html;

import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.check.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** A page parsed for the rules, which know each element by where it was written. */
final class CheckedPage {

    private final HtmlPage page;
    private final Document document;

    CheckedPage(HtmlPage page) {
        this.page = page;
        this.document = Jsoup.parse(page.markedHtml(), "", Parser.htmlParser().setTrackPosition(true));
    }

    Document document() {
        return document;
    }

    Finding error(String rule, Element element, String message, String fix) {
        return finding(rule, Severity.ERROR, element, message, fix);
    }

    Finding warning(String rule, Element element, String message, String fix) {
        return finding(rule, Severity.WARNING, element, message, fix);
    }

    /** A finding about the page as a whole, for its source file to answer. */
    Finding errorOnPage(String rule, String message, String fix) {
        return new Finding(rule, Severity.ERROR, Location.of(page.source()), message, fix, page, 0, 0);
    }

    /** Whether screen readers skip the element and all it holds. */
    static boolean isAriaHidden(Element element) {
        return element.attr("aria-hidden").strip().equals("true");
    }

    /** Text from the page as a message shows it: in quotes, and cut short when long. */
    static String quote(String text) {
        String shown = text.strip().replaceAll("\\s+", " ");
        return "'" + (shown.length() > 60 ? shown.substring(0, 57) + "..." : shown) + "'";
    }

    /**
     * At the line that wrote the element; an element the engine wrote itself (a list of citing pages,
     * a school's blank) sends the maintainer to the page's source.
     */
    private Finding finding(String rule, Severity severity, Element element, String message, String fix) {
        Location at = SourceMarks.of(element).orElse(Location.of(page.source()));
        return new Finding(rule, severity, at, message, fix, page, element.sourceRange().start().lineNumber(), 0);
    }
}
