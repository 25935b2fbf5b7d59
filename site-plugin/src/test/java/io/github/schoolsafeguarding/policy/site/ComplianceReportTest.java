package io.github.schoolsafeguarding.policy.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.ContentFixture;
import io.github.schoolsafeguarding.policy.check.ContentException;
import io.github.schoolsafeguarding.policy.check.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compliance report and the page facts, as the real theme lays them out, for a fixture built on
 * a day when one page is overdue for review, the others due soon or current, one contact stale and
 * one source past its review date.
 */
class ComplianceReportTest {

    private static final Path THEME = Path.of("../theme");
    private static final LocalDate TODAY = LocalDate.of(2027, 10, 20);

    @TempDir
    static Path folder;

    static List<Problem> warnings;
    static Document north;
    static Document south;

    @BeforeAll
    static void publish() throws ContentException, IOException {
        ContentFixture fixture = new ContentFixture(folder);
        fixture.write("content/sources.yaml", fixture.read("content/sources.yaml") + """
                old-guide:
                  title: The old guide
                  publisher: Test Board
                  review_due: 2027-01-01
                  summary: What the guidance once relied on.
                """);
        fixture.write("content/pages/incidents/call.md", fixture.read("content/pages/incidents/call.md")
                .replace("sources: [test-source]", "sources: [test-source, old-guide]")
                .replace("review_due: 2027-11-01", "review_due: 2027-10-01"));
        fixture.write("content/pages/index.md", fixture.read("content/pages/index.md")
                .replace("review_due: 2027-11-01", "review_due: 2028-06-01"));
        // the national helpline is only copied from its source; the area's police contact was confirmed
        fixture.write("content/contacts.yaml", fixture.read("content/contacts.yaml")
                .replaceAll("(?m)^\\s+confirmed:.*\\n", ""));
        fixture.write("content/areas/north/area.yaml", fixture.read("content/areas/north/area.yaml") + """
                contacts:
                  - id: north-police
                    roles: [police-referral]
                    organisation: North Shire Police
                    email: referrals@north.pnn.police.uk
                    source: test-source
                    confirmed: {on: 2026-01-01, by: A test editor, how: Rang the service}
                """);
        fixture.write("content/site.yaml", fixture.read("content/site.yaml") + """
                checks:
                  secure_email:
                    domains: [pnn.police.uk]
                    roles: [police-referral]
                """);
        Path output = folder.resolve("site");
        warnings = SitePublisher.builder().content(fixture.content).theme(THEME).today(TODAY).build()
                .publish(output).warnings();
        north = Jsoup.parse(output.resolve("north/compliance.html").toFile());
        south = Jsoup.parse(output.resolve("south/compliance.html").toFile());
    }

    @Test
    void theBuildWarnsOfWhatTheReportShows() {
        assertEquals(List.of("contact.stale", "page.review-overdue", "source.review-overdue"),
                warnings.stream().map(Problem::id).sorted().toList());
    }

    @Test
    void saysWhenItWasCheckedAndSumsUp() {
        assertEquals("Checked on 20 October 2027, when the guidance was last published.",
                north.selectFirst("main time[datetime=2027-10-20]").parent().text());
        assertEquals(List.of(
                "Pages 3 pages: 1 current, 1 with a review due soon, 1 overdue for review",
                "Own pages 0 pages only North Shire has; 0 copies of shared pages, of which 0 made from a shared page"
                        + " that has changed since and 0 not saying which version they copy",
                "Contacts 2 contacts: 1 confirmed with the service, 1 copied from a source and not yet confirmed;"
                        + " 1 confirmed more than 365 days ago; 0 roles the pages need with no contact; 0 roles the decision outcomes need with no contact; 0 referral"
                        + " routes in outcomes without a number for office hours or out of hours",
                "Law 0 acts and sections: 0 in force, 0 amended, 0 repealed; 0 not yet checked against the current text",
                "Decision tables 0 of 0 verified",
                "Warnings 3 from the build, in the files the guidance for North Shire is published from"),
                north.select("main dl").first().select(".govuk-summary-list__row").eachText());
    }

    @Test
    void listsEveryPageTheSoonestReviewFirstWithItsStatusInWords() {
        assertEquals(List.of(
                "When to call Test editors 1 November 2026 1 October 2027 Review overdue",
                "Incidents Test editors 1 November 2026 1 November 2027 Review due soon",
                "Home Test editors 1 November 2026 1 June 2028 Current"),
                north.select("#pages-caption + thead + tbody tr").eachText());
        Element overdue = north.selectFirst("#pages-caption + thead + tbody tr .govuk-tag");
        assertEquals("govuk-tag govuk-tag--red", overdue.className());
        assertEquals("incidents/call.html", north.selectFirst("#pages-caption + thead + tbody tr a").attr("href"));
    }

    @Test
    void listsTheAreasContactsThenTheNationalOnesWithWhetherEachWasConfirmedAndWhenAgain() {
        assertEquals(List.of(
                "North Shire Police North Shire Police North Shire The test document 1 January 2026, by A test editor"
                        + " 1 January 2027 Review overdue referrals@north.pnn.police.uk Secure",
                "National Helpline National Helpline National The test document Not yet Confirm now Not confirmed"
                        + " None"),
                north.select("#contacts-caption + thead + tbody tr").eachText());
        assertEquals(List.of("National Helpline National Helpline National The test document Not yet Confirm now"
                + " Not confirmed None"), south.select("#contacts-caption + thead + tbody tr").eachText());
    }

    @Test
    void listsTheSourcesThePagesCiteWithTheirCurrency() {
        assertEquals(List.of("The test document", "The old guide"), north.select("#sources ~ section h3").eachText());
        assertEquals("Currency Past its review date", north.selectFirst("#source-old-guide + dl div").text());
        assertEquals("govuk-tag govuk-tag--red", north.selectFirst("#source-old-guide + dl .govuk-tag").className());
    }

    @Test
    void countsAndListsOnlyTheWarningsAboutTheFilesTheAreaIsPublishedFrom() {
        assertEquals(3, north.select(".app-compliance__warnings li").size());
        assertEquals(List.of(
                "content/pages/incidents/call.md:8:1: warning: the page was due for review on 1 October 2027, before"
                        + " today, 20 October 2027 — review it against its sources, then set 'last_reviewed' to the day you did and 'review_due' to the"
                        + " next review",
                "content/sources.yaml:6:3: warning: source 'old-guide' was due for review on 1 January 2027, before"
                        + " today, 20 October 2027 — rewrite the pages that cite it from the current document, or, if the guidance must still rely on it,"
                        + " add 'checked: 2027-10-20' and 'kept_because:' saying why"),
                south.select(".app-compliance__warnings li").eachText());
    }

    @Test
    void aPagesFactsMarkAnOverdueReviewAndAnOutOfDateSource() throws IOException {
        Document call = Jsoup.parse(folder.resolve("site/north/incidents/call.html").toFile());
        assertEquals("1 October 2027 Review overdue", call.selectFirst(".app-page-meta dt:containsOwn(Next review) + dd").text());
        assertEquals(List.of("The test document (Test Board)", "The old guide (Test Board) Past its review date"),
                call.select(".app-page-meta dt:containsOwn(Sources) + dd li").eachText());
        Document home = Jsoup.parse(folder.resolve("site/north/index.html").toFile());
        assertTrue(home.select(".app-page-meta .govuk-tag").isEmpty(), "a current page with current sources has no tag");
    }
}
