package io.github.schoolsafeguarding.policy.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.schoolsafeguarding.policy.ContentFixture;
import io.github.schoolsafeguarding.policy.check.ContentException;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.override.OverrideException;
import io.github.schoolsafeguarding.policy.override.PageCopier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compliance report's list of the shared pages an area replaces with its own copy, each with
 * whether the shared page has changed since, and of the pages only the area has; as the real theme
 * lays them out, for a build that warns of the stale copy.
 */
class ComplianceReportOverridesTest {

    private static final Path THEME = Path.of("../theme");

    @TempDir
    static Path folder;

    static List<Problem> warnings;
    static Document north;
    static Document south;

    @BeforeAll
    static void publish() throws ContentException, IOException, OverrideException {
        ContentFixture fixture = new ContentFixture(folder);
        PageCopier.of(fixture.content).copy("north", "incidents/call.md");
        PageCopier.of(fixture.content).copy("north", "incidents/index.md");
        fixture.write("content/pages/incidents/call.md", fixture.read("content/pages/incidents/call.md")
                .replace("Call 999.", "Call 999 straight away."));
        fixture.page("areas/north/pages/incidents/local.md", "Local route", 20, "Ring the local team.\n");
        Path output = folder.resolve("site");
        warnings = SitePublisher.builder().content(fixture.content).theme(THEME).today(ContentFixture.TODAY).build()
                .publish(output).warnings();
        north = Jsoup.parse(output.resolve("north/compliance.html").toFile());
        south = Jsoup.parse(output.resolve("south/compliance.html").toFile());
    }

    @Test
    void theBuildWarnsOfTheStaleCopyOnly() {
        assertEquals(List.of("override.stale"), warnings.stream().map(Problem::id).toList());
    }

    @Test
    void sumsUpWhatTheAreaChanges() {
        assertEquals("Own pages 1 pages only North Shire has; 2 copies of shared pages, of which 1 made from a shared"
                + " page that has changed since and 0 not saying which version they copy",
                north.selectFirst("main dl .govuk-summary-list__row:has(dt:containsOwn(Own pages))").text());
    }

    @Test
    void listsTheCopiesWithWhetherTheSharedPageChangedAndTheOwnPages() {
        assertEquals(List.of("When to call (incidents/call.md) Shared page changed",
                        "Incidents (incidents/index.md) Up to date"),
                north.select(".app-compliance__overrides li").eachText());
        assertEquals("govuk-tag govuk-tag--red", north.selectFirst(".app-compliance__overrides .govuk-tag").className());
        assertEquals("incidents/call.html", north.selectFirst(".app-compliance__overrides a").attr("href"));
        assertEquals(List.of("Local route (incidents/local.md)"), north.select(".app-compliance__own-pages li").eachText());
    }

    @Test
    void anAreaThatChangesNothingHasNoLists() {
        assertNull(south.selectFirst("#overrides"));
        assertNull(south.selectFirst("#own-pages"));
    }
}
