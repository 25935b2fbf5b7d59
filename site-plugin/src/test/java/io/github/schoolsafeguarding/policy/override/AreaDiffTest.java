package io.github.schoolsafeguarding.policy.override;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.schoolsafeguarding.policy.ContentFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** policy:diff: what an area changes from the shared guidance, as a maintainer reads it. */
class AreaDiffTest {

    private static final String CALL = "incidents/call.md";

    @TempDir
    Path folder;

    ContentFixture fixture;
    String hash;

    @BeforeEach
    void writeFixture() throws OverrideException {
        fixture = new ContentFixture(folder);
        PageCopier.of(fixture.content).copy("north", CALL);
        hash = PageHash.of(fixture.content.resolve("pages/" + CALL));
        fixture.write("content/areas/north/pages/" + CALL, fixture.read("content/areas/north/pages/" + CALL)
                .replace("Call 999.", "Call 999, then the North Shire duty desk."));
        fixture.page("areas/north/pages/incidents/local.md", "Local route", 20, "Ring the local team.\n");
        fixture.write("content/areas/north/area.yaml", fixture.read("content/areas/north/area.yaml") + """
                contacts:
                  - id: north-police
                    roles: [police-referral, police-intelligence]
                    organisation: North Shire Police
                    service: Referral desk
                    source: test-source
                """);
    }

    @Test
    void listsTheCopiesAsDiffsAgainstTheSharedPagesThenTheOwnPagesAndContacts() throws OverrideException {
        assertEquals("""
                North Shire (north) replaces 1 shared page with its own copy, has 1 page of its own and adds 1 contact.

                Shared pages it replaces, each against the shared page as it is now:

                """ + diffOfCall("Up to date", "Call 999.") + """

                Pages of its own:
                  content/areas/north/pages/incidents/local.md: Local route

                Contacts it adds:
                  north-police: North Shire Police, Referral desk (roles: police-referral, police-intelligence)
                """, AreaDiff.of(fixture.content).text("north"));
    }

    @Test
    void oneCopyAloneWithItsStatus() throws OverrideException {
        fixture.write("content/pages/" + CALL, fixture.read("content/pages/" + CALL).replace("Call 999.", "Dial 999."));

        assertEquals(diffOfCall("Shared page changed", "Dial 999."), AreaDiff.of(fixture.content).text("north", CALL));
    }

    /** The diff of north's copy of the call page, whose record was added first and whose 999 line was changed. */
    private String diffOfCall(String status, String sharedLine) {
        return """
                incidents/call.md: %s
                --- content/pages/incidents/call.md
                +++ content/areas/north/pages/incidents/call.md
                @@ -1,4 +1,7 @@
                 ---
                +overrides:
                +  page: incidents/call.md
                +  sha256: %s
                 title: When to call
                 summary: About when to call.
                 order: 10
                @@ -9,7 +12,7 @@
                 ---
                 ## Signs of an emergency
                \s
                -%s
                +Call 999, then the North Shire duty desk.
                \s
                 ## Advice
                \s
                """.formatted(status, hash, sharedLine);
    }

    @Test
    void anAreaThatChangesNothingSaysSo() throws OverrideException {
        assertEquals("South Shire (south) replaces 0 shared pages with its own copy, has 0 pages of its own and adds"
                + " 0 contacts.\n", AreaDiff.of(fixture.content).text("south"));
    }

    @Test
    void refusesAnAreaOrPageWithNothingToCompare() {
        assertEquals("there is no area 'west' (no content/areas/west/area.yaml): the areas are north, south",
                assertThrows(OverrideException.class, () -> AreaDiff.of(fixture.content).text("west")).getMessage());
        assertEquals("incidents/local.md is north's own page: there is no shared page to compare it with",
                assertThrows(OverrideException.class, () -> AreaDiff.of(fixture.content).text("north",
                        "incidents/local.md")).getMessage());
        assertEquals("south has no copy of 'incidents/call.md': it replaces no shared page",
                assertThrows(OverrideException.class, () -> AreaDiff.of(fixture.content).text("south", CALL))
                        .getMessage());
    }
}
