package io.github.schoolsafeguarding.policy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.ContentFixture;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentReaderTest {

    @TempDir
    Path folder;

    ContentFixture fixture;
    Problems problems = new Problems();

    @BeforeEach
    void setUp() {
        fixture = new ContentFixture(folder);
    }

    List<String> formatted() {
        return problems.all().stream().map(problem -> problem.format(folder)).toList();
    }

    @Test
    void readsPagesAreasContactsAndSources() {
        Content content = ContentReader.read(fixture.content, problems);

        assertTrue(problems.isEmpty(), formatted()::toString);
        assertEquals(List.of("north", "south"), content.areas().stream().map(Area::id).toList());
        assertEquals(List.of("incidents/call.md", "incidents/index.md", "index.md"), List.copyOf(content.sharedPages().keySet()));
        Page call = content.sharedPages().get("incidents/call.md");
        assertEquals(10, call.bodyLine());
        assertEquals(LocalDate.of(2027, 11, 1), call.meta().reviewDue());
        assertEquals("tel:+448088005000", content.nationalContacts().get(0).phones().get(0).telLink());
    }

    @Test
    void recordsTheContactsThatCouldNotBeReadWholeWithTheirIdsAndRoles() {
        Content whole = ContentReader.read(fixture.content, new Problems());
        assertEquals(UnreadContacts.NONE, whole.unreadContactsFor(whole.areas().get(0)));

        fixture.write("content/areas/north/area.yaml", fixture.read("content/areas/north/area.yaml") + """
                contacts:
                  - id: north-lado
                    roles: [lado]
                    source: test-source
                  - id: north-police
                    roles: [police]
                    organisation: North Police
                    source: test-source
                """);
        Content content = ContentReader.read(fixture.content, problems);

        UnreadContacts north = content.unreadContactsFor(content.area("north").orElseThrow());
        assertEquals(new UnreadContacts(Set.of("north-lado"), Set.of("lado"), false), north);
        assertTrue(north.contact("north-lado") && north.role("lado"));
        assertTrue(!north.contact("north-police") && !north.contact("helpline") && !north.role("police"));
        assertEquals(UnreadContacts.NONE, content.unreadContactsFor(content.area("south").orElseThrow()));

        // an entry whose id cannot be read may be any contact, with any role; so may a whole file that cannot
        fixture.write("content/contacts.yaml", fixture.read("content/contacts.yaml").replace("id: helpline",
                "id: [helpline]"));
        Content noId = ContentReader.read(fixture.content, new Problems());
        assertTrue(noId.unreadContactsFor(noId.area("south").orElseThrow()).any());
        fixture.write("content/contacts.yaml", "contacts: [");
        Content broken = ContentReader.read(fixture.content, new Problems());
        assertTrue(broken.unreadContactsFor(broken.area("south").orElseThrow()).any());
    }

    @Test
    void anAreaWithoutAHomePageIsNamedOnce() throws java.io.IOException {
        fixture.write("content/areas/north/pages/index.md", fixture.read("content/pages/index.md"));
        java.nio.file.Files.delete(fixture.content.resolve("pages/index.md"));

        ContentReader.read(fixture.content, problems);

        assertEquals(List.of("content/areas/south/pages: area 'south' has no home page — add its own home page as"
                + " content/areas/south/pages/index.md (or a shared one as content/pages/index.md)"), formatted());
    }

    @Test
    void aPhoneNumberWithADigitMissingIsAnErrorWhereItIsWritten() {
        fixture.write("content/contacts.yaml", fixture.read("content/contacts.yaml")
                .replace("\"0808 800 5000\"", "\"0845 670 000\"\n      - number: \"116 123\"\n      - number: \"101\""));

        Content content = ContentReader.read(fixture.content, problems);

        assertEquals(List.of("content/contacts.yaml:6:17: '0845 670 000' is not a phone number anyone in the UK can dial"
                + " — check it against its source; if no source gives a number that works, leave it out and say why"
                + " in the contact's notes"), formatted());
        assertEquals(List.of("tel:116123", "tel:101"),
                content.nationalContacts().get(0).phones().stream().map(Phone::telLink).toList());
    }

    @Test
    void reportsAMisspeltFrontMatterKeyWithASuggestion() {
        fixture.write("content/pages/index.md", fixture.read("content/pages/index.md").replace("owner:", "ownr:"));

        ContentReader.read(fixture.content, problems);

        assertEquals(List.of(
                "content/pages/index.md:2:1: 'owner' is missing — add 'owner:' with who keeps the page up to date",
                "content/pages/index.md:6:1: unknown key 'ownr' — did you mean 'owner'?"), formatted());
    }

    @Test
    void reportsAnUnknownSourceWhereItIsWritten() {
        fixture.write("content/pages/index.md",
                fixture.read("content/pages/index.md").replace("sources: [test-source]", "sources:\n  - test-source\n  - beds-lscb"));

        ContentReader.read(fixture.content, problems);

        assertEquals(List.of("content/pages/index.md:7:5: 'beds-lscb' is not a known source — use one of test-source,"
                + " or add it to sources.yaml"), formatted());
    }

    @Test
    void reportsBadDatesAndReviewOrder() {
        fixture.write("content/pages/index.md", fixture.read("content/pages/index.md")
                .replace("last_reviewed: 2026-11-01", "last_reviewed: 1 Nov 2026"));
        fixture.write("content/pages/incidents/index.md", fixture.read("content/pages/incidents/index.md")
                .replace("review_due: 2027-11-01", "review_due: 2026-01-01"));

        ContentReader.read(fixture.content, problems);

        assertEquals(List.of("page.review-before-reviewed", "yaml.bad-date"),
                problems.all().stream().map(Problem::id).toList());
        assertEquals(8, problems.all().get(0).location().line());
        assertEquals(7, problems.all().get(1).location().line());
    }

    @Test
    void reportsAPageWithoutFrontMatter() {
        fixture.write("content/pages/incidents/index.md", "# Incidents\n");

        ContentReader.read(fixture.content, problems);

        assertEquals("page.no-front-matter", problems.all().get(0).id());
        assertEquals(1, problems.all().get(0).location().line());
    }

    @Test
    void reportsDuplicateContactIdsAcrossNationalAndArea() {
        fixture.write("content/areas/north/area.yaml", fixture.read("content/areas/north/area.yaml") + """
                contacts:
                  - id: helpline
                    organisation: Local line
                    source: test-source
                    confirmed: {on: 2026-11-22, by: A test editor, how: Rang the service}
                """);

        ContentReader.read(fixture.content, problems);

        assertTrue(formatted().get(0).startsWith("content/areas/north/area.yaml:8:5: contact id 'helpline' is already"
                + " used at content/contacts.yaml:2:5"), formatted()::toString);
    }

    @Test
    void reportsDuplicateKeysThatYamlWouldSilentlyDrop() {
        fixture.write("content/site.yaml", "title: One\ndescription: Two\ntitle: Three\n");

        ContentReader.read(fixture.content, problems);

        assertEquals(List.of("content/site.yaml:3:1: 'title' is given twice in the same block — keep one of them:"
                + " YAML would silently ignore the other"), formatted());
    }

    /** Adds {@code amendments} (YAML lines, indented two spaces) to the home page's front matter, from line 9. */
    void amendHomePage(String amendments) {
        fixture.write("content/pages/index.md", fixture.read("content/pages/index.md")
                .replace("review_due: 2027-11-01\n", "review_due: 2027-11-01\namendments:\n" + amendments));
    }

    @Test
    void readsAPagesAmendmentsNewestFirst() {
        amendHomePage("""
                  - date: 2026-09-01
                    change: Added the helpline's opening hours to the advice.
                  - date: 2026-11-01
                    change: Moved the advice on calling 999 to the top of the page.
                """);

        Content content = ContentReader.read(fixture.content, problems);

        assertEquals(List.of(), formatted());
        List<Amendment> amendments = content.sharedPages().get("index.md").meta().amendments();
        assertEquals(List.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 9, 1)),
                amendments.stream().map(Amendment::date).toList());
        assertEquals("Moved the advice on calling 999 to the top of the page.", amendments.get(0).change());
        assertEquals(12, amendments.get(0).location().line());
        assertEquals(List.of(), content.sharedPages().get("incidents/index.md").meta().amendments());
    }

    @Test
    void reportsEachMistakeInAnAmendmentAtItsLine() {
        amendHomePage("""
                  - date: 1 October 2026
                    change: Added the helpline's opening hours to the advice.
                  - date: 2026-12-01
                    change: Rewrote the section on calling 999 for clarity.
                  - date: 2026-10-01
                    change: Corrected the helpline's number in the advice.
                  - date: 2026-10-01
                    change: Added a link to the section on incidents.
                  - date: 2026-09-01
                  - date: 2026-08-01
                    change: Updated.
                  - date: 2026-07-01
                    changes: Added the list of incidents to the home page.
                  - Fixed a typo.
                """);

        ContentReader.read(fixture.content, problems);

        assertEquals(List.of(
                "content/pages/index.md:10:11: 'date' is '1 October 2026', which is not a date — write the date as"
                        + " YYYY-MM-DD, for example 2026-11-22",
                "content/pages/index.md:12:11: the amendment is dated 1 December 2026, after the page was last reviewed"
                        + " (1 November 2026) — a change is made at a review: set 'last_reviewed' to the day of the"
                        + " change, or correct its date",
                "content/pages/index.md:16:5: the page has two amendments dated 1 October 2026 (the other is on line 14)"
                        + " — say both changes in one amendment's 'change:', or correct the date",
                "content/pages/index.md:18:5: 'change' is missing — add 'change:' with one sentence saying what"
                        + " changed, in plain English",
                "content/pages/index.md:20:13: warning: the amendment 'Updated.' does not say what changed — say in"
                        + " one sentence what a school would now find different, for example 'Added the out-of-hours"
                        + " number for children's social care.'",
                "content/pages/index.md:21:5: 'change' is missing — add 'change:' with one sentence saying what"
                        + " changed, in plain English",
                "content/pages/index.md:22:5: unknown key 'changes' — did you mean 'change'?",
                "content/pages/index.md:23:5: an amendment should give its date and change — write '- date:"
                        + " YYYY-MM-DD', then '  change: what changed, in one sentence' on the next line"), formatted());
    }

    @Test
    void amendmentsThatAreNotAListAreAnError() {
        amendHomePage("  date: 2026-10-01\n  change: Added the helpline's opening hours to the advice.\n");

        ContentReader.read(fixture.content, problems);

        assertEquals(List.of("content/pages/index.md:10:3: 'amendments' should be a list — start each amendment with"
                + " '- date: YYYY-MM-DD' and give its 'change:' on the next line"), formatted());
    }
}
