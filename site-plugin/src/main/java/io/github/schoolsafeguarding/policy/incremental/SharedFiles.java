package io.github.schoolsafeguarding.policy.incremental;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The fingerprint of every input a build reads besides the pages' own Markdown: the YAML files
 * (site, sources, contacts, areas, decision tables, synonyms), the templates and the assets. A
 * page's results are kept under its own text and this fingerprint, so a change to any shared file
 * makes every page again: seldom needed, always right.
 */
public final class SharedFiles {

    private SharedFiles() {}

    /** The SHA-256 of each file's path and bytes under the two folders, but for the pages' folders. */
    public static String fingerprint(Path content, Path theme) {
        return fingerprint(content, theme, true);
    }

    /** The SHA-256 of each file's path and bytes under the two folders, the pages' too: all a build reads. */
    public static String everything(Path content, Path theme) {
        return fingerprint(content, theme, false);
    }

    private static String fingerprint(Path content, Path theme, boolean withoutPages) {
        MessageDigest digest = sha256();
        for (Path folder : List.of(content, theme)) {
            digest.update(folder.toString().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try {
                for (Path file : files(folder, withoutPages && folder == content)) {
                    digest.update(folder.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                    digest.update(read(file));
                    digest.update((byte) 0);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + folder, e);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The files under {@code folder} in order; without the pages' folders when it is the content folder. */
    private static List<Path> files(Path folder, boolean withoutPages) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path each, BasicFileAttributes attributes) {
                return withoutPages && isPages(folder.relativize(each)) ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile()) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return files;
    }

    /**
     * The folder {@code pages/} or {@code areas/<id>/pages/}: the build reads only the Markdown there,
     * and each page's own text is part of its results' keys instead. So an editor's swap file
     * beside a page does not make every page again.
     */
    private static boolean isPages(Path relative) {
        return relative.getNameCount() == 1 && relative.getName(0).toString().equals("pages")
                || relative.getNameCount() == 3 && relative.getName(0).toString().equals("areas")
                        && relative.getName(2).toString().equals("pages");
    }

    /** A file's bytes; none for a file gone since it was listed (an editor's temporary file). */
    private static byte[] read(Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new byte[0];
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }
}
