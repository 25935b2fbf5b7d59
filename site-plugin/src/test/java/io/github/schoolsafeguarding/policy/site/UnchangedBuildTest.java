package io.github.schoolsafeguarding.policy.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static io.github.schoolsafeguarding.policy.site.SitePublisherTest.assertSameFiles;
import static io.github.schoolsafeguarding.policy.site.SitePublisherTest.snapshot;

import io.github.schoolsafeguarding.policy.ContentFixture;
import io.github.schoolsafeguarding.policy.cache.BuildCache;
import io.github.schoolsafeguarding.policy.check.ContentException;
import io.github.schoolsafeguarding.policy.check.html.HtmlChecks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build whose inputs and output are as the last build left them does nothing and reports what
 * that build reported; any change to an input or to the output makes it a full build, which then
 * publishes what a build without a cache publishes.
 */
class UnchangedBuildTest {

    /** After the fixture's review dates, so that the build has warnings to report again. */
    private static final LocalDate LATE = LocalDate.of(2027, 12, 1);

    @TempDir
    Path folder;

    private ContentFixture fixture;
    private Path output;

    @BeforeEach
    void firstBuild() throws Exception {
        fixture = new ContentFixture(folder.resolve("fixture"));
        output = folder.resolve("site");
        SitePublisher.Publication first = build(LATE);
        assertFalse(first.unchanged());
        assertFalse(first.warnings().isEmpty(), "the fixture's pages are overdue for review on " + LATE);
    }

    @Test
    void aSecondBuildWithNothingChangedChecksNothingAndReportsWhatTheFirstDid() throws Exception {
        Map<String, byte[]> before = snapshot(output);
        BuildCache cache = cache();
        SitePublisher.Publication again = publisher(LATE, cache).publish(output);
        SitePublisher.Publication fresh = publisher(LATE, BuildCache.none()).publish(folder.resolve("fresh"));

        assertTrue(again.unchanged());
        assertEquals(List.of(fresh.areas(), fresh.pages(), fresh.files(), fresh.warnings()),
                List.of(again.areas(), again.pages(), again.files(), again.warnings()));
        assertEquals(0, cache.hits(HtmlChecks.CACHE_SHELF) + cache.misses(HtmlChecks.CACHE_SHELF), "no page checked");
        assertSameFiles(before, snapshot(output));
    }

    @Test
    void anEditedPageAnotherDayOrAnotherSettingBuildsAgain() throws Exception {
        fixture.write("content/pages/incidents/call.md", fixture.read("content/pages/incidents/call.md")
                .replace("Call 999.", "Call 999 at once."));
        assertFalse(build(LATE).unchanged(), "a page edited");
        assertTrue(build(LATE).unchanged());
        assertFalse(build(LATE.plusDays(1)).unchanged(), "another day");
        assertFalse(SitePublisher.builder().today(LATE.plusDays(1)).content(fixture.content).theme(fixture.theme)
                .cache(cache()).areas(List.of("north")).build().publish(output).unchanged(), "one area only");
        fixture.write("theme/notes.txt", "a file the build does not publish is an input all the same");
        assertFalse(build(LATE.plusDays(1)).unchanged(), "a file added to the theme");
        publisher(LATE.plusDays(1), BuildCache.none()).publish(folder.resolve("fresh"));
        assertSameFiles(snapshot(folder.resolve("fresh")), snapshot(output));
    }

    @Test
    void anOutputFileChangedDeletedOrAddedBuildsAgainAndPutsTheSiteRight() throws Exception {
        Map<String, byte[]> published = snapshot(output);
        String page = published.keySet().stream().filter(name -> name.endsWith(".html")).findFirst().orElseThrow();
        for (Consumer<Path> change : List.<Consumer<Path>>of(
                site -> write(site.resolve(page), "<p>edited by hand</p>"),
                site -> delete(site.resolve(page)),
                site -> write(site.resolve("stray.html"), "<p>left here</p>"))) {
            change.accept(output);
            assertFalse(build(LATE).unchanged());
            assertSameFiles(published, snapshot(output));
            assertTrue(build(LATE).unchanged());
        }
    }

    @Test
    void aSpoiledRecordIsABuildLikeAnyOther() throws Exception {
        try (Stream<Path> entries = Files.list(folder.resolve("cache").resolve(UnchangedBuild.CACHE_SHELF))) {
            for (Path entry : entries.filter(file -> file.getFileName().toString().matches("[0-9a-f]{64}")).toList()) {
                byte[] bytes = Files.readAllBytes(entry);
                bytes[bytes.length - 3] ^= 0x20;
                Files.write(entry, bytes);
            }
        }
        assertFalse(build(LATE).unchanged());
        assertTrue(build(LATE).unchanged());
    }

    private SitePublisher.Publication build(LocalDate day) throws ContentException {
        return publisher(day, cache()).publish(output);
    }

    private BuildCache cache() {
        return BuildCache.in(folder.resolve("cache"));
    }

    private SitePublisher publisher(LocalDate day, BuildCache cache) {
        return SitePublisher.builder().today(day).content(fixture.content).theme(fixture.theme).cache(cache).build();
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
