package io.github.schoolsafeguarding.policy.input;

import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one way the build reads the content and the theme: only plain files inside their folders. A
 * symbolic link is refused, so that no file from elsewhere on the build machine (a theme asset
 * linked to /etc/passwd) can be published, and a named pipe or device is refused before it is
 * opened, so that nothing can hang the build. Text is UTF-8; a byte-order mark is dropped and
 * Windows (CRLF) and old Mac (CR) line endings read as LF, so that line numbers and output are the
 * same whichever editor saved the file.
 */
public final class InputFiles {

    /**
     * The largest file read: 5 MB, some 800,000 words, ninety times the longest real page (57 KB). The
     * limit bounds the time and memory one file can cost, so that a generated or pasted file fails
     * at once with its name rather than slowing every build.
     */
    public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    /** The most files one folder (the content or the theme) may hold: 20,000, over 100 times the real content's. */
    public static final int MAX_FILES = 20_000;

    private InputFiles() {}

    /**
     * The plain files and folders below {@code folder}, in order, without {@code folder} itself. Every
     * other entry is reported and left out.
     */
    public static List<Path> walk(Path folder, Problems problems) {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path each, BasicFileAttributes attributes) {
                    if (!each.equals(folder)) {
                        found.add(each);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    Optional<Problem> refused = refusal(file, attributes);
                    refused.ifPresent(problems::add);
                    if (refused.isEmpty()) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(unreadable(file));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        found.sort(null);
        return found;
    }

    /**
     * Reports, before anything is read, what {@link #walk} would find wrong anywhere below
     * {@code folder} (the content or the theme), so that even a link to a folder no reader opens is
     * named; and more than {@link #MAX_FILES} files.
     */
    public static void check(Path folder, Problems problems) {
        long files = walk(folder, problems).stream().filter(Files::isRegularFile).count();
        if (files > MAX_FILES) {
            problems.add(Problem.error("file.too-many", Location.of(folder), "this folder holds " + files
                    + " files, more than the " + MAX_FILES + " a build reads",
                    "remove the files that are not content or theme (a copied folder, generated files)"));
        }
    }

    /** The text of a plain file, as above; empty, with the problem reported, when it cannot be read. */
    public static Optional<String> readText(Path file, Problems problems) {
        Optional<Problem> refused = refusal(file);
        if (refused.isPresent()) {
            problems.add(refused.get());
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(unreadable(file));
            return Optional.empty();
        }
        return decode(file, bytes, problems);
    }

    /** The text of {@code bytes}, read from {@code file}: strict UTF-8, its byte-order mark dropped, its lines ended by LF. */
    private static Optional<String> decode(Path file, byte[] bytes, Problems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            problems.add(Problem.error("file.not-utf8", Location.of(file, line), String.format(
                    "the file is not UTF-8: byte %d (0x%02X) cannot be read", offset, bytes[offset] & 0xff),
                    "save the file as UTF-8 (in Notepad: Save as, Encoding UTF-8), then check the character on this"
                            + " line, often a £ sign or a curly quote"));
            return Optional.empty();
        }
        decoder.flush(out);
        String text = out.flip().toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return Optional.of(text.replace("\r\n", "\n").replace('\r', '\n'));
    }

    /** Why {@code file} may not be read, if it may not: what {@link #walk} would say of it. */
    private static Optional<Problem> refusal(Path file) {
        try {
            return refusal(file, Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            return Optional.of(unreadable(file));
        }
    }

    private static Optional<Problem> refusal(Path file, BasicFileAttributes attributes) {
        Location at = Location.of(file);
        if (attributes.isSymbolicLink()) {
            return Optional.of(Problem.error("file.symlink", at, "this is a symbolic link to " + target(file)
                    + "; the build reads only plain files, so that nothing from outside the content or the theme is"
                    + " published", "put the file itself here (copy it), or remove the link"));
        }
        if (attributes.isDirectory()) {
            return Optional.of(Problem.error("file.not-regular", at, "this is a folder, but its name is a file's",
                    "rename the folder, or move what is inside it"));
        }
        if (!attributes.isRegularFile()) {
            return Optional.of(Problem.error("file.not-regular", at,
                    "this is not a plain file (a named pipe, a socket or a device), and is not read",
                    "remove it from the content or theme folder"));
        }
        if (!Files.isReadable(file)) {
            return Optional.of(unreadable(file));
        }
        if (attributes.size() > MAX_FILE_BYTES) {
            return Optional.of(Problem.error("file.too-large", at, "the file is " + attributes.size()
                    + " bytes, more than the " + MAX_FILE_BYTES + " a build reads",
                    "split it into several pages, or remove what was pasted or generated into it by mistake"));
        }
        return Optional.empty();
    }

    private static Problem unreadable(Path file) {
        return Problem.error("file.unreadable", Location.of(file), "the build may not read this file",
                "give the user running the build permission to read it (chmod a+r), or remove it");
    }

    private static String target(Path link) {
        try {
            Path target = Files.readSymbolicLink(link);
            return target + (Files.exists(link) ? "" : ", which does not exist");
        } catch (IOException e) {
            return "a place that cannot be read";
        }
    }
}
