package io.github.schoolsafeguarding.policy.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.ContentFixture;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.site.SitePublisher;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each compliance rule, broken once in an otherwise clean fixture, as a maintainer reads it. */
class ComplianceRulesTest {

    @TempDir
    Path folder;

    ContentFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ContentFixture(folder);
        // a page that shows the fixture's tables, so that "no page shows it" is not in every answer
        fixture.write("content/sources.yaml", fixture.read("content/sources.yaml") + """
                old-handbook:
                  title: An old handbook
                  publisher: Test Police
                  review_due: 2022-07-01
                  summary: Out of date.
                replaced-flowchart:
                  title: A replaced flowchart
                  publisher: Test Board
                  superseded_by: The new advice (2020)
                  summary: Replaced.
                unused-leaflet:
                  title: A leaflet nothing cites
                  publisher: Test Board
                  superseded_by: replaced-flowchart
                  summary: Listed only so readers can see what replaced it.
                """);
        // the old sources count only while a page relies on them
        fixture.write("content/pages/history.md", fixture.read("content/pages/index.md").replaceFirst(
                "sources: \\[test-source]", "sources: [test-source, old-handbook, replaced-flowchart]")
                .replace("review_due: 2027-11-01", "review_due: 2030-11-01"));
    }

    List<String> found(LocalDate today) {
        return SitePublisher.builder().today(today).content(fixture.content).theme(fixture.theme).build().check()
                .stream().filter(problem -> !problem.id().equals("decision.not-shown"))
                .map(problem -> problem.id() + " " + problem.format(folder)).toList();
    }

    List<String> found() {
        return found(ContentFixture.TODAY);
    }

    @Test
    void sourcesPastTheirReviewOrReplacedAreWarningsUntilAMaintainerRecordsWhyTheyAreKept() {
        assertEquals(List.of(
                "source.review-overdue content/sources.yaml:6:3: warning: source 'old-handbook' was due for review"
                        + " on 1 July 2022, before today, 22 November 2026 — rewrite the pages that cite it from the current document, or, if the"
                        + " guidance must still rely on it, add 'checked: 2026-11-22' and 'kept_because:' saying why",
                "source.superseded content/sources.yaml:11:3: warning: source 'replaced-flowchart' has been"
                        + " superseded by The new advice (2020) — rewrite the pages that cite it from the current"
                        + " document, or, if the guidance must still rely on it, add 'checked: 2026-11-22' and"
                        + " 'kept_because:' saying why"), found());
    }

    @Test
    void aKeptSourceIsQuietUntilItsCheckIsOlderThanTheBoardAllows() {
        fixture.write("content/sources.yaml", fixture.read("content/sources.yaml")
                .replace("  review_due: 2022-07-01\n", "  review_due: 2022-07-01\n  checked: 2026-11-22\n"
                        + "  kept_because: The only source for how officers work with schools.\n")
                .replace("  superseded_by: The new advice (2020)\n", "  superseded_by: The new advice (2020)\n"
                        + "  checked: 2026-01-01\n  kept_because: The only source of the local route.\n"));

        assertEquals(List.of("source.superseded content/sources.yaml:13:3: warning: source 'replaced-flowchart' has"
                + " been superseded by The new advice (2020), and was last checked on 1 January 2026, more than 300"
                + " days before today, 22 November 2026 — check whether a newer edition replaces it; if the guidance still relies on it, update"
                + " 'checked' and 'kept_because'"), found(ContentFixture.TODAY, 300));
    }

    List<String> found(LocalDate today, int verifiedWithinDays) {
        fixture.write("content/site.yaml", fixture.read("content/site.yaml")
                + "checks:\n  verified_within_days: " + verifiedWithinDays + "\n");
        return found(today);
    }

    @Test
    void aPagePastItsReviewDateIsAWarningAtItsReviewDueLine() {
        keepSourcesCurrent();

        List<String> found = found(LocalDate.of(2027, 11, 2));

        assertTrue(found.contains("page.review-overdue content/pages/incidents/call.md:8:1: warning: the page was due"
                + " for review on 1 November 2027, before today, 2 November 2027 — review it against its sources, then set 'last_reviewed' to the day"
                + " you did and 'review_due' to the next review"), found::toString);
        assertEquals(3, found.stream().filter(line -> line.startsWith("page.review-overdue")).count(), found::toString);
    }

    @Test
    void aConfirmationOlderThanTheBoardsAgeIsStale() {
        keepSourcesCurrent();

        assertEquals(List.of(), found(LocalDate.of(2027, 11, 22)).stream().filter(line -> line.startsWith("contact."))
                .toList(), "365 days after it was confirmed, it is still current");
        assertEquals(List.of("contact.stale content/contacts.yaml:2:5: warning: contact 'helpline' was last confirmed"
                + " with the service on 22 November 2026, more than 30 days before today, 23 December 2026 — confirm its"
                + " numbers and addresses with the service again, then set 'confirmed: on:' to the day you did, or remove 'confirmed:' so readers"
                + " see it as copied from its source"), found(LocalDate.of(2026, 12, 23), 30));
    }

    @Test
    void aContactOnlyCopiedFromItsSourceNeverGoesStale() {
        keepSourcesCurrent();
        fixture.write("content/contacts.yaml", fixture.read("content/contacts.yaml").replaceAll("(?m)^\\s+confirmed:.*\\n", ""));

        assertEquals(List.of(), found(LocalDate.of(2030, 1, 1)).stream().filter(line -> line.startsWith("contact."))
                .toList(), "nothing says it was checked, so nothing can go stale");
    }

    @Test
    void datesThatHaveNotComeYetAreErrors() {
        keepSourcesCurrent();

        assertEquals(List.of(
                "contact.confirmed-in-future content/contacts.yaml:2:5: contact 'helpline' says it was confirmed on"
                        + " 22 November 2026, after today, 21 November 2026 — give the day its details were confirmed"
                        + " with the service"),
                found(LocalDate.of(2026, 11, 21)).stream().filter(line -> line.contains("future")).toList());
        assertTrue(found(LocalDate.of(2026, 10, 31)).contains("page.reviewed-in-future content/pages/index.md:7:1:"
                + " 'last_reviewed' is 1 November 2026, after today, 31 October 2026 — give the day the page was last"
                + " reviewed"));
    }

    /** Checked for a fixed day, a later date may be right and the fixed day behind it: the message names the day. */
    @Test
    void aDateAfterAFixedDayNamesTheFixedDayAndHowToMoveItOn() {
        keepSourcesCurrent();

        List<String> found = SitePublisher.builder().fixedDay(LocalDate.of(2026, 11, 21), "the tests' fixed day")
                .content(fixture.content).theme(fixture.theme).build().check().stream()
                .map(problem -> problem.id() + " " + problem.format(folder)).filter(line -> line.contains("future"))
                .toList();

        assertEquals(List.of("contact.confirmed-in-future content/contacts.yaml:2:5: contact 'helpline' says it was"
                + " confirmed on 22 November 2026, after the tests' fixed day, 21 November 2026 — give the day its"
                + " details were confirmed with the service; if that date is right, the tests' fixed day is behind"
                + " it: move it on"), found);
    }

    @Test
    void aReferralAddressMustBeOnASecureDomain() {
        keepSourcesCurrent();
        fixture.write("content/site.yaml", fixture.read("content/site.yaml") + """
                checks:
                  secure_email:
                    source: test-source
                    domains: [pnn.police.uk, nhs.net]
                    roles: [referrals]
                """);
        fixture.write("content/contacts.yaml", fixture.read("content/contacts.yaml")
                .replace("roles: [helpline]", "roles: [helpline, referrals]")
                .replace("    source: test-source", "    email: referrals@example.org.uk\n    source: test-source"));

        assertEquals(List.of("contact.insecure-email content/contacts.yaml:2:5: contact 'helpline' takes referrals or"
                + " intelligence about children, but 'referrals@example.org.uk' is not on a secure e-mail domain — give"
                + " its secure address (on pnn.police.uk, nhs.net), or add the domain to 'checks: secure_email:"
                + " domains:' in site.yaml if a source lists it as secure"), found());

        fixture.write("content/contacts.yaml", fixture.read("content/contacts.yaml")
                .replace("referrals@example.org.uk", "Referrals@Shire.PNN.Police.uk"));
        assertEquals(List.of(), found(), "a subdomain of a secure domain is secure, whatever its case");
    }

    @Test
    void malformedAddressesAndNumbersAreReportedWhereTheyAreWritten() {
        keepSourcesCurrent();
        fixture.write("content/contacts.yaml", fixture.read("content/contacts.yaml")
                .replace("\"0808 800 5000\"", "\"08088005000\"")
                .replace("    source: test-source", "    email: help@@example.org\n    website: www.example.org\n"
                        + "    source: test-source"));

        assertEquals(List.of(
                "contact.phone-format content/contacts.yaml:6:17: warning: '08088005000' is not written the way UK"
                        + " numbers are grouped — write it as '0808 800 5000', so every number on the site reads alike",
                "contact.email content/contacts.yaml:7:12: 'help@@example.org' is not a well-formed e-mail address"
                        + " — copy the address exactly from the source, as name@domain",
                "contact.website content/contacts.yaml:8:14: 'www.example.org' is not a well-formed web address —"
                        + " write the whole address, starting https://"), found());
    }

    @Test
    void aPolicyTemplateNeedsBlanksForWhoApprovedItAndWhenItWasAdopted() {
        keepSourcesCurrent();
        fixture.page("pages/incidents/policy.md", "Our policy", 30, "{{school.name}} adopted this on {{ school.date_adopted }}.\n");
        fixture.layout("pages/incidents/policy.md", "school-policy");

        assertEquals(List.of("policy.missing-blank content/pages/incidents/policy.md:11: the policy template has no blank"
                + " for the name and role of the person who approved the policy — add {{school.approved_by}} where the"
                + " school records it, for example in the list of details at the top"), found());
    }

    @Test
    void linksOutOfTheSiteMustBeWellFormed() {
        keepSourcesCurrent();
        fixture.page("pages/incidents/call.md", "When to call", 10, """
                See [the advice](https://www.gov.uk/guidance), [mail us](mailto:help@example.org?subject=Help),
                [a typo](https://www.gov,uk/x), [bad mail](mailto:help.example.org) and [a script](javascript:alert(1)).
                """);

        assertEquals(List.of(
                "link.malformed content/pages/incidents/call.md:11:1: 'https://www.gov,uk/x' is not a well-formed web"
                        + " address — copy the address from the browser's address bar, starting https://",
                "link.malformed content/pages/incidents/call.md:11:33: 'help.example.org' is not a well-formed e-mail"
                        + " address — write the link as mailto:name@domain",
                "link.malformed content/pages/incidents/call.md:11:73: a link to 'javascript:alert(1)' is neither a web"
                        + " address, an e-mail address nor a phone number — link to an https: address, a mailto: address"
                        + " or a tel: number; a reader's browser may not open other kinds"), found());
    }

    @Test
    void strictModeMakesEveryWarningAnError() {
        List<Problem> problems = SitePublisher.builder().today(ContentFixture.TODAY).strict(true)
                .content(fixture.content).theme(fixture.theme).build().check();

        assertTrue(problems.stream().allMatch(Problem::isError), problems::toString);
        assertTrue(problems.stream().anyMatch(problem -> problem.id().equals("source.superseded")
                && problem.message().endsWith("(a warning, an error in strict mode)")), problems::toString);
    }

    private void keepSourcesCurrent() {
        fixture.write("content/sources.yaml", fixture.read("content/sources.yaml")
                .replace("  review_due: 2022-07-01\n", "")
                .replace("  superseded_by: The new advice (2020)\n", ""));
    }
}
