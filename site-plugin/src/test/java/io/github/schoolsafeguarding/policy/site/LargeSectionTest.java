package io.github.schoolsafeguarding.policy.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.ContentFixture;
import io.github.schoolsafeguarding.policy.check.ContentException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A section far larger than any of the real guidance's, published with the real theme and every
 * HTML check: no page's size may grow with the section's, and every page must stay reachable.
 */
class LargeSectionTest {

    private static final Path THEME = Path.of("../theme");

    /** Enough for a collapsed side navigation, three pages of the section's list and two of the report's table. */
    private static final int PAGES = 130;

    @TempDir
    static Path folder;

    static Path area;

    @BeforeAll
    static void publish() throws ContentException {
        ContentFixture fixture = new ContentFixture(folder);
        fixture.page("pages/big/index.md", "Big section", 20, "A section with many pages.\n");
        for (int i = 1; i <= PAGES; i++) {
            fixture.page("pages/big/page-%03d.md".formatted(i), "Big page " + i, i, "Page " + i + " of many.\n");
        }
        SitePublisher.builder().content(fixture.content).theme(THEME).today(ContentFixture.TODAY)
                .areas(List.of("north")).build().publish(folder.resolve("site"));
        area = folder.resolve("site/north");
    }

    @Test
    void theSideNavigationOfALargeSectionShowsTheNeighboursAndLinksTheListThatHoldsThePage() throws IOException {
        for (int i = 1; i <= PAGES; i++) {
            Element nav = page("big/page-%03d.html".formatted(i)).selectFirst("nav.app-side-navigation");
            List<String> items = nav.select("li a").eachText();
            assertEquals(2 * AreaRenderer.NEIGHBOURS + 1, items.size(), "page " + i);
            assertTrue(items.contains("Big page " + i), "page " + i + " " + items);
            assertEquals("Big page " + i, nav.selectFirst("a[aria-current=page]").text());
            Element all = nav.selectFirst("p a");
            assertEquals("All " + PAGES + " pages in Big section", all.text());
            String list = i <= AreaRenderer.SECTION_LIST_SIZE ? "index.html"
                    : "index-" + ((i - 1) / AreaRenderer.SECTION_LIST_SIZE + 1) + ".html";
            assertEquals("../big/" + list, all.attr("href"), "page " + i);
            assertTrue(page("big/" + list).select("main a").eachText().contains("Big page " + i),
                    "the list linked from page " + i + " holds it");
        }
    }

    @Test
    void everyPageOfTheSectionIsReachableFromItsIndexThroughThePagesOfItsList() throws IOException {
        Set<String> listed = new TreeSet<>();
        Set<String> visited = new TreeSet<>();
        Deque<String> toVisit = new ArrayDeque<>(List.of("index.html"));
        while (!toVisit.isEmpty()) {
            String file = toVisit.pop();
            if (!visited.add(file)) {
                continue;
            }
            Document list = page("big/" + file);
            List<String> pages = list.select("#pages-in-this-section + ul > li > a").eachAttr("href");
            assertTrue(pages.size() <= AreaRenderer.SECTION_LIST_SIZE, file);
            pages.forEach(href -> listed.add(href.replace("../big/", "")));
            Element pagination = list.selectFirst("nav.govuk-pagination");
            assertEquals("Pages of the list of pages in Big section", pagination.attr("aria-label"));
            assertEquals(file, pagination.selectFirst("a[aria-current=page]").attr("href"));
            pagination.select("a").eachAttr("href").forEach(toVisit::push);
        }
        assertEquals(Set.of("index.html", "index-2.html", "index-3.html"), visited);
        assertEquals(IntStream.rangeClosed(1, PAGES).mapToObj("page-%03d.html"::formatted)
                .collect(Collectors.toCollection(TreeSet::new)), listed);
        assertEquals("Big section (page 2 of 3) – North Shire – Test guidance", page("big/index-2.html").title());
        assertEquals("Big section", page("big/index.html").selectFirst("h1").text());
    }

    @Test
    void theComplianceReportListsEveryPageOnceAcrossItsPages() throws IOException {
        Document first = page("compliance.html");
        Document second = page("compliance-2.html");
        List<String> rows = Stream.of(first, second)
                .flatMap(report -> report.select("#pages-caption ~ tbody th a").eachText().stream()).toList();
        assertTrue(rows.containsAll(IntStream.rangeClosed(1, PAGES).mapToObj(i -> "Big page " + i).toList()), rows.toString());
        assertEquals(rows.size(), new TreeSet<>(rows).size(), "each once");
        assertEquals(ComplianceReport.PAGES_PER_PAGE, first.select("#pages-caption ~ tbody tr").size());
        assertTrue(first.selectFirst("#summary") != null, "the summary is on the first page");
        assertEquals("compliance-2.html", first.selectFirst("nav.govuk-pagination a[rel=next]").attr("href"));
        assertEquals("compliance.html", second.selectFirst("nav.govuk-pagination a[rel=prev]").attr("href"));
        assertEquals("Compliance report (page 2 of 2)", second.selectFirst("h1").text());
    }

    @Test
    void noPageOfTheSectionIsMuchLargerThanAnotherWhateverItsPlace() throws IOException {
        try (Stream<Path> files = Files.list(area.resolve("big"))) {
            List<Long> sizes = files.filter(file -> file.toString().matches(".*/page-\\d+\\.html"))
                    .map(file -> file.toFile().length()).sorted().toList();
            assertEquals(PAGES, sizes.size());
            // a page's own text and the few links around it differ, not a list of the whole section
            assertTrue(sizes.get(sizes.size() - 1) - sizes.get(0) < 1_000, sizes.get(0) + " to " + sizes.get(sizes.size() - 1));
        }
    }

    private static Document page(String file) throws IOException {
        return Jsoup.parse(area.resolve(file).toFile());
    }
}
