package io.github.schoolsafeguarding.policy.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.ContentFixture;
import io.github.schoolsafeguarding.policy.check.ContentException;
import io.github.schoolsafeguarding.policy.check.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contacts an outcome lists, as the real theme lays them out, and the two warnings that keep
 * them complete: North Shire gives its social care's daytime numbers (which share their hours) and
 * its out-of-hours team; South Shire gives a daytime-only social care number and no out-of-hours
 * one; nobody gives a LADO.
 */
class OutcomeContactsTest {

    private static final Path THEME = Path.of("../theme");

    @TempDir
    static Path folder;

    static List<Problem> warnings;
    static Document northTable;
    static Document southTable;
    static Document northPage;
    static Document southReport;

    @BeforeAll
    static void publish() throws ContentException, IOException {
        ContentFixture fixture = new ContentFixture(folder);
        fixture.write("content/site.yaml", fixture.read("content/site.yaml") + """
                checks:
                  secure_email:
                    domains: [pnn.police.uk]
                    roles: [social-care]
                """);
        fixture.write("content/areas/north/area.yaml", fixture.read("content/areas/north/area.yaml") + """
                contacts:
                  - id: north-front-door
                    roles: [social-care]
                    organisation: North Shire Council
                    service: Front Door
                    phones:
                      - number: "01234 500001"
                        hours: Monday to Friday, 9am to 5pm
                      - number: "01234 500002"
                        hours: Monday to Friday, 9am to 5pm
                    source: test-source
                  - id: north-duty-team
                    roles: [social-care-out-of-hours]
                    organisation: North Shire Council
                    service: Emergency Duty Team
                    phones:
                      - number: "01234 500003"
                        label: Evenings and weekends
                    source: test-source
                """);
        fixture.write("content/areas/south/area.yaml", fixture.read("content/areas/south/area.yaml") + """
                contacts:
                  - id: south-hub
                    roles: [social-care]
                    organisation: South Shire Council
                    service: Hub
                    phones:
                      - number: "01234 500004"
                        hours: Monday to Friday, 9am to 5pm
                    source: test-source
                  - id: south-advice
                    roles: [social-care]
                    organisation: South Shire Council
                    service: Advice online
                    purpose: Read the council's advice for schools.
                    website: https://south.example.org/schools
                    source: test-source
                """);
        fixture.write("content/decisions/refer.yaml", """
                id: refer
                question: "Refer?"
                hit_policy: unique
                sources: [test-source]
                inputs:
                  - {id: harm, question: "Is the child at risk of harm?", help: Now., type: boolean}
                outputs:
                  - id: action
                    label: Action
                    values:
                      - {id: refer, label: Refer now, text: Refer the child now., contacts: [social-care, lado]}
                      - {id: advice, label: Ask for advice, text: Ask the helpline., contacts: [helpline]}
                rules:
                  - {when: {harm: true}, then: {action: refer}, why: Risk., source: test-source}
                  - {when: {harm: false}, then: {action: advice}, why: No risk., source: test-source}
                """);
        fixture.page("pages/incidents/refer.md", "Referring", 20,
                "```decision-table refer\n```\n\n```contacts social-care\n```\n");
        Path output = folder.resolve("site");
        try {
            warnings = SitePublisher.builder().content(fixture.content).theme(THEME).today(ContentFixture.TODAY)
                    .build().publish(output).warnings();
        } catch (ContentException e) {
            throw new AssertionError(e.problems().stream().map(problem -> problem.format(folder)).toList().toString(), e);
        }
        northTable = Jsoup.parse(output.resolve("north/decisions/refer.html").toFile());
        southTable = Jsoup.parse(output.resolve("south/decisions/refer.html").toFile());
        northPage = Jsoup.parse(output.resolve("north/incidents/refer.html").toFile());
        southReport = Jsoup.parse(output.resolve("south/compliance.html").toFile());
    }

    private static Elements contacts(Document page, String outcome) {
        Element block = page.selectFirst(".app-outcome[data-value=" + outcome + "]");
        assertNotNull(block, "no outcome " + outcome);
        return block.select("li");
    }

