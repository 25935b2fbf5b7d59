package io.github.schoolsafeguarding.policy.check.html;

import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.check.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A page's findings as the build cache keeps them: each field in order, every text as its length
 * and its UTF-8 bytes, so that any message (quotes, line breaks, any language) comes back exactly,
 * without escaping. Not Java serialization: a {@link Path} cannot be serialized, a finding holds its
 * whole page, which the cache need not keep (the page is the key), and a file read back into objects
 * should not be able to name the classes it makes.
 */
final class StoredFindings {

    private StoredFindings() {}

    /** The findings of one page, which is not stored: it is what they are looked up by. */
    static byte[] write(List<Finding> findings) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(findings.size());
            for (Finding finding : findings) {
                text(out, finding.rule());
                text(out, finding.severity().name());
                text(out, finding.location().file().toString());
                out.writeInt(finding.location().line());
                out.writeInt(finding.location().column());
                text(out, finding.message());
                out.writeBoolean(finding.fix() != null);
                if (finding.fix() != null) {
                    text(out, finding.fix());
                }
                out.writeInt(finding.line());
                out.writeInt(finding.column());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to memory", e);
        }
        return bytes.toByteArray();
    }

    /**
     * The findings {@link #write} stored for {@code page}.
     *
     * @throws IOException when the bytes are not findings as this class writes them
     */
    static List<Finding> read(byte[] stored, HtmlPage page) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored));
        int count = in.readInt();
        if (count < 0 || count > stored.length) {
            throw new IOException("not a count of findings: " + count);
        }
        List<Finding> findings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String rule = text(in);
            Severity severity = severity(text(in));
            Location location = new Location(path(text(in)), in.readInt(), in.readInt());
            String message = text(in);
            String fix = in.readBoolean() ? text(in) : null;
            findings.add(new Finding(rule, severity, location, message, fix, page, in.readInt(), in.readInt()));
        }
        if (in.read() != -1) {
            throw new IOException("more bytes than findings");
        }
        return findings;
    }

    private static void text(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String text(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("not the length of a text: " + length);
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
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
