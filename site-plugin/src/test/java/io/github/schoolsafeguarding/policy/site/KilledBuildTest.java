package io.github.schoolsafeguarding.policy.site;

import static io.github.schoolsafeguarding.policy.site.SitePublisherTest.assertSameFiles;
import static io.github.schoolsafeguarding.policy.site.SitePublisherTest.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.ContentFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed outright (SIGKILL: no finally block runs, no shutdown hook) while it writes the new
 * site leaves the previous site whole, and the next build finishes and leaves nothing of the killed one.
 */
class KilledBuildTest {

    /**
     * Large assets (each under the 5 MB a file may have), so that writing the site takes long
     * enough for the build to be caught at it.
     */
    private static final int LARGE_ASSETS = 16;
    private static final int LARGE_ASSET = 4 << 20;

    @TempDir
    Path folder;

    @Test
    void aBuildKilledWhileItWritesLeavesThePreviousSiteWholeAndTheNextCleansUp() throws Exception {
        ContentFixture fixture = new ContentFixture(folder.resolve("fixture"));
        Path output = folder.resolve("published").resolve("site");
        publisher(fixture).publish(output);
        Map<String, byte[]> previous = snapshot(output);
        byte[] large = new byte[LARGE_ASSET];
        Arrays.fill(large, (byte) 'x');
        for (int asset = 0; asset < LARGE_ASSETS; asset++) {
            Files.write(fixture.theme.resolve("assets/large-" + asset + ".txt"), large);
        }

        Process build = PublishInAnotherJvm.start(Path.of(System.getProperty("java.home")), List.of(), fixture.content,
                fixture.theme, output, ContentFixture.TODAY, "the fixture's day", folder.resolve("build.log"));
        boolean killedWhileWriting = false;
        long giveUp = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (build.isAlive() && System.nanoTime() < giveUp) {
            if (beingWritten(output)) {
                build.destroyForcibly();
                killedWhileWriting = true;
                break;
            }
            Thread.sleep(1);
        }
        build.waitFor();

        assertTrue(killedWhileWriting, "the build was caught writing the new site; see " + folder.resolve("build.log"));
        assertSameFiles(previous, snapshot(output));
        publisher(fixture).publish(output);
        assertEquals(List.of("site"), names(output.getParent()), "the killed build's half-written site is gone");
        assertEquals(LARGE_ASSET, snapshot(output).get("north/assets/large-0.txt").length);
    }

    /** Whether a new site is being written beside {@code output}: its temporary folder holds a file. */
    private static boolean beingWritten(Path output) throws IOException {
        for (String name : names(output.getParent())) {
            if (name.startsWith(output.getFileName() + ".new-")) {
                try (Stream<Path> files = Files.walk(output.resolveSibling(name))) {
                    return files.anyMatch(Files::isRegularFile);
                } catch (IOException e) {
                    return false;
                }
            }
        }
        return false;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(entry -> entry.getFileName().toString()).sorted().toList();
        }
    }

    private static SitePublisher publisher(ContentFixture fixture) {
        return SitePublisher.builder().fixedDay(ContentFixture.TODAY, "the fixture's day").content(fixture.content)
                .theme(fixture.theme).build();
    }
}
