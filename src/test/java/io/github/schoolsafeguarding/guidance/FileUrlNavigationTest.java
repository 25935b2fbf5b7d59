package io.github.schoolsafeguarding.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published site works opened straight from disk ({@code file://}), from a shared drive or from
 * any sub-path of a web server: every link and every resource is resolved here as a browser resolves
 * it from a {@code file:} URL, and must name a file that exists (never a folder, which {@code file://}
 * cannot serve as its index page) and, where it has one, an anchor that exists on that page.
 */
class FileUrlNavigationTest {

    @TempDir
    static Path folder;

    static Path site;

    @BeforeAll
    static void publish() {
        site = folder.resolve("site");
        PublishedSite.publish(site);
    }

    @Test
    void everyLinkAndResourceResolvesToAFileFromAFileUrl() throws IOException {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path page : PublishedSite.htmlFiles(site)) {
            Document html = Jsoup.parse(page.toFile(), "UTF-8", page.toUri().toString());
            for (Element reference : html.select("a[href], link[href], script[src], img[src]")) {
                String attribute = reference.hasAttr("href") ? "href" : "src";
                String value = reference.attr(attribute);
                if (value.startsWith("tel:") || value.startsWith("mailto:")) {
                    continue;
                }
                URI target = URI.create(reference.absUrl(attribute));
                checked++;
                if (!"file".equals(target.getScheme())) {
                    if (!reference.tagName().equals("a")) {
                        broken.add(site.relativize(page) + ": loads " + value + " from another host");
                    }
                    continue;
                }
                Path file = Path.of(target.getPath());
                if (!Files.isRegularFile(file)) {
                    broken.add(site.relativize(page) + ": " + value + " is not a file");
                } else if (target.getFragment() != null && !target.getFragment().isEmpty()
                        && Jsoup.parse(file.toFile(), "UTF-8").getElementById(target.getFragment()) == null) {
                    broken.add(site.relativize(page) + ": " + value + " has no such anchor");
                }
            }
        }
        assertEquals(List.of(), broken);
        assertTrue(checked > 100, "checked " + checked + " links");
    }

    @Test
    void navigationLeadsFromTheAreaPickerToEveryPageOfAnArea() throws IOException {
        List<Path> reached = new ArrayList<>();
        List<Path> queue = new ArrayList<>(List.of(site.resolve("index.html")));
        while (!queue.isEmpty()) {
            Path page = queue.remove(0);
            if (reached.contains(page)) {
                continue;
            }
            reached.add(page);
            Document html = Jsoup.parse(page.toFile(), "UTF-8", page.toUri().toString());
            // a search form leads to the search page as a link would
            for (Element link : html.select("header a[href], nav a[href], main a[href], footer a[href], form[action]")) {
                URI target = URI.create(link.absUrl(link.hasAttr("href") ? "href" : "action"));
                if ("file".equals(target.getScheme()) && target.getPath().endsWith(".html")) {
                    queue.add(Path.of(target.getPath()));
                }
            }
        }
        List<Path> all = PublishedSite.htmlFiles(site);
        List<Path> unreached = all.stream().filter(page -> !reached.contains(page)).toList();
        assertEquals(List.of(), unreached);
    }

    @Test
    void everyPageHasTheFurnitureAReaderReliesOn() throws IOException {
        for (Path page : PublishedSite.htmlFiles(site)) {
            Document html = Jsoup.parse(page.toFile(), "UTF-8");
            String name = site.relativize(page).toString();
            assertEquals("en-GB", html.selectFirst("html").attr("lang"), name);
            assertEquals("#main-content", html.selectFirst("a.govuk-skip-link").attr("href"), name);
            assertFalse(html.select("main#main-content h1").isEmpty(), name + " has a heading");
            assertTrue(html.select(".app-emergency").text().contains("999"), name + " shows the 999 banner");
            if (!name.equals("index.html")) {
                assertTrue(html.select(".govuk-service-navigation__service-name").text().startsWith("For schools in "),
                        name + " names its area");
                assertFalse(html.select("footer a:containsOwn(Choose another area)").isEmpty(),
                        name + " lets the reader choose another area");
            }
            if (!name.equals("index.html") && !PublishedSite.isGeneratedPage(site, page)) {
                if (!name.contains("/decisions/")) {
                    assertFalse(html.select(".app-page-meta").select("time").isEmpty(), name + " shows its review dates");
                }
                assertFalse(html.select(".app-page-meta li").isEmpty(), name + " cites a source");
            }
        }
    }
}
