package io.github.schoolsafeguarding.policy.override;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.schoolsafeguarding.policy.ContentFixture;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.content.Content;
import io.github.schoolsafeguarding.policy.content.ContentReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** policy:override: a copy that records the shared page's version, and the refusals that write nothing. */
class PageCopierTest {

    private static final String CALL = "incidents/call.md";

    @TempDir
    Path folder;

    ContentFixture fixture;

    @BeforeEach
    void writeFixture() {
        fixture = new ContentFixture(folder);
    }

    @Test
    void aCopyIsTheSharedPageWithItsVersionRecordedFirst() throws OverrideException {
        String shared = fixture.read("content/pages/" + CALL);

        Path copy = PageCopier.of(fixture.content).copy("north", CALL);

        assertEquals(fixture.content.resolve("areas/north/pages/" + CALL), copy);
        assertEquals("---\noverrides:\n  page: incidents/call.md\n  sha256: " + sha256(shared) + "\n"
                + shared.substring("---\n".length()), fixture.read("content/areas/north/pages/" + CALL));
        assertEquals(List.of(), overrideProblems());
    }

    @Test
    void theHashIsOfTheTextWhateverItsLineEndings() throws OverrideException {
        String shared = fixture.read("content/pages/" + CALL);
        fixture.write("content/pages/" + CALL, shared.replace("\n", "\r\n"));

        PageCopier.of(fixture.content).copy("north", CALL);

        assertEquals(List.of(), overrideProblems());
        assertEquals(sha256(shared), PageHash.of(fixture.content.resolve("pages/" + CALL)));
    }

    @Test
    void markingAStaleCopyUpToDateReplacesOnlyItsHash() throws OverrideException {
        PageCopier.of(fixture.content).copy("north", CALL);
        String copy = fixture.read("content/areas/north/pages/" + CALL).replace("Call 999.", "Call 999 at once.");
        fixture.write("content/areas/north/pages/" + CALL, copy);
        String oldHash = sha256(fixture.read("content/pages/" + CALL));
        fixture.write("content/pages/" + CALL, fixture.read("content/pages/" + CALL) + "\nA shared fix.\n");
        String newHash = sha256(fixture.read("content/pages/" + CALL));

        String said = PageCopier.of(fixture.content).markUpToDate("north", CALL);

        assertEquals("content/areas/north/pages/incidents/call.md now records the shared page's current version"
                + " (sha256 " + newHash + ")", said);
        assertEquals(copy.replace(oldHash, newHash), fixture.read("content/areas/north/pages/" + CALL));
        assertEquals(List.of(), overrideProblems());
    }

    @Test
    void markingUpToDateRecordsTheVersionOfACopyThatGaveNone() throws OverrideException {
        String shared = fixture.read("content/pages/" + CALL);
        fixture.write("content/areas/north/pages/" + CALL, shared.replace("Call 999.", "Ring 999."));

        PageCopier.of(fixture.content).markUpToDate("north", CALL);

        assertEquals(shared.replace("Call 999.", "Ring 999.").replaceFirst("---\n", "---\noverrides:\n  page: "
                + CALL + "\n  sha256: " + sha256(shared) + "\n"), fixture.read("content/areas/north/pages/" + CALL));
        assertEquals(List.of(), overrideProblems());
    }

    @Test
    void aCopyAlreadyUpToDateIsLeftAlone() throws OverrideException {
        PageCopier.of(fixture.content).copy("north", CALL);
        Map<String, String> before = files();

        assertEquals("content/areas/north/pages/incidents/call.md already records the shared page's current version",
                PageCopier.of(fixture.content).markUpToDate("north", CALL));
        assertEquals(before, files());
    }

    @Test
    void refusesAnAreaThatDoesNotExistAndWritesNothing() {
        assertRefused(() -> PageCopier.of(fixture.content).copy("nort", CALL),
                "there is no area 'nort' (no content/areas/nort/area.yaml): did you mean 'north'? the areas are north,"
                        + " south");
    }

    @Test
    void refusesAPageThatIsNotSharedAndWritesNothing() {
        assertRefused(() -> PageCopier.of(fixture.content).copy("north", "incidents/cal.md"),
                "there is no shared page 'incidents/cal.md' under content/pages: did you mean 'incidents/call.md'?"
                        + " give its path under that folder, such as 'cse/what-cse-is.md'");
        assertRefused(() -> PageCopier.of(fixture.content).copy("north", "../site.yaml"),
                "there is no shared page '../site.yaml' under content/pages: give its path under that folder, such as"
                        + " 'cse/what-cse-is.md'");
    }

    @Test
    void refusesToReplaceACopyTheAreaHasAndWritesNothing() throws OverrideException {
        PageCopier.of(fixture.content).copy("north", CALL);
        fixture.write("content/areas/north/pages/" + CALL, "the area's own edits\n");

        assertRefused(() -> PageCopier.of(fixture.content).copy("north", CALL),
                "content/areas/north/pages/incidents/call.md already exists: see how it differs from the shared page"
                        + " with 'mvn -N policy:diff -Dpolicy.area=north -Dpolicy.page=incidents/call.md', and mark it up to"
                        + " date with 'mvn -N policy:override -Dpolicy.area=north -Dpolicy.page=incidents/call.md"
                        + " -Dpolicy.refresh'");
    }

    @Test
    void refusesToMarkUpToDateACopyThereIsNot() {
        assertRefused(() -> PageCopier.of(fixture.content).markUpToDate("north", CALL),
                "north has no copy of incidents/call.md (content/areas/north/pages/incidents/call.md): make one with"
                        + " 'mvn -N policy:override -Dpolicy.area=north -Dpolicy.page=incidents/call.md'");
    }

    interface Command {
        Object run() throws OverrideException;
    }

    private void assertRefused(Command command, String message) {
        Map<String, String> before = files();
        OverrideException refused = assertThrows(OverrideException.class, command::run);
        assertEquals(message, refused.getMessage());
        assertEquals(before, files(), "nothing written");
    }

    private List<String> overrideProblems() {
        Problems problems = new Problems();
        Content content = ContentReader.read(fixture.content, problems);
        Overrides.check(content, content.areas(), problems);
        return problems.all().stream().map(Problem::id).filter(id -> id.startsWith("override.")).toList();
    }

    /** Every file of the fixture and its text, to show that a refused command changed none. */
    private Map<String, String> files() {
        try (Stream<Path> files = Files.walk(folder)) {
            Map<String, String> texts = new TreeMap<>();
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                texts.put(folder.relativize(file).toString(), Files.readString(file));
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Computed here, not by {@link PageHash}, so that a wrong hash there cannot pass unnoticed. */
    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