    @Test
    void aRoleAnOutcomeNamesWithNoContactInAnAreaIsAWarningAtTheAreasContacts() {
        List<String> messages = warnings.stream().filter(problem -> problem.id().equals("decision.role-without-contact"))
                .map(problem -> problem.format(folder)).toList();
        assertEquals(List.of(
                "content/areas/north/area.yaml:8:3: warning: North Shire (area 'north') has no contact with the role"
                        + " 'lado', and no national contact has it; the outcomes that need it: 'refer' of table 'refer'"
                        + " (content/decisions/refer.yaml:8:5) — add a contact with the role 'lado' to this file, or take"
                        + " the role out of the outcomes' 'contacts:' if no service in any area fills it",
                "content/areas/south/area.yaml:8:3: warning: South Shire (area 'south') has no contact with the role"
                        + " 'lado', and no national contact has it; the outcomes that need it: 'refer' of table 'refer'"
                        + " (content/decisions/refer.yaml:8:5) — add a contact with the role 'lado' to this file, or take"
                        + " the role out of the outcomes' 'contacts:' if no service in any area fills it"),
                messages);
    }

    @Test
    void aDaytimeOnlyReferralContactWithNoOutOfHoursContactIsAWarningAtTheContact() {
        assertEquals(List.of("content/areas/south/area.yaml:8:5: warning: contact 'south-hub' takes referrals as"
                        + " 'social-care' and gives hours for every number, none of them round the clock, but South Shire"
                        + " has no contact with the role 'social-care-out-of-hours' for when it is closed — add the service"
                        + " to call out of hours (an emergency duty team, say) with the role 'social-care-out-of-hours', or,"
                        + " if this number is answered at any hour, say so in its hours: '24 hours a day, every day'"),
                warnings.stream().filter(problem -> problem.id().equals("contact.no-out-of-hours"))
                        .map(problem -> problem.format(folder)).toList());
    }

    @Test
    void anOutcomeListsEveryNumberAsALinkWithSharedHoursOnceAndTheOutOfHoursContactNext() {
        Elements items = contacts(northTable, "refer");
        assertEquals(2, items.size(), items.outerHtml());
        Element daytime = items.get(0);
        assertEquals(List.of("tel:+441234500001", "tel:+441234500002"), daytime.select("a[href^=tel:]").eachAttr("href"));
        assertEquals("Front Door (North Shire Council): 01234 500001; 01234 500002 Monday to Friday, 9am to 5pm",
                daytime.text());
        Element night = items.get(1);
        assertTrue(night.hasAttr("data-out-of-hours"), night.outerHtml());
        assertEquals("Out of hours: Emergency Duty Team (North Shire Council): 01234 500003 (Evenings and weekends)",
                night.text());
    }

    @Test
    void aNumberWithoutALabelIsNotGivenTheOutcomesLabel() {
        assertEquals("National Helpline (National Helpline): 0808 800 5000", contacts(northTable, "advice").get(0).text());
    }

    @Test
    void aContactWithNoNumberShowsWhatItIsForAndItsAddress() {
        Element online = contacts(southTable, "refer").get(1);
        assertEquals("Advice online (South Shire Council). Read the council's advice for schools."
                + " https://south.example.org/schools", online.text());
        assertEquals("https://south.example.org/schools", online.selectFirst("a").attr("href"));
    }

    @Test
    void aContactsBlockOnAPageListsTheRoleAsAnOutcomeDoes() {
        Element block = northPage.selectFirst(".app-contact-role[data-contact-role=social-care]");
        assertNotNull(block);
        assertEquals(contacts(northTable, "refer").eachText(), block.select("li").eachText());
    }

    @Test
    void theComplianceReportNamesTheReferralRouteWithNoOutOfHoursNumber() {
        Elements gaps = southReport.select(".app-compliance__referral-gaps li");
        assertEquals(1, gaps.size(), gaps.outerHtml());
        assertEquals("social-care", gaps.get(0).attr("data-role"));
        assertEquals("Refer?: Refer now. social-care: No number for out of hours.", gaps.get(0).text());
        assertTrue(southReport.text().contains("1 referral routes in outcomes without a number"), southReport.text());
    }

    @Test
    void theComplianceReportListsTheRoleNoContactHasWithTheOutcomesThatNeedIt() {
        Elements roles = southReport.select(".app-compliance__missing-roles > li");
        assertEquals(List.of("lado"), roles.eachAttr("data-role"), roles.outerHtml());
        assertEquals("lado, needed by: Refer?: Refer now.", roles.get(0).text());
        assertEquals("decisions/refer.html", roles.get(0).selectFirst("a").attr("href"));
        assertTrue(southReport.text().contains("1 roles the decision outcomes need with no contact"), southReport.text());
    }
}
