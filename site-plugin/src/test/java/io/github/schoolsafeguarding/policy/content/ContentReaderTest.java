package io.github.schoolsafeguarding.policy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.ContentFixture;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
                    verified: 2026-11-22
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
}
