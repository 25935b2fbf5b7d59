package io.github.schoolsafeguarding.policy.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Results a build worked out before, kept in a folder between builds by a key made of everything
 * they depend on ({@link CacheKey}), so that a page that has not changed is not checked again.
 *
 * <pre>{@code
 * BuildCache cache = BuildCache.in(Path.of("target/policy-cache"));
 * BuildCache.Shelf checks = cache.shelf("html-checks").orElseThrow();   // empty for BuildCache.none()
 * byte[] result = checks.get(key).orElseGet(() -> { byte[] made = work(); checks.put(key, made); return made; });
 * checks.dropUnused();   // at the end of the build: the folder keeps what this build used, no more
 * }</pre>
 *
 * A cache can only make a build faster, never change what it reports or publishes: an entry is
 * written to a file of its own and moved into place whole, so a build stopped half-way leaves no
 * half entry; an entry is read back only when its length and its SHA-256 prove it whole, and
 * anything else (a missing, cut-short, altered or unreadable file) is a miss, worked out again and
 * replaced. A cache that cannot be written to is no cache. Threads may get and put at once.
 */
public final class BuildCache {

    /** What begins every entry, with the version of this layout. */
    private static final byte[] MAGIC = "policy-cache 1\n".getBytes(StandardCharsets.US_ASCII);

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern SHELF = Pattern.compile("[a-z0-9-]+");
    private static final String TEMPORARY = ".tmp-";

    /** A temporary file this old was left by a build that was stopped while it wrote it. */
    private static final Duration ABANDONED = Duration.ofMinutes(10);

    /** Marks the folder as a cache, so that backup tools may leave it out (https://bford.info/cachedir/). */
    private static final String TAG = "CACHEDIR.TAG";
    private static final String TAG_TEXT = "Signature: 8a477f597d28d172789f06886806bc55\n"
            + "# This file is a cache directory tag created by policy-maven-plugin:\n"
            + "# the HTML checks and handbooks of unchanged pages.\n"
            + "# Deleting this folder is always safe; the next build checks every page again.\n";

    private final Path folder;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> misses = new ConcurrentHashMap<>();
    private volatile boolean tagged;

    private BuildCache(Path folder) {
        this.folder = folder;
    }

    /** A cache kept in {@code folder}, made when first written to. */
    public static BuildCache in(Path folder) {
        return new BuildCache(folder.toAbsolutePath().normalize());
    }

    /** No cache: every result is worked out, and nothing is kept. */
    public static BuildCache none() {
        return new BuildCache(null);
    }

    /** Where the cache is kept, unless there is none. */
    public Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    /**
     * One kind of result, for one build: a folder of its own, whose entries the build did not use
     * are dropped when it says so. Nothing when there is no cache.
     */
    public Optional<Shelf> shelf(String name) {
        if (!SHELF.matcher(name).matches()) {
            throw new IllegalArgumentException("a shelf's name is lower-case letters, digits and hyphens: " + name);
        }
        return folder == null ? Optional.empty() : Optional.of(new Shelf(name));
    }

    /** How many results of the shelf {@code name} were found in the cache, so far. */
    public int hits(String name) {
        return count(hits, name).get();
    }

    /** How many results of the shelf {@code name} were not found, and had to be worked out, so far. */
    public int misses(String name) {
        return count(misses, name).get();
    }

    private static AtomicInteger count(Map<String, AtomicInteger> counts, String name) {
        return counts.computeIfAbsent(name, key -> new AtomicInteger());
    }

    /** One kind of result, as one build gets and puts it. */
    public final class Shelf {

        private final String name;
        private final Set<String> used = ConcurrentHashMap.newKeySet();

        private Shelf(String name) {
            this.name = name;
        }

        /** The result stored under {@code key}, when there is a whole one. */
        public Optional<byte[]> get(String key) {
            Optional<byte[]> found = read(checked(key));
            count(found.isPresent() ? hits : misses, name).incrementAndGet();
            return found;
        }

