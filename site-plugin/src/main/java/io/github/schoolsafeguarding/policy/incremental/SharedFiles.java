package io.github.schoolsafeguarding.policy.incremental;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

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
        MessageDigest digest = sha256();
        for (Path folder : List.of(content, theme)) {
            digest.update(folder.toString().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).filter(file -> folder != content || !isPage(content.relativize(file)))
                        .sorted().toList()) {
                    digest.update(folder.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                    digest.update(Files.readAllBytes(file));
                    digest.update((byte) 0);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + folder, e);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * A file in {@code pages/} or {@code areas/<id>/pages/}: the build reads only the Markdown there,
     * and each page's own text is part of its results' keys instead. So an editor's swap file
     * beside a page does not make every page again.
     */
    private static boolean isPage(Path relative) {
        return relative.getNameCount() > 1 && relative.getName(0).toString().equals("pages")
                || relative.getNameCount() > 3 && relative.getName(0).toString().equals("areas")
                        && relative.getName(2).toString().equals("pages");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }
}
