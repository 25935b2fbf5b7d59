package io.github.schoolsafeguarding.policy.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.ContentFixture;
import io.github.schoolsafeguarding.policy.cache.BuildCache;
import io.github.schoolsafeguarding.policy.check.ContentException;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.html.HtmlChecks;
import io.github.schoolsafeguarding.policy.handbook.CachedHandbook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build with the cache of the last one reports the same problems, field by field and in the same
 * order, and publishes the same bytes, handbooks included, as a build without it; and it takes from
 * the cache the pages and handbooks that did not change, and only those.
 */
class CachedBuildTest {

    private static final Path EVERY_RULE_BROKEN = Path.of("src/it/every-rule-broken");
    static final Path REAL_CONTENT = Path.of("../content");
    static final Path REAL_THEME = Path.of("../theme");
    private static final String PAGES = HtmlChecks.CACHE_SHELF;
    /** The day the root pom has the real content checked for in tests, and what messages call it. */
    static final LocalDate TESTS_DAY = pomDay(Path.of("../pom.xml"), "guidance.tests.day");
    static final String TESTS_DAY_NAME = "the tests' fixed day";
    private static final String HANDBOOKS = CachedHandbook.CACHE_SHELF;

    @TempDir
    Path folder;

    @Test
    void theFixtureThatBreaksEveryRuleReportsTheSameWithoutCacheColdAndWarm() {
        List<Problem> withoutCache = everyRuleBroken(BuildCache.none());
        BuildCache cold = BuildCache.in(folder.resolve("cache"));
        List<Problem> coldProblems = everyRuleBroken(cold);
        BuildCache warm = BuildCache.in(folder.resolve("cache"));
        List<Problem> warmProblems = everyRuleBroken(warm);

        assertTrue(withoutCache.stream().map(Problem::id).collect(Collectors.toSet()).containsAll(Set.of("html.invalid",
                "html.heading-order", "html.image-alt", "html.link-text", "html.vague-link-text", "html.tel-link")));
        assertEquals(withoutCache, coldProblems);
        assertEquals(withoutCache, warmProblems);
        assertEquals(0, cold.hits(PAGES));
        assertTrue(cold.misses(PAGES) > 0);
        assertEquals(cold.misses(PAGES), warm.hits(PAGES));
        assertEquals(0, warm.misses(PAGES));
    }

    @Test
    void theRealContentPublishesTheSameBytesWarmAsColdWithoutCheckingOrMakingAnythingAgain() throws Exception {
        BuildCache cold = BuildCache.in(folder.resolve("cache"));
        SitePublisher.Publication coldSite = realContent(cold).publish(folder.resolve("cold"));
        BuildCache warm = BuildCache.in(folder.resolve("cache"));
        SitePublisher.Publication warmSite = realContent(warm).publish(folder.resolve("warm"));

        assertEquals(coldSite, warmSite);
        assertSameFiles(folder.resolve("cold"), folder.resolve("warm"));
        assertEquals(List.of(0, coldSite.areas().size()), List.of(cold.hits(HANDBOOKS), cold.misses(HANDBOOKS)));
        assertEquals(List.of(coldSite.areas().size(), 0), List.of(warm.hits(HANDBOOKS), warm.misses(HANDBOOKS)));
        assertEquals(0, cold.hits(PAGES));
        assertTrue(cold.misses(PAGES) > coldSite.pages(), "every page of every area, and the area picker");
        assertEquals(List.of(cold.misses(PAGES), 0), List.of(warm.hits(PAGES), warm.misses(PAGES)));
    }

    @Test
    void anEditedPageIsCheckedAgainWhereverItsHtmlChangedAndNowhereElse() throws Exception {
        ContentFixture fixture = new ContentFixture(folder.resolve("fixture"));
        publisher(fixture, BuildCache.in(folder.resolve("cache"))).publish(folder.resolve("before"));
        fixture.write("content/pages/incidents/call.md", fixture.read("content/pages/incidents/call.md")
                .replace("Call 999.", "Call 999 at once."));

        BuildCache warm = BuildCache.in(folder.resolve("cache"));
        publisher(fixture, warm).publish(folder.resolve("warm"));
        publisher(fixture, BuildCache.none()).publish(folder.resolve("without-cache"));

        assertSameFiles(folder.resolve("without-cache"), folder.resolve("warm"));
        Set<String> changedPages = changed(folder.resolve("before"), folder.resolve("warm"));
        assertEquals(Set.of("north/incidents/call.html", "south/incidents/call.html"), changedPages);
        assertEquals(changedPages.size(), warm.misses(PAGES));
        assertTrue(warm.hits(PAGES) > 0);
        assertEquals(List.of(0, 2), List.of(warm.hits(HANDBOOKS), warm.misses(HANDBOOKS)), "both handbooks hold the page");
    }

