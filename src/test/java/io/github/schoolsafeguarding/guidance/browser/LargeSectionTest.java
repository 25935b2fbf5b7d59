package io.github.schoolsafeguarding.guidance.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.guidance.PublishedSite;
import io.github.schoolsafeguarding.policy.check.ContentException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real content and theme with one section larger than any real one, so that its side navigation
 * collapses and its list of pages and the compliance report's table of pages are paged: the pages
 * showing GOV.UK's pagination break none of axe-core's rules, on a phone and on a desktop.
 */
@ExtendWith(SiteInChromium.class)
class LargeSectionTest {

    /** More than the side navigation shows, the section index lists and, with the real pages, the report's table holds. */
    private static final int PAGES = 60;

    @Test
    void thePagedListsAndTheCollapsedNavigationMeetWcag22AA(Chromium browser, @TempDir Path folder)
            throws IOException, ContentException {
        PublishedSite.copyContentAndTheme(folder);
        Path section = folder.resolve("content/pages/many-pages");
        Files.createDirectories(section);
        Files.writeString(section.resolve("index.md"), page("Many pages", 95) + "A section with many pages.\n");
        for (int i = 1; i <= PAGES; i++) {
            Files.writeString(section.resolve("page-%02d.md".formatted(i)), page("Page " + i + " of many", i)
                    + "A page among many.\n");
        }
        String area = PublishedSite.content().areas().get(0).id();
        PublishedSite.builder().content(folder.resolve("content")).theme(folder.resolve("theme"))
                .areas(List.of(area)).build().publish(folder.resolve("site"));
        Path site = folder.resolve("site").resolve(area);
        List<Path> pages = List.of(site.resolve("many-pages/index.html"), site.resolve("many-pages/index-2.html"),
                site.resolve("many-pages/page-30.html"), site.resolve("compliance.html"),
                site.resolve("compliance-2.html"));
        Axe.preload(browser);
        List<String> failures = new ArrayList<>();
        for (int[] screen : ApprovedScreenshotsTest.SCREENS) {
            browser.windowSize(screen[0], screen[1]);
            for (Path page : pages) {
                browser.open(page);
                assertTrue(Files.readString(page).contains("govuk-pagination")
                        || Files.readString(page).contains("All " + PAGES + " pages in Many pages"), page.toString());
                Axe.check(browser, Axe.WCAG_22_AA).violations().forEach(violation ->
                        failures.add(screen[0] + "px " + site.relativize(page) + ": " + violation.describe()));
            }
        }
        assertEquals(List.of(), failures);
    }

    private static String page(String title, int order) {
        return """
                ---
                title: %s
                summary: A generated page, to lay out a section larger than any of the guidance's.
                order: %d
                sources: [mps-ssp-handbook]
                owner: Safeguarding guidance editors
                last_reviewed: 2026-11-22
                review_due: 2027-11-22
                ---

                """.formatted(title, order);
    }
}
