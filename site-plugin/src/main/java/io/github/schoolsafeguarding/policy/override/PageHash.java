package io.github.schoolsafeguarding.policy.override;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The version of a shared page an area's copy records: the SHA-256 of the page's text with its line
 * endings as Unix writes them. Not of the raw bytes: Git on Windows may check a file out with CRLF
 * line endings, and a copy must not go stale on one maintainer's machine and not another's. On a
 * checkout with Unix line endings it is what {@code sha256sum content/pages/<path>} prints.
 */
public final class PageHash {

    private PageHash() {}

    public static String of(Path file) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(text(file).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A page's text as the build reads it and as it is hashed: with Unix line endings. */
    static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
