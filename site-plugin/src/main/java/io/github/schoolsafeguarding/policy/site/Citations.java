package io.github.schoolsafeguarding.policy.site;

import io.github.schoolsafeguarding.policy.content.Page;
import io.github.schoolsafeguarding.policy.render.PageLink;
import io.github.schoolsafeguarding.policy.render.PagePaths;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Which pages link to each heading of a reference page (an act's section on the legislation page),
 * so that the reference page can say under each entry where the guidance relies on it. The lists
 * are made from the links themselves, so they are never out of date.
 */
final class Citations {

    /** For each page linked to, each heading linked to, the pages linking to it. */
    private final Map<String, Map<String, Set<String>>> byTarget = new TreeMap<>();

    void add(String fromPage, List<PageLink> links) {
        for (PageLink link : links) {
            if (!link.anchor().isEmpty() && !link.page().equals(fromPage)) {
                byTarget.computeIfAbsent(link.page(), page -> new TreeMap<>())
                        .computeIfAbsent(link.anchor(), anchor -> new TreeSet<>())
                        .add(fromPage);
            }
        }
    }

    /**
     * The body of the reference page at {@code path} with, at the end of each cited heading's
     * section, a paragraph linking to the pages that cite it, in the order of their titles.
     */
    String annotate(String path, String html, SiteMap siteMap) {
        Map<String, Set<String>> cited = byTarget.getOrDefault(path, Map.of());
        if (cited.isEmpty()) {
            return html;
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        cited.forEach((anchor, pages) -> {
            Element heading = document.getElementById(anchor);
            if (heading != null && level(heading) > 0) {
                Element last = lastOfSection(heading);
                last.after(citedOn(path, pages, siteMap));
                last.after(new TextNode("\n"));
            }
        });
        return document.body().html();
    }

    /** The last element of a heading's section: the one before the next heading of its level or higher. */
    private static Element lastOfSection(Element heading) {
        Element last = heading;
        for (Element next = heading.nextElementSibling(); next != null; next = next.nextElementSibling()) {
            if (level(next) > 0 && level(next) <= level(heading)) {
                break;
            }
            last = next;
        }
        return last;
    }

    /** 2 for an h2, and so on; 0 for an element that is not a heading. */
    private static int level(Element element) {
        return element.tagName().matches("h[1-6]") ? element.tagName().charAt(1) - '0' : 0;
    }

    private static String citedOn(String path, Set<String> pages, SiteMap siteMap) {
        Map<String, String> links = new TreeMap<>();
        for (String page : pages) {
            siteMap.page(page).map(Page::meta).ifPresent(meta -> links.put(meta.title(),
                    PagePaths.relative(path, PagePaths.htmlFile(page))));
        }
        Element paragraph = new Element("p").addClass("cited-by").appendText("Cited on: ");
        int i = 0;
        for (var link : links.entrySet()) {
            if (i++ > 0) {
                paragraph.appendText(", ");
            }
            paragraph.appendElement("a").attr("href", link.getValue()).text(link.getKey());
        }
        return paragraph.appendText(".").outerHtml();
    }
}
