package io.github.schoolsafeguarding.policy.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Puts a finished site in place without ever leaving half of one: the files are written to a
 * temporary folder beside the target, and only when all of them are there is the old site moved
 * aside and the new one moved in. A failed build therefore leaves the previous site as it was.
 */
final class SiteOutput {

    private SiteOutput() {}

    static void replace(Path target, Map<String, byte[]> files) {
        Path parent = target.toAbsolutePath().getParent();
        String name = target.getFileName().toString();
        Path fresh = null;
        Path previous = parent.resolve(name + ".previous");
        try {
            Files.createDirectories(parent);
            deleteLeftovers(parent, name);
            fresh = Files.createTempDirectory(parent, name + ".new-");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path path = fresh.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.write(path, file.getValue());
            }
            if (Files.exists(target)) {
                move(target, previous);
            }
            move(fresh, target);
            fresh = null;
            deleteTree(previous);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the site to " + target, e);
        } finally {
            if (fresh != null) {
                deleteTree(fresh);
            }
        }
    }

    /**
     * Deletes the temporary folders a build killed while writing left beside the target: a new site
     * never moved in, or the previous one never deleted. Otherwise each kill would leave a whole site
     * behind for good.
     */
    private static void deleteLeftovers(Path parent, String name) throws IOException {
        try (Stream<Path> entries = Files.list(parent)) {
            entries.filter(entry -> entry.getFileName().toString().startsWith(name + ".new-")
                    || entry.getFileName().toString().equals(name + ".previous")).toList()
                    .forEach(SiteOutput::deleteTree);
        }
    }

    /**
     * Brings {@code target}, which holds {@code before} as the last call wrote it, up to date with
     * {@code files}: writes the files whose bytes changed, each to a temporary file then moved over
     * the old one, so that a reader never gets half a page, and deletes those that went. Replaces
     * the whole folder when {@code before} is not known (null) or the folder has gone.
     */
    static void update(Path target, Map<String, byte[]> before, Map<String, byte[]> files) {
        if (before == null || !Files.isDirectory(target)) {
            replace(target, files);
            return;
        }
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                byte[] old = before.get(file.getKey());
                if (old == null || !Arrays.equals(old, file.getValue())) {
                    Path path = target.resolve(file.getKey());
                    Files.createDirectories(path.getParent());
                    Path fresh = Files.createTempFile(path.getParent(), ".new-", ".tmp");
                    Files.write(fresh, file.getValue());
                    move(fresh, path);
                }
            }
            for (String gone : before.keySet()) {
                if (!files.containsKey(gone)) {
                    Path path = target.resolve(gone);
                    Files.deleteIfExists(path);
                    deleteEmptyFolders(path.getParent(), target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the site to " + target, e);
        }
    }

    /** Deletes {@code folder} and the folders above it, up to {@code target}, while they are empty. */
    private static void deleteEmptyFolders(Path folder, Path target) throws IOException {
        Path stop = target.toAbsolutePath().normalize();
        for (Path each = folder.toAbsolutePath().normalize(); each.startsWith(stop) && !each.equals(stop);
                each = each.getParent()) {
            try (Stream<Path> entries = Files.list(each)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(each);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + folder, e);
        }
    }
}
