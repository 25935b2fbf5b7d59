package io.github.schoolsafeguarding.policy.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store: whole entries or none, by key, kept for as long as builds use them, whatever threads do at once. */
class BuildCacheTest {

    @TempDir
    Path folder;

    private static final String A = key("a");
    private static final String B = key("b");
    private static final String C = key("c");

    @Test
    void whatIsPutIsGotBackByTheNextBuild() {
        shelf(BuildCache.in(folder)).put(A, bytes("the findings of a"));
        BuildCache next = BuildCache.in(folder);

        assertArrayEquals(bytes("the findings of a"), shelf(next).get(A).orElseThrow());
        assertEquals(Optional.empty(), shelf(next).get(B));
        assertEquals(1, next.hits("checks"));
        assertEquals(1, next.misses("checks"));
    }

    @Test
    void anEmptyValueIsKeptToo() {
        shelf(BuildCache.in(folder)).put(A, new byte[0]);

        assertArrayEquals(new byte[0], shelf(BuildCache.in(folder)).get(A).orElseThrow());
    }

    @Test
    void noCacheHasNoShelves() {
        assertEquals(Optional.empty(), BuildCache.none().shelf("checks"));
        assertEquals(Optional.empty(), BuildCache.none().folder());
    }

    @Test
    void anEntryCutShortAlteredOrMovedIsAMissAndIsReplacedByTheNextPut() throws IOException {
        BuildCache cache = BuildCache.in(folder);
        Path entry = entry(A);
        List<byte[]> spoiled = new ArrayList<>();
        shelf(cache).put(A, bytes("the findings of a"));
        byte[] whole = Files.readAllBytes(entry);
        for (int length = 0; length < whole.length; length++) {
            spoiled.add(Arrays.copyOf(whole, length));
        }
        for (int at = 0; at < whole.length; at++) {
            byte[] altered = whole.clone();
            altered[at] ^= 0x01;
            spoiled.add(altered);
        }
        shelf(cache).put(B, bytes("the findings of b"));
        spoiled.add(Files.readAllBytes(entry(B)));
        spoiled.add(bytes("not an entry at all"));

        for (byte[] bytes : spoiled) {
            Files.write(entry, bytes);
            assertEquals(Optional.empty(), shelf(cache).get(A));
        }
        shelf(cache).put(A, bytes("the findings of a"));
        assertArrayEquals(bytes("the findings of a"), shelf(cache).get(A).orElseThrow());
        assertEquals(spoiled.size(), cache.misses("checks"));
    }

    @Test
    void anEntryThatCannotBeReadIsAMissAndAFolderThatCannotBeWrittenIsNoCache() throws IOException {
        Files.createDirectories(entry(A));
        Files.writeString(folder.resolve("blocked"), "a file where the cache's folder would be");
        BuildCache blocked = BuildCache.in(folder.resolve("blocked"));

        shelf(BuildCache.in(folder)).put(A, bytes("the findings of a"));
        shelf(blocked).put(B, bytes("the findings of b"));

        assertEquals(Optional.empty(), shelf(BuildCache.in(folder)).get(A));
        assertEquals(Optional.empty(), shelf(blocked).get(B));
    }

    @Test
    void aBuildKeepsWhatItUsedAndDropsTheRest() throws IOException {
        BuildCache.Shelf first = shelf(BuildCache.in(folder));
        first.put(A, bytes("a"));
        first.put(B, bytes("b"));
        first.dropUnused();
        BuildCache.in(folder).shelf("handbooks").orElseThrow().put(C, bytes("a handbook"));
        Path abandoned = Files.writeString(folder.resolve("checks/.tmp-1"), "half an entry, from a stopped build");
        Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        Path beingWritten = Files.writeString(folder.resolve("checks/.tmp-2"), "half an entry, being written");
        Path notOurs = Files.writeString(folder.resolve("checks/notes.txt"), "not an entry");

        BuildCache.Shelf second = shelf(BuildCache.in(folder));
        second.get(A);
        second.put(C, bytes("c"));
        second.dropUnused();

        assertEquals(Set.of(A, C, ".tmp-2", "notes.txt"), names(folder.resolve("checks")));
        assertEquals(Set.of(C), names(folder.resolve("handbooks")), "another shelf's entries stay");
        assertTrue(Files.exists(beingWritten));
        assertTrue(Files.exists(notOurs));
        assertTrue(Files.exists(folder.resolve("CACHEDIR.TAG")));
    }

