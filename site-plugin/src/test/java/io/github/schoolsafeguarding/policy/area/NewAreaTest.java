package io.github.schoolsafeguarding.policy.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.ContentFixture;
import io.github.schoolsafeguarding.policy.check.ContentException;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.site.SitePublisher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new area scaffolded into the fixture, whose one table names a role a national contact covers
 * ({@code helpline}) and two it does not ({@code social-care} and its out-of-hours role): the build
 * then lists what is left to fill in, each at its line, and nothing else.
 */
class NewAreaTest {

    @TempDir
    Path folder;

    ContentFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ContentFixture(folder);
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
                      - {id: refer, label: Refer now, text: Refer now., contacts: [social-care, social-care-out-of-hours]}
                      - {id: advice, label: Ask for advice, text: Ask the helpline., contacts: [helpline]}
                rules:
                  - {when: {harm: true}, then: {action: refer}, why: Risk., source: test-source}
                  - {when: {harm: false}, then: {action: advice}, why: No risk., source: test-source}
                """);
        fixture.write("content/pages/incidents/refer.md", fixture.read("content/pages/incidents/call.md")
                .replace("title: When to call", "title: Referring") + "\n```decision-table refer\n```\n");
    }

    List<Problem> check() {
        return SitePublisher.builder().content(fixture.content).theme(fixture.theme).today(ContentFixture.TODAY)
                .build().check();
    }

    @Test
    void theBuildListsEveryBlankAtItsLineAndNothingElse() throws Exception {
        List<Problem> before = check();

        Path area = NewArea.write(fixture.content, "east", "East Shire");

        // the fixture's theme has no template for decision pages: its HTML problems count the pages, one more now
        List<Problem> added = new ArrayList<>(check().stream().filter(problem -> !problem.id().startsWith("html.")).toList());
        added.removeAll(before);
        // a contact left blank is reported at its blanks only, not again as a role the area has no contact for
        assertEquals(List.of(
                "yaml.blank content/areas/east/area.yaml:7:1",
                "yaml.blank content/areas/east/area.yaml:10:1",
                "yaml.blank content/areas/east/area.yaml:12:1",
                "yaml.blank content/areas/east/area.yaml:16:1",
                "yaml.blank content/areas/east/area.yaml:39:5",
                "yaml.blank content/areas/east/area.yaml:44:9",
                "yaml.blank content/areas/east/area.yaml:46:5",
                "yaml.blank content/areas/east/area.yaml:52:5",
                "yaml.blank content/areas/east/area.yaml:57:9",
                "yaml.blank content/areas/east/area.yaml:59:5",
                "yaml.blank content/areas/east/pages/index.md:6:1",
                "yaml.blank content/areas/east/pages/index.md:8:1",
                "yaml.blank content/areas/east/pages/index.md:10:1",
                "yaml.blank content/areas/east/pages/index.md:12:1",
                "page.blank content/areas/east/pages/index.md:17",
                "page.blank content/areas/east/pages/index.md:34"),
                added.stream().map(problem -> problem.id() + " " + problem.location().format(folder)).toList());
        List<String> lines = added.stream().map(problem -> problem.format(folder)).toList();
        assertEquals("content/areas/east/area.yaml:7:1: 'covers' is blank — fill in the local authority areas it covers",
                lines.get(0));
        assertEquals("content/areas/east/area.yaml:44:9: 'number' is blank — fill in the number as dialled in the UK",
                lines.get(5));
        assertTrue(lines.get(14).startsWith("content/areas/east/pages/index.md:17: this part of the page is still to be"
                + " filled in: What to do first when a child is in danger now"), lines.get(14));
        String yaml = Files.readString(area.resolve("area.yaml"));
        assertTrue(yaml.contains("  - id: east-social-care\n    roles: [social-care]\n"), yaml);
        assertTrue(yaml.contains("  - id: east-social-care-out-of-hours\n    roles: [social-care-out-of-hours]\n"), yaml);
        assertTrue(yaml.contains("every area: helpline (helpline)."), yaml);
        String home = Files.readString(area.resolve("pages/index.md"));
        assertTrue(home.contains("- [Incidents](incidents/index.md): About incidents.\n"), home);
        assertTrue(home.contains("```contacts social-care\n```\n"), home);
        assertFalse(home.contains("North Shire") || home.contains("South Shire"), home);
        assertTrue(Files.isDirectory(area));
    }

    @Test
    void anAreaThatExistsIsRefusedAndLeftAlone() throws IOException {
        String before = fixture.read("content/areas/north/area.yaml");

        NewArea.Refused refused = assertThrows(NewArea.Refused.class,
                () -> NewArea.write(fixture.content, "north", "North Again"));

        assertTrue(refused.getMessage().contains("already exists"), refused.getMessage());
        assertEquals(before, fixture.read("content/areas/north/area.yaml"));
        assertEquals(List.of("north", "south"), entries(fixture.content.resolve("areas")));
    }

    @Test
    void anIdThatIsNotALowerCaseSlugOrAMissingNameIsRefusedAndNothingIsWritten() throws IOException {
        for (String id : List.of("East", "east shire", "east_shire", "-east", "")) {
            NewArea.Refused refused = assertThrows(NewArea.Refused.class,
                    () -> NewArea.write(fixture.content, id, "East Shire"), id);
            assertTrue(refused.getMessage().contains("is not a lower-case slug"), refused.getMessage());
        }
        for (String name : java.util.Arrays.asList(null, "", "  ")) {
            NewArea.Refused refused = assertThrows(NewArea.Refused.class,
                    () -> NewArea.write(fixture.content, "east", name));
            assertTrue(refused.getMessage().contains("name is missing"), refused.getMessage());
        }
        assertEquals(List.of("north", "south"), entries(fixture.content.resolve("areas")));
        assertEquals(List.of("areas", "contacts.yaml", "decisions", "pages", "site.yaml", "sources.yaml"),
                entries(fixture.content));
    }

    @Test
    void contentWithErrorsIsReportedAndNothingIsWritten() {
        fixture.write("content/decisions/refer.yaml", "id: refer\n");

        assertThrows(ContentException.class, () -> NewArea.write(fixture.content, "east", "East Shire"));

        assertFalse(Files.exists(fixture.content.resolve("areas/east")));
    }

    @Test
    void aFailurePartOfTheWayLeavesNoHalfWrittenFolder() throws IOException {
        Path area = fixture.content.resolve("areas/east");

        assertThrows(RuntimeException.class, () -> NewArea.writeAtomically(fixture.content, area,
                new java.util.TreeMap<>(Map.of("area.yaml", "name: East\n", "pages/\0.md", "---\n"))));

        assertFalse(Files.exists(area));
        assertEquals(List.of("areas", "contacts.yaml", "decisions", "pages", "site.yaml", "sources.yaml"),
                entries(fixture.content));
    }

    private static List<String> entries(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
