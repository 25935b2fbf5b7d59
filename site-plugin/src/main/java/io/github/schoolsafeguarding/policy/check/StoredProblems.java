package io.github.schoolsafeguarding.policy.check;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Problems as the build cache keeps them: each field in order, every text as its length and its
 * UTF-8 bytes, so that any message (quotes, line breaks, any language) comes back exactly, without
 * escaping. Not Java serialization: a {@link Path} cannot be serialized, and a file read back into
 * objects should not be able to name the classes it makes. Reading throws {@link IOException} for
 * anything this class did not write, which the cache takes as a miss.
 */
public final class StoredProblems {

    private StoredProblems() {}

    public static void write(DataOutputStream out, Problem problem) throws IOException {
        text(out, problem.id());
        text(out, problem.severity().name());
        text(out, problem.location().file().toString());
        out.writeInt(problem.location().line());
        out.writeInt(problem.location().column());
        text(out, problem.message());
        out.writeBoolean(problem.fix() != null);
        if (problem.fix() != null) {
            text(out, problem.fix());
        }
    }

    public static Problem read(DataInputStream in) throws IOException {
        String id = text(in);
        Severity severity = severity(text(in));
        Location location = new Location(path(text(in)), in.readInt(), in.readInt());
        String message = text(in);
        String fix = in.readBoolean() ? text(in) : null;
        return new Problem(id, severity, location, message, fix);
    }

    public static void text(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    public static String text(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("not the length of a text: " + length);
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    /** A count written before what it counts, which cannot be more than the bytes left. */
    public static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > in.available()) {
            throw new IOException("not a count: " + count);
        }
        return count;
    }

    private static Path path(String name) throws IOException {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new IOException("not a path: " + name, e);
        }
    }

    private static Severity severity(String name) throws IOException {
        try {
            return Severity.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IOException("not a severity: " + name, e);
        }
    }
}
