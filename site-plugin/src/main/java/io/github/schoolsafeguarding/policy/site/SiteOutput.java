package io.github.schoolsafeguarding.policy.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
            fresh = Files.createTempDirectory(parent, name + ".new-");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path path = fresh.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.write(path, file.getValue());
            }
            deleteTree(previous);
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

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
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
