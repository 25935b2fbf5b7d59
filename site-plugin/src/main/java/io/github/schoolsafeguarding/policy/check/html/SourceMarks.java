package io.github.schoolsafeguarding.policy.check.html;

import io.github.schoolsafeguarding.policy.check.Location;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Where each element of a page was written: the Markdown line or the template line. While a page is
 * rendered, each start tag carries an attribute naming its file and line; the checks read it to send
 * a maintainer to the line to edit, and {@link #strip} takes it out before the page is published.
 *
 * <p>The attribute is written only by the engine: values from content are HTML-escaped, so a page or
 * a template value can never produce one. A template must not write it by hand.
 */
public final class SourceMarks {

    /** The attribute, for a renderer that writes attributes itself. */
    public static final String ATTRIBUTE = "data-policy-source";

    private static final Pattern MARK = Pattern.compile(" " + ATTRIBUTE + "=\"([^\"]*)\"");

    /** A start tag in a template, but not a Mustache partial or parent such as {@code {{<base}}}. */
    private static final Pattern START_TAG = Pattern.compile("(?<!\\{)<([a-zA-Z][a-zA-Z0-9-]*)(?=[\\s/>])");

    private static final Pattern VALUE = Pattern.compile("(.*):(\\d+):(\\d+)", Pattern.DOTALL);

    private SourceMarks() {}

    /** The attribute's value for a place in a file, not yet HTML-escaped. */
    public static String value(Location location) {
        return location.file() + ":" + location.line() + ":" + location.column();
    }

    /** A template's text with each start tag marked with the template's file and the tag's line. */
    public static String markTemplate(String template, Path file) {
        String escapedFile = escape(file.toString());
        Matcher tag = START_TAG.matcher(template);
        StringBuilder marked = new StringBuilder(template.length() * 2);
        int line = 1;
        int copied = 0;
        while (tag.find()) {
            line += countLines(template, copied, tag.end());
            marked.append(template, copied, tag.end())
                    .append(' ').append(ATTRIBUTE).append("=\"").append(escapedFile).append(':').append(line)
                    .append(":0\"");
            copied = tag.end();
        }
        return marked.append(template, copied, template.length()).toString();
    }

    /** The page as it is published: without marks. */
    public static String strip(String html) {
        return MARK.matcher(html).replaceAll("");
    }

    /** Where an element was written, when it carries a mark. */
    static Optional<Location> of(Element element) {
        return element.hasAttr(ATTRIBUTE) ? parse(element.attr(ATTRIBUTE)) : Optional.empty();
    }

    /** The marked start tags of a page, by where each begins in the published page. */
    static Positions positions(String markedHtml) {
        Matcher mark = MARK.matcher(markedHtml);
        StringBuilder published = new StringBuilder(markedHtml.length());
        List<Integer> starts = new ArrayList<>();
        List<String> marks = new ArrayList<>();
        int copied = 0;
        while (mark.find()) {
            published.append(markedHtml, copied, mark.start());
            copied = mark.end();
            starts.add(published.lastIndexOf("<"));
            marks.add(mark.group(1));
        }
        published.append(markedHtml, copied, markedHtml.length());
        return new Positions(published.toString(), starts.stream().mapToInt(Integer::intValue).toArray(), marks);
    }

    /**
     * The published page, and its marked start tags in order.
     *
     * @param starts where each marked tag's {@code <} is in {@code published}
     * @param marks each marked tag's mark as written, read only for a tag a finding is about: a long
     *     page has 100,000 of them, and most pages none that is found wrong
     */
    record Positions(String published, int[] starts, List<String> marks) {

        /**
         * Where the element around a place in the published page was written: that of the last start
         * tag before it, which for an error in a tag is the tag itself, and otherwise the innermost
         * element opened before it. Empty before the first marked tag.
         */
        Optional<Location> before(int offset) {
            int low = 0;
            int high = starts.length - 1;
            int found = -1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                if (starts[middle] <= offset) {
                    found = middle;
                    low = middle + 1;
                } else {
                    high = middle - 1;
                }
            }
            return found < 0 ? Optional.empty() : parse(Parser.unescapeEntities(marks.get(found), true));
        }
    }

    private static Optional<Location> parse(String value) {
        Matcher parts = VALUE.matcher(value);
        if (!parts.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Location(Path.of(parts.group(1)), Integer.parseInt(parts.group(2)),
                Integer.parseInt(parts.group(3))));
    }

    private static int countLines(String text, int from, int to) {
        int lines = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
