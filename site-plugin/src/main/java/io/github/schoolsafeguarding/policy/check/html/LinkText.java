package io.github.schoolsafeguarding.policy.check.html;

import static io.github.schoolsafeguarding.policy.check.html.CheckedPage.quote;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Every link says where it leads. Screen-reader users often list a page's links on their own, out of
 * their sentences: a link with no text is read as its address, and "click here" says nothing.
 */
final class LinkText implements PageRule {

    static final String EMPTY = "html.link-text";
    static final String VAGUE = "html.vague-link-text";

    /** Whole link texts that say nothing out of context; a text merely containing one is fine. */
    private static final Set<String> VAGUE_TEXTS = Set.of("click here", "click", "here", "click this", "read more",
            "more", "more info", "more information", "find out more", "learn more", "see more", "this page",
            "this link", "link", "this", "go", "details", "see here", "follow this link");

    @Override
    public void check(CheckedPage page, List<Finding> findings) {
        for (Element link : page.document().select("a[href]")) {
            if (CheckedPage.isAriaHidden(link)) {
                continue;
            }
            String name = accessibleName(link);
            if (name.isEmpty()) {
                findings.add(page.error(EMPTY, link, "link to " + quote(link.attr("href"))
                                + " has no text: a screen reader reads out its address instead",
                        "give the link text that says where it leads, e.g. [the contacts page](contacts.md)"));
            } else if (VAGUE_TEXTS.contains(withoutEndPunctuation(name.toLowerCase(Locale.ROOT)))) {
                findings.add(page.warning(VAGUE, link, "link text " + quote(name)
                                + " does not say where the link leads",
                        "make the link's text name what it leads to, e.g. 'the contacts page' instead of"
                                + " 'click here'"));
            }
        }
    }

    /**
     * The name a screen reader gives the link: from {@code aria-labelledby}, {@code aria-label}, its
     * text with the alt text of its images, then its {@code title}.
     */
    static String accessibleName(Element link) {
        String labelledBy = Stream.of(link.attr("aria-labelledby").strip().split("\\s+"))
                .filter(id -> !id.isEmpty())
                .map(id -> link.ownerDocument() == null ? null : link.ownerDocument().getElementById(id))
                .filter(Objects::nonNull)
                .map(Element::text)
                .collect(Collectors.joining(" "));
        for (String name : List.of(labelledBy, link.attr("aria-label"), content(link), link.attr("title"))) {
            String collapsed = name.strip().replaceAll("\\s+", " ");
            if (!collapsed.isEmpty()) {
                return collapsed;
            }
        }
        return "";
    }

    private static String content(Element link) {
        StringBuilder text = new StringBuilder();
        link.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element element && CheckedPage.isAriaHidden(element)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode textNode) {
                    text.append(textNode.text());
                } else if (node instanceof Element element && element.normalName().equals("img")) {
                    text.append(' ').append(element.attr("alt")).append(' ');
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        });
        return text.toString();
    }

    private static String withoutEndPunctuation(String text) {
        return text.replaceAll("[\\s.,:;!?…]+$", "");
    }
}
