package io.github.schoolsafeguarding.policy.handbook;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The handbook as one XHTML document, made from the pages the site publishes: a cover, a contents
 * list, then each page's main content as a chapter. Every id is made unique to its chapter, and
 * every link between pages leads to the place in the handbook the page's link leads to on the
 * site; a link to a page the handbook leaves out keeps its words and loses its link, so that no
 * link in the PDF leads nowhere.
 */
final class HandbookDocument {

    /** Site furniture that means nothing on paper: navigation, forms, the helper's buttons and results. */
    private static final String NOT_IN_PRINT = "script, noscript, template, form, button, nav, svg, input, header, footer, "
            + ".govuk-grid-column-one-third, .govuk-breadcrumbs, .govuk-button-group, .app-decision-result, "
            + ".app-contents-list, .app-print-only, .app-emergency, .govuk-exit-this-page, .govuk-skip-link, [hidden], "
            + "[aria-hidden=true]";

    /** What a decision table's page says for its editors, after the rules and outcomes. */
    private static final Set<String> EDITORS_SECTIONS = Set.of("examples", "how-this-table-is-checked");

    private final HandbookCover cover;
    private final List<Chapter> chapters;
    private final Map<String, String> chapterIds = new LinkedHashMap<>();

    HandbookDocument(HandbookCover cover, List<Chapter> chapters) {
        this.cover = cover;
        this.chapters = chapters;
        for (int i = 0; i < chapters.size(); i++) {
            chapterIds.put(chapters.get(i).file(), "chapter-" + (i + 1));
        }
    }

    /** @param pages the area's published files, by path below the area's folder */
    Document build(Map<String, byte[]> pages, String css) {
        Document document = Document.createShell("");
        document.outputSettings().syntax(Document.OutputSettings.Syntax.xml);
        document.selectFirst("html").attr("lang", "en-GB");
        Element head = document.head();
        head.appendElement("title").text(cover.title());
        head.appendElement("meta").attr("name", "subject").attr("content", cover.subject());
        head.appendElement("meta").attr("name", "author").attr("content", cover.author());
        head.appendElement("style").appendChild(new DataNode(css + "\n@page { @bottom-left { content: \""
                + cover.footer().replace("\\", "\\\\").replace("\"", "\\\"")
                + "\"; font-family: \"Liberation Sans\"; font-size: 8pt; color: #505a5f; } }\n"));
        Element bookmarks = head.appendElement("bookmarks");
        Element body = document.body();
        cover.appendTo(body);
        Element contents = body.appendElement("section").addClass("contents");
        contents.appendElement("h1").attr("id", "contents").text("Contents");
        Element list = contents.appendElement("ul").addClass("contents-list");
        Element[] openBookmarks = new Element[8];
        openBookmarks[0] = bookmarks;
        for (Chapter chapter : chapters) {
            String id = chapterIds.get(chapter.file());
            Element item = list.appendElement("li").addClass("level-" + chapter.level());
            item.appendElement("a").attr("href", "#" + id).text(chapter.title());
            int level = Math.min(chapter.level(), openBookmarks.length - 1);
            Element parent = openBookmarks[level - 1] != null ? openBookmarks[level - 1] : bookmarks;
            openBookmarks[level] = parent.appendElement("bookmark").attr("name", chapter.title()).attr("href", "#" + id);
            for (int deeper = level + 1; deeper < openBookmarks.length; deeper++) {
                openBookmarks[deeper] = null;
            }
            byte[] page = pages.get(chapter.file());
            if (page == null) {
                throw new IllegalStateException("the handbook lists " + chapter.file() + ", which the site does not publish");
            }
            body.appendChild(chapter(chapter, id, Jsoup.parse(new String(page, StandardCharsets.UTF_8))));
        }
        leadEveryLinkSomewhere(document);
        return document;
    }

    private Element chapter(Chapter chapter, String id, Document page) {
        // a theme's own layout may have no <main>: then the whole page, less its furniture, is the chapter
        Element main = page.selectFirst("main") != null ? page.selectFirst("main") : page.body();
        Element section = new Element("section").addClass("chapter").attr("id", id);
        main.select(NOT_IN_PRINT).remove();
        if (chapter.rulesOnly()) {
            dropEditorsSections(main);
        }
        replaceDecisionEmbeds(main);
        openDetails(main);
        main.select("[id]").forEach(element -> element.attr("id", id + "--" + element.id()));
        main.select("[aria-labelledby]").forEach(element -> element.attr("aria-labelledby",
                id + "--" + element.attr("aria-labelledby")));
        main.select("[aria-describedby]").forEach(element -> element.removeAttr("aria-describedby"));
        main.select("a[href]").forEach(link -> relink(chapter.file(), link));
        main.select("[tabindex], [role=region]").forEach(element -> element.removeAttr("tabindex"));
        section.appendChildren(main.childNodesCopy());
        return section;
    }

    /**
     * A guidance page shows a decision table folded under a button that opens the helper; in the
     * handbook the table's own chapter holds its rules, so the page points to it.
     */
    private static void replaceDecisionEmbeds(Element main) {
        for (Element embed : main.select(".app-decision-embed")) {
            Element start = embed.selectFirst("a.app-decision-embed__start");
            Element caption = embed.selectFirst("caption");
            Element note = new Element("p").addClass("decision-reference");
            note.appendText("The rules for this decision are in the decision tables: ");
            String question = caption == null ? "the rules" : caption.text().replaceFirst("^Rules for: ", "");
            note.appendElement("a").attr("href", start == null ? "" : start.attr("href")).text(question);
            embed.replaceWith(note);
        }
    }

    /** Folded text is all shown on paper, with its summary as a heading-like line. */
    private static void openDetails(Element main) {
        for (Element summary : main.select("summary")) {
            summary.tagName("p").addClass("summary");
        }
        main.select("details").tagName("div");
    }

    private static void dropEditorsSections(Element main) {
        for (Element heading : main.select("h2")) {
            if (EDITORS_SECTIONS.stream().anyMatch(heading.id()::equals)) {
                Element next = heading;
                while (next != null) {
                    Element following = next.nextElementSibling();
                    next.remove();
                    next = following;
                }
                return;
            }
        }
    }

    /**
     * A link to another page leads to that page's chapter (or the heading in it); a web, e-mail or
     * phone link stays as it is; a link to a page the handbook leaves out becomes its words alone.
     */
    private void relink(String fromFile, Element link) {
        String href = link.attr("href");
        if (href.matches("(?i)(https?|mailto|tel):.*")) {
            return;
        }
        URI resolved;
        try {
            resolved = new URI("page", "/" + fromFile, null).resolve(new URI(href));
        } catch (URISyntaxException e) {
            link.unwrap();
            return;
        }
        String chapterId = chapterIds.get(resolved.getPath().substring(1));
        if (chapterId == null) {
            link.unwrap();
            return;
        }
        String fragment = resolved.getFragment();
        link.attr("href", "#" + (fragment == null || fragment.isEmpty() ? chapterId : chapterId + "--" + fragment));
    }

    /**
     * A link to an id the handbook left out (part of the site's furniture) leads to the top of its
     * chapter instead, so that every link in the PDF has somewhere to go.
     */
    private static void leadEveryLinkSomewhere(Document document) {
        Set<String> ids = document.select("[id]").stream().map(Element::id).collect(Collectors.toSet());
        for (Element link : document.select("a[href^=#]")) {
            String target = link.attr("href").substring(1);
            if (!ids.contains(target)) {
                link.attr("href", "#" + target.replaceFirst("--.*", ""));
            }
        }
    }
}
