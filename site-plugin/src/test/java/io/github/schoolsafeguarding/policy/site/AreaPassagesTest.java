package io.github.schoolsafeguarding.policy.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.ContentFixture;
import io.github.schoolsafeguarding.policy.check.ContentException;
import io.github.schoolsafeguarding.policy.content.AreaPassages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shared page's area passages: each area publishes its own and, where it has none, the
 * {@code other} passage; the build refuses a passage for an area that does not exist, and warns of
 * a shared page naming an area outside a passage for it.
 */
class AreaPassagesTest {

    @TempDir
    Path folder;

    ContentFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ContentFixture(folder);
        fixture.area("east", "East Vale", 3);
        fixture.write("theme/templates/contact-role.mustache",
                "<div data-role=\"{{role}}\">{{#contacts}}{{#items}}<p>{{phone}}</p>{{/items}}{{/contacts}}</div>");
    }

    SitePublisher publisher() {
        return SitePublisher.builder().today(ContentFixture.TODAY).content(fixture.content).theme(fixture.theme).build();
    }

    /** The problems of the rules this test is about, as a maintainer reads them. */
    List<String> problems() {
        return publisher().check().stream().filter(problem -> problem.id().startsWith("page.area")
                        || problem.id().equals("page.unknown-area"))
                .map(problem -> problem.id() + " " + problem.format(folder)).toList();
    }

    /** The page's body line by line from line 10 of its file. */
    void page(String body) {
        fixture.page("pages/incidents/advice.md", "Advice", 20, body);
    }

    /**
     * Every text file an area published, for "does this area show it anywhere"; the handbook PDF
     * is made from the pages, so what they show it shows.
     */
    String everything(String area) throws IOException {
        try (Stream<Path> files = Files.walk(folder.resolve("site/" + area))) {
            return files.filter(Files::isRegularFile).filter(file -> !file.toString().endsWith(".pdf")).map(file -> {
                try {
                    return Files.readString(file);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(Collectors.joining("\n"));
        }
    }

    @Test
    void eachAreaPublishesItsOwnPassageAndTheOthersTheFallback() throws ContentException, IOException {
        page("""
                Tell the police.

                ```area north
                ## Northern arrangements

                In {{area.name}}, call {{contact.helpline.phone}} and read [when to call](call.md).

                ```contacts helpline
                ```
                ```
                ```area south east
                Southern and eastern schools phone their own desk.
                ```

                ```area other
                Other readers ask their named police contact.
                ```

                Then write it down.

                ```area other
                Everyone but the north keeps a copy.
                ```
                ```area north
                The north sends its copy on.
                ```
                """);

        publisher().publish(folder.resolve("site"));

        String north = fixture.read("site/north/incidents/advice.html");
        assertTrue(north.contains("<h2 id=\"northern-arrangements\">Northern arrangements</h2>"), north);
        assertTrue(north.contains("<p>In North Shire, call 0808 800 5000 and read <a href=\"../incidents/call.html\">when to call</a>.</p>"),
                north);
        assertTrue(north.contains("The north sends its copy on."), north);
        assertFalse(north.contains("Southern"), north);
        assertFalse(north.contains("Other readers"), north);
        assertFalse(north.contains("Everyone but the north"), north);
        assertTrue(north.contains("Tell the police.") && north.contains("Then write it down."), north);
        assertFalse(north.contains("```"), north);
        String south = fixture.read("site/south/incidents/advice.html");
        assertTrue(south.contains("Southern and eastern schools phone their own desk."), south);
        assertFalse(south.contains("Other readers"), south);
        assertTrue(south.contains("Everyone but the north keeps a copy."), south);
        assertFalse(south.contains("Northern") || south.contains("The north sends"), south);
        assertTrue(fixture.read("site/east/incidents/advice.html").contains("Southern and eastern"));
        // the heading is in the north's search index only
        assertTrue(everything("north").contains("Northern arrangements"));
        assertFalse(everything("south").contains("Northern arrangements"));
        assertFalse(everything("east").contains("Northern arrangements"));
    }

    @Test
    void aPassageForAnAreaThatDoesNotExistIsAnError() {
        page("""
                ```area north westmoreland
                Only in the north.
                ```
                """);

        assertEquals(List.of("page.unknown-area content/pages/incidents/advice.md:10: there is no area"
                + " 'westmoreland', so no reader would see this passage — use one of the areas' ids: east, north, south"
                + " (the folder names under content/areas)"), problems());
    }

    @Test
    void aPassageNamesItsAreasOnceInARunAndIsClosed() {
        page("""
                ```area
                For whom?
                ```
                ```area north
                One.
                ```
                ```area north
                Two.
                ```

                ````area other
                Never closed.
                """);

        assertEquals(List.of(
                "page.area-passage content/pages/incidents/advice.md:10: an area passage names the areas it is"
                        + " for, or 'other' — write ```area followed by area ids (east, north, south) or ```area other",
                "page.area-passage content/pages/incidents/advice.md:16: 'north' already has a passage in this"
                        + " run of passages, at line 13 — merge the two passages, or put text that every area sees"
                        + " between them",
                "page.area-passage content/pages/incidents/advice.md:20: this area passage has no closing fence,"
                        + " so it runs to the end of the page — close it with a line of ```` after its last line"),
                problems());
    }

    @Test
    void aSharedPageThatNamesAnAreaOutsideItsPassagesIsWarned() {
        page("""
                In North Shire, ring the desk. The North Shire Police guidance and the South Shire flowchart agree.

                ```area north
                North Shire Police answer at once.
                ```
                ```area south
                Unlike North Shire, call `South Shire` first.
                ```

                ```yaml
                East Vale: quoted, not said
                ```
                """);
        fixture.write("content/areas/east/pages/incidents/own.md",
                fixture.read("content/pages/incidents/advice.md").replace("title: Advice", "title: Own"));

        assertEquals(List.of(
                "page.area-specific-text content/pages/incidents/advice.md:10:4: warning: 'North Shire' on a page every"
                        + " area publishes: readers in other areas would read North Shire's arrangements as their own"
                        + " — move the text into a passage for the area (```area north … ```), with an ```area other"
                        + " passage saying what readers elsewhere do; or say it without naming the area",
                "page.area-specific-text content/pages/incidents/advice.md:16:8: warning: 'North Shire' on a page every"
                        + " area publishes: readers in other areas would read North Shire's arrangements as their own"
                        + " — move the text into a passage for the area (```area north … ```), with an ```area other"
                        + " passage saying what readers elsewhere do; or say it without naming the area"),
                problems());
    }

    @Test
    void linesKeepTheirNumbersAndFencesInsideOtherBlocksAreNotPassages() {
        String body = """
                Intro.
                ````markdown
                ```area north
                shown as code
                ```
                ````
                ```area north
                North.
                ```
                """;

        AreaPassages passages = AreaPassages.of(body);

        assertEquals(1, passages.passages().size());
        assertEquals("Intro.\n````markdown\n```area north\nshown as code\n```\n````\n\n\n\n",
                passages.forArea("south"));
        assertEquals("Intro.\n````markdown\n```area north\nshown as code\n```\n````\n\nNorth.\n\n",
                passages.forArea("north"));
    }
}