    @Test
    void threadsPuttingAndGettingAtOnceSeeWholeEntriesOnly() throws Exception {
        BuildCache cache = BuildCache.in(folder);
        BuildCache.Shelf shelf = shelf(cache);
        byte[] value = new byte[200_000];
        for (int i = 0; i < value.length; i++) {
            value[i] = (byte) (i * 31);
        }
        List<Callable<Boolean>> work = new ArrayList<>();
        for (int thread = 0; thread < 8; thread++) {
            String own = key("own " + thread);
            work.add(() -> {
                boolean allWhole = true;
                for (int i = 0; i < 25; i++) {
                    shelf.put(A, value);
                    shelf.put(own, value);
                    Optional<byte[]> got = shelf.get(A);
                    allWhole &= got.isEmpty() || Arrays.equals(value, got.get());
                }
                return allWhole;
            });
        }
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            for (Future<Boolean> done : threads.invokeAll(work)) {
                assertTrue(done.get());
            }
        } finally {
            threads.shutdownNow();
        }

        assertArrayEquals(value, shelf.get(A).orElseThrow());
        assertEquals(9, names(folder.resolve("checks")).size(), "one entry each, and no temporary file left");
    }

    @Test
    void keysDifferWhenAnyPartDiffersOrThePartsAreCutElsewhere() {
        assertEquals(new CacheKey().add("ab").add("c").hex(), new CacheKey().add("ab").add("c").hex());
        assertNotEquals(new CacheKey().add("ab").add("c").hex(), new CacheKey().add("a").add("bc").hex());
        assertNotEquals(new CacheKey().add(1).hex(), new CacheKey().add(true).add(false).hex());
        assertTrue(new CacheKey().hex().matches("[0-9a-f]{64}"));
    }

    @Test
    void theCodesIdentityIsTheSameEachTimeAndDiffersByCode() {
        assertEquals(CodeIdentity.of(BuildCache.class), CodeIdentity.of(BuildCache.class));
        // this class is in the test classes' folder, BuildCache in the plugin's
        assertNotEquals(CodeIdentity.of(BuildCache.class), CodeIdentity.of(BuildCacheTest.class));
        assertNotEquals(CodeIdentity.of(BuildCache.class), CodeIdentity.of(BuildCache.class, Test.class));
    }

    @Test
    void aLibraryChangedInPlaceChangesTheCodesIdentity() throws Exception {
        Path jar = Files.copy(Path.of(Test.class.getProtectionDomain().getCodeSource().getLocation().toURI()),
                folder.resolve("library.jar"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Class<?> library = loader.loadClass(Test.class.getName());
            String before = CodeIdentity.of(BuildCache.class, library);
            assertEquals(before, CodeIdentity.of(BuildCache.class, library));
            Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plus(Duration.ofMinutes(1))));

            assertNotEquals(before, CodeIdentity.of(BuildCache.class, library));
        }
    }

    @Test
    void aShelfIsNamedForAFolder() {
        assertFalse(BuildCache.in(folder).shelf("checks").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> BuildCache.in(folder).shelf("../elsewhere"));
    }

    private static BuildCache.Shelf shelf(BuildCache cache) {
        return cache.shelf("checks").orElseThrow();
    }

    private Path entry(String key) {
        return folder.resolve("checks").resolve(key);
    }

    private static String key(String text) {
        return new CacheKey().add(text).hex();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Set<String> names(Path shelf) throws IOException {
        try (Stream<Path> files = Files.list(shelf)) {
            return files.map(file -> file.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
