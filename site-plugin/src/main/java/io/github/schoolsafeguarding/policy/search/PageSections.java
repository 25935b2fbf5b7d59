package io.github.schoolsafeguarding.policy.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Cuts a published page into the documents a search finds: the top of the page, then one document
 * for each part of it that a link can lead to (an {@code h2} or {@code h3} with an id, or a contact
 * entry {@code id="contact-…"}), running up to the next such part. Only what is inside {@code <main>}
 * counts, less the furniture every page has there: the "on this page" list, the "about this page"
 * box and anything hidden.
 */
public final class PageSections {

    private static final String FURNITURE = "nav, aside, script, style, template, [hidden]";
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PageSections() {}

    /** @param file the page's path relative to the area's folder */
    public static List<SearchDocument> of(String file, String html) {
        return of(file, Jsoup.parse(html));
    }

    /**
     * As {@link #of(String, String)}, for a page parsed already, which this changes: it takes out
     * the furniture.
     */
    public static List<SearchDocument> of(String file, Document page) {
        Element main = page.selectFirst("main");
        if (main == null) {
            return List.of();
        }
        main.select(FURNITURE).remove();
        Element h1 = main.selectFirst("h1");
        String pageTitle = h1 == null ? "" : h1.text();
        Cutter cutter = new Cutter(file, Kind.of(file), pageTitle);
        main.childNodes().forEach(cutter::visit);
        return cutter.documents();
    }

    /** Walks the page in reading order, starting a new document at each part with an id. */
    private static final class Cutter {
        private final String file;
        private final Kind kind;
        private final String pageTitle;
        private final List<Part> parts = new ArrayList<>();

        Cutter(String file, Kind kind, String pageTitle) {
            this.file = file;
            this.kind = kind;
            this.pageTitle = pageTitle;
            parts.add(new Part(file, pageTitle));
        }

        void visit(Node node) {
            if (node instanceof TextNode text) {
                current().body.append(text.text());
            } else if (node instanceof Element element) {
                visit(element);
            }
        }

        private void visit(Element element) {
            String tag = element.normalName();
            boolean heading = HEADINGS.contains(tag);
            if (!element.id().isEmpty() && (tag.equals("h2") || tag.equals("h3"))) {
                parts.add(new Part(file + "#" + element.id(), element.text()));
                parts.get(0).headings.append(' ').append(element.text());
            } else if (element.id().startsWith("contact-")) {
                Element name = element.selectFirst("h1, h2, h3, h4, h5, h6, dt");
                parts.add(new Part(file + "#" + element.id(), name == null ? "" : name.ownText()));
                if (name != null) {
                    current().headings.append(' ').append(name.children().text());
                    name.remove();
                }
                element.childNodes().forEach(this::visit);
            } else if (heading) {
                if (!tag.equals("h1")) {
                    current().headings.append(' ').append(element.text());
                }
            } else {
                // a block ends a word even where the HTML has no space, as in <td>a</td><td>b</td>
                boolean block = element.isBlock();
                if (block) {
                    current().body.append(' ');
                }
                element.childNodes().forEach(this::visit);
                if (block) {
                    current().body.append(' ');
                }
            }
        }

        private Part current() {
            return parts.get(parts.size() - 1);
        }

        List<SearchDocument> documents() {
            List<SearchDocument> documents = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                Part part = parts.get(i);
                documents.add(new SearchDocument(part.url, kind, part.title, i == 0 ? "" : pageTitle,
                        tidy(part.headings), tidy(part.body)));
            }
            return documents;
        }

        private static String tidy(CharSequence text) {
            return SPACES.matcher(text).replaceAll(" ").trim();
        }
    }

    /** A document while its text is being gathered. */
    private static final class Part {
        final String url;
        final String title;
        final StringBuilder headings = new StringBuilder();
        final StringBuilder body = new StringBuilder();

        Part(String url, String title) {
            this.url = url;
            this.title = title;
        }
    }
}
