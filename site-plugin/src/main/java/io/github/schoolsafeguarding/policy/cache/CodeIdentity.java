package io.github.schoolsafeguarding.policy.cache;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * What code made a cached result, and the Java version it ran on. The plugin's own code counts by
 * its bytes: a plugin built again from changed code, even a SNAPSHOT of the same version, has other
 * bytes, so it never reads what an older plugin stored. Its jar holds its pom.xml, which pins the
 * versions of the libraries too; a library counts by its file's path, size and time of last change
 * (a Maven repository keeps each version in a file of its own), which is quick where reading the
 * checker's 9 MB jar at the start of every build would not be.
 */
public final class CodeIdentity {

    /** Each jar or folder is read once per JVM: a preview server rebuilds many times with the same code. */
    private static final Map<Path, String> HASHES = new ConcurrentHashMap<>();

    /** For code whose bytes cannot be read: good for this JVM only, so never wrong in another. */
    private static final String THIS_JVM_ONLY = "unreadable code " + UUID.randomUUID();

    private CodeIdentity() {}

    /**
     * The identity of the plugin's code (the jar or folder holding {@code own}) and of the libraries
     * holding {@code libraries}, as 64 hex digits.
     */
    public static String of(Class<?> own, Class<?>... libraries) {
        CacheKey key = new CacheKey().add(Runtime.version().toString())
                .add(location(own).map(where -> HASHES.computeIfAbsent(where, CodeIdentity::hash))
                        .orElse(THIS_JVM_ONLY));
        for (Class<?> library : libraries) {
            key.add(location(library).map(CodeIdentity::fileStamp).orElse(THIS_JVM_ONLY));
        }
        return key.hex();
    }

    private static Optional<Path> location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null || !"file".equals(source.getLocation().getProtocol())) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(source.getLocation().toURI()).toAbsolutePath().normalize());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A library jar's path, size and time of last change; a folder (in the IDE, or in tests) by its files' bytes. */
    private static String fileStamp(Path where) {
        if (Files.isDirectory(where)) {
            return HASHES.computeIfAbsent(where, CodeIdentity::hash);
        }
        try {
            return where + " " + Files.size(where) + " " + Files.getLastModifiedTime(where).toMillis();
        } catch (IOException e) {
            return THIS_JVM_ONLY;
        }
    }

    /** A jar's bytes; a folder's files (in the IDE, or in tests), each by its path and bytes. */
    private static String hash(Path where) {
        MessageDigest digest = CacheKey.sha256();
        try {
            if (Files.isDirectory(where)) {
                try (Stream<Path> files = Files.walk(where)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        byte[] name = where.relativize(file).toString().getBytes(StandardCharsets.UTF_8);
                        digest.update(ByteBuffer.allocate(2 * Long.BYTES).putLong(name.length).putLong(Files.size(file))
                                .array());
                        digest.update(name);
                        update(digest, file);
                    }
                }
            } else {
                update(digest, where);
            }
        } catch (IOException e) {
            return THIS_JVM_ONLY;
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, Path file) throws IOException {
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
    }
}