        /** Keeps {@code value} under {@code key}; when it cannot be written, the next build works it out again. */
        public void put(String key, byte[] value) {
            checked(key);
            Path shelf = folder.resolve(name);
            Path temporary = null;
            try {
                Files.createDirectories(shelf);
                tag();
                temporary = Files.createTempFile(shelf, TEMPORARY, "");
                Files.write(temporary, entry(key, value));
                move(temporary, shelf.resolve(key));
                temporary = null;
            } catch (IOException e) {
                // a cache is only ever a help: the result stands, it is just not kept
            } finally {
                deleteQuietly(temporary);
            }
        }

        /**
         * Deletes the entries this build neither read nor wrote, and temporary files that stopped
         * builds left behind, so that the folder holds what the last build needs and does not grow
         * build after build. Called once the build has got and put everything.
         */
        public void dropUnused() {
            if (!Files.isDirectory(folder.resolve(name))) {
                return;
            }
            Instant abandoned = Instant.now().minus(ABANDONED);
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder.resolve(name))) {
                for (Path entry : entries) {
                    String file = entry.getFileName().toString();
                    if (KEY.matcher(file).matches() ? !used.contains(file)
                            : file.startsWith(TEMPORARY) && modified(entry).isBefore(abandoned)) {
                        deleteQuietly(entry);
                    }
                }
            } catch (IOException e) {
                // the entries stay until a later build can list them
            }
        }

        private String checked(String key) {
            if (!KEY.matcher(key).matches()) {
                throw new IllegalArgumentException("not a cache key (64 lower-case hex digits): " + key);
            }
            used.add(key);
            return key;
        }

        private Optional<byte[]> read(String key) {
            try {
                return whole(key, Files.readAllBytes(folder.resolve(name).resolve(key)));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
    }

    /** The entry's bytes: the layout's name, the key, the value's length, the value, then its SHA-256. */
    private static byte[] entry(String key, byte[] value) {
        byte[] keyBytes = key.getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(MAGIC.length + keyBytes.length + Long.BYTES + value.length + 32)
                .put(MAGIC).put(keyBytes).putLong(value.length).put(value).put(sha256(value, 0, value.length))
                .array();
    }

    /** The value of an entry read from disk, if the entry is whole and is the one for {@code key}. */
    private static Optional<byte[]> whole(String key, byte[] entry) {
        byte[] keyBytes = key.getBytes(StandardCharsets.US_ASCII);
        int header = MAGIC.length + keyBytes.length + Long.BYTES;
        if (entry.length < header + 32
                || !Arrays.equals(entry, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
                || !Arrays.equals(entry, MAGIC.length, MAGIC.length + keyBytes.length, keyBytes, 0, keyBytes.length)
                || ByteBuffer.wrap(entry, header - Long.BYTES, Long.BYTES).getLong() != entry.length - header - 32L
                || !Arrays.equals(sha256(entry, header, entry.length - header - 32), 0, 32,
                        entry, entry.length - 32, entry.length)) {
            return Optional.empty();
        }
        return Optional.of(Arrays.copyOfRange(entry, header, entry.length - 32));
    }

    private static byte[] sha256(byte[] bytes, int offset, int length) {
        MessageDigest digest = CacheKey.sha256();
        digest.update(bytes, offset, length);
        return digest.digest();
    }

    /** In one step, so that a reader sees the old entry or the new one, never a part of one. */
    private static void move(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Half a tag, from a build stopped while writing it, still tells backup tools what the folder is. */
    private void tag() throws IOException {
        if (tagged) {
            return;
        }
        try {
            Files.writeString(folder.resolve(TAG), TAG_TEXT, StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            // tagged by an earlier build
        }
        tagged = true;
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return FileTime.fromMillis(Long.MAX_VALUE).toInstant();
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left for a later build to drop
        }
    }
}