    @Test
    void spoiledEntriesAreMadeAgainAndGiveTheSameSite() throws Exception {
        ContentFixture fixture = new ContentFixture(folder.resolve("fixture"));
        BuildCache cold = BuildCache.in(folder.resolve("cache"));
        publisher(fixture, cold).publish(folder.resolve("cold"));
        try (Stream<Path> files = Files.walk(folder.resolve("cache"))) {
            for (Path entry : files.filter(file -> file.getFileName().toString().matches("[0-9a-f]{64}")).toList()) {
                byte[] bytes = Files.readAllBytes(entry);
                bytes[bytes.length / 2] ^= 0x20;
                Files.write(entry, bytes);
            }
        }

        BuildCache spoiled = BuildCache.in(folder.resolve("cache"));
        publisher(fixture, spoiled).publish(folder.resolve("spoiled"));

        assertSameFiles(folder.resolve("cold"), folder.resolve("spoiled"));
        assertEquals(List.of(0, cold.misses(PAGES)), List.of(spoiled.hits(PAGES), spoiled.misses(PAGES)));
        assertEquals(List.of(0, cold.misses(HANDBOOKS)), List.of(spoiled.hits(HANDBOOKS), spoiled.misses(HANDBOOKS)));
    }

    private static SitePublisher publisher(ContentFixture fixture, BuildCache cache) {
        return SitePublisher.builder().today(ContentFixture.TODAY).content(fixture.content).theme(fixture.theme)
                .cache(cache).build();
    }

    private static List<Problem> everyRuleBroken(BuildCache cache) {
        SitePublisher publisher = SitePublisher.builder().content(EVERY_RULE_BROKEN.resolve("content")).theme(REAL_THEME)
                .fixedDay(pomDay(EVERY_RULE_BROKEN.resolve("pom.xml"), "today"), "the fixture's day").cache(cache).build();
        return assertThrows(ContentException.class, () -> publisher.publish(Files.createTempDirectory("unpublished")))
                .problems();
    }

    /** The real content and theme, checked for the tests' fixed day as the root pom sets it. */
    static SitePublisher realContent(BuildCache cache) {
        return SitePublisher.builder().content(REAL_CONTENT).theme(REAL_THEME)
                .fixedDay(TESTS_DAY, TESTS_DAY_NAME).cache(cache).build();
    }

    private static LocalDate pomDay(Path pom, String element) {
        try {
            Matcher day = Pattern.compile("<" + element + ">([0-9-]+)</" + element + ">").matcher(Files.readString(pom));
            if (!day.find()) {
                throw new IllegalStateException(pom + " sets no <" + element + ">");
            }
            return LocalDate.parse(day.group(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertSameFiles(Path expected, Path actual) {
        Map<String, byte[]> expectedFiles = SitePublisherTest.snapshot(expected);
        Map<String, byte[]> actualFiles = SitePublisherTest.snapshot(actual);
        assertEquals(expectedFiles.keySet(), actualFiles.keySet());
        assertTrue(expectedFiles.keySet().stream().anyMatch(name -> name.endsWith("/" + SitePublisher.HANDBOOK)));
        expectedFiles.forEach((name, bytes) -> assertArrayEquals(bytes, actualFiles.get(name), name));
    }

    /** The HTML files whose bytes differ. */
    private static Set<String> changed(Path before, Path after) {
        Map<String, byte[]> beforeFiles = SitePublisherTest.snapshot(before);
        return SitePublisherTest.snapshot(after).entrySet().stream().filter(file -> file.getKey().endsWith(".html"))
                .filter(file -> !Arrays.equals(file.getValue(), beforeFiles.get(file.getKey())))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
    }
}
