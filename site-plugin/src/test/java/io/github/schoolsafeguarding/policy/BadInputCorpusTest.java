package io.github.schoolsafeguarding.policy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.schoolsafeguarding.policy.check.ContentException;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.site.SitePublisher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The bad-input corpus: each folder under {@code bad-input/} is one kind of bad input, laid over a
 * valid {@link ContentFixture}, with a file {@code expected} saying what the build must do.
 *
 * <pre>
 * files/...   copied over the fixture (paths start content/ or theme/)
 * make        optional: what cannot be a plain file in git, one per line:
 *               link &lt;path&gt; &lt;target&gt;       a symbolic link
 *               fifo &lt;path&gt;                a named pipe
 *               unreadable &lt;path&gt;          no permission to read it
 *               bom &lt;path&gt;                 a UTF-8 byte-order mark put before its text
 *               crlf &lt;path&gt;, cr &lt;path&gt;     its lines ended Windows' or old Macs' way
 *               bytes &lt;path&gt; &lt;text&gt; &lt;hex&gt;  the first &lt;text&gt; replaced by those bytes
 *               grow &lt;path&gt; &lt;bytes&gt;        paragraphs added until it is that long
 *               many &lt;folder&gt; &lt;count&gt;      that many small files made in it
 *               nest &lt;path&gt; &lt;times&gt; &lt;marks&gt;  a line added that opens &lt;marks&gt; (such as "-" or "&gt; -"),
 *                                         each followed by a space, that many times
 *               headings &lt;path&gt; &lt;count&gt;   that many headings added, each with a sentence: every fifth
 *                                         "## Part N", the others "### Step N"
 * expected    "fails", then each problem as "&lt;rule id&gt; &lt;file&gt;[:&lt;line&gt;]", all of them, and any
 *             "says &lt;text&gt;" that a problem's message or fix holds: the build stops and the site published
 *             before is left byte for byte;
 *             or "builds", then any of "same-as-fixture" (the output is the plain fixture's, byte for
 *             byte), "absent &lt;text&gt;" (in no HTML or XML output file) and "present &lt;output file&gt; &lt;text&gt;".
 * </pre>
 */
class BadInputCorpusTest {

    private static final Path CORPUS = corpus();
    private static final String SAYS = "says ";
    /** The plain fixture's site, published once: the previous site of every failing case. */
    private static Map<String, byte[]> fixtureSite;

    @TestFactory
    Stream<DynamicTest> everyCase() throws IOException {
        try (Stream<Path> cases = Files.list(CORPUS)) {
            return cases.filter(Files::isDirectory).sorted()
                    .map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> runAnyhow(folder)))
                    .toList().stream();
        }
    }

    /**
     * Runs a case; one with a file nobody may read, where this process reads every file (as root
     * does, and CI runs as root), runs in a JVM of its own that may not: {@code setpriv} takes away
     * its power to read past permissions.
     */
    private static void runAnyhow(Path caseFolder) throws Exception {
        try {
            run(caseFolder);
        } catch (ReadsEveryFile e) {
            Path setpriv = Path.of("/usr/bin/setpriv");
            assumeTrue(Files.isExecutable(setpriv), "this user reads every file, and there is no setpriv to run "
                    + caseFolder.getFileName() + " as one who does not");
            Process child = new ProcessBuilder(setpriv.toString(), "--bounding-set=-dac_override,-dac_read_search",
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), BadInputCorpusTest.class.getName(), caseFolder.toString())
                    .redirectErrorStream(true).start();
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = child.waitFor();
            assumeFalse(exit == READS_EVERY_FILE, "setpriv did not take away the power to read every file");
            assertEquals(0, exit, () -> caseFolder.getFileName() + " in a JVM that may not read every file:\n" + output);
        }
    }

    /** Raised where a file made unreadable can be read still. */
    private static final class ReadsEveryFile extends RuntimeException {
        ReadsEveryFile() {
            super(null, null, false, false);
        }
    }

    private static final int READS_EVERY_FILE = 3;

    /** Runs the case in the folder given, for {@link #runAnyhow}: exits 0 when it passes. */
    public static void main(String[] args) {
        try {
            run(Path.of(args[0]));
            System.exit(0);
        } catch (ReadsEveryFile e) {
            System.exit(READS_EVERY_FILE);
        } catch (Throwable e) {
            e.printStackTrace(System.out);
            System.exit(1);
        }
    }

    private static void run(Path caseFolder) throws IOException {
        List<String> expected = Files.readAllLines(caseFolder.resolve("expected"), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        Path root = Files.createTempDirectory("bad-input-");
        try {
            ContentFixture fixture = new ContentFixture(root);
            Path files = caseFolder.resolve("files");
            if (Files.isDirectory(files)) {
                overlay(files, root);
            }
            Path make = caseFolder.resolve("make");
            if (Files.exists(make)) {
                for (String line : Files.readAllLines(make, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        make(root, line.strip().split(" ", 3));
                    }
                }
            }
            Path output = root.resolve("out/site");
            if (expected.get(0).equals("fails")) {
                expectFailure(fixture, output, expected.subList(1, expected.size()));
            } else if (expected.get(0).equals("builds")) {
                expectSafeSite(fixture, output, expected.subList(1, expected.size()));
            } else {
                fail(caseFolder + "/expected starts with neither 'fails' nor 'builds'");
            }
        } finally {
            deleteTree(root);
        }
    }

    private static void expectFailure(ContentFixture fixture, Path output, List<String> problems) throws IOException {
        write(output, fixtureSite());
        ContentException failure = assertThrows(ContentException.class, () -> publisher(fixture).publish(output));
        List<String> found = failure.problems().stream().map(problem -> described(fixture.root, problem)).sorted()
                .distinct().toList();
        assertEquals(problems.stream().filter(line -> !line.startsWith(SAYS)).sorted().toList(), found,
                () -> "all the problems: " + failure.problems().stream().map(p -> p.report(fixture.root)).toList());
        problems.stream().filter(line -> line.startsWith(SAYS)).map(line -> line.substring(SAYS.length()))
                .forEach(text -> assertTrue(failure.problems().stream().anyMatch(p -> (p.message() + " — " + p.fix()).contains(text)),
                        () -> "a problem says '" + text + "': " + failure.problems()));
        failure.problems().forEach(problem -> assertFalse(problem.message().isBlank() || problem.fix().isBlank(),
                "every problem says what is wrong and what to do: " + problem));
        assertSameSite(fixtureSite(), read(output));
        try (Stream<Path> beside = Files.list(output.getParent())) {
            assertEquals(List.of(output), beside.toList(), "no temporary folder is left beside the site");
        }
    }

    private static void expectSafeSite(ContentFixture fixture, Path output, List<String> expectations)
            throws IOException {
        try {
            publisher(fixture).publish(output);
        } catch (ContentException e) {
            fail("the build should succeed: " + e.problems().stream().map(p -> p.report(fixture.root)).toList());
        }
        Map<String, byte[]> site = read(output);
        for (String expectation : expectations) {
            String[] words = expectation.split(" ", 2);
            switch (words[0]) {
                case "same-as-fixture" -> assertSameSite(fixtureSite(), site);
                case "absent" -> site.forEach((name, bytes) -> assertFalse(
                        isMarkup(name) && text(bytes).contains(words[1]), name + " holds '" + words[1] + "' unescaped"));
                case "present" -> {
                    String[] fileAndText = words[1].split(" ", 2);
                    assertTrue(site.containsKey(fileAndText[0]), "the site has " + fileAndText[0]);
                    String text = text(site.get(fileAndText[0]));
                    assertTrue(text.contains(fileAndText[1]), fileAndText[0] + " holds '" + fileAndText[1] + "': "
                            + text);
                }
                default -> fail("unknown expectation: " + expectation);
            }
        }
    }

    /**
     * A file a browser reads as markup, where a payload would run. The search index is a script
     * holding JSON strings, which the search shows as text only (never innerHTML): there the
     * payload is checked with "present", as the string it is.
     */
    private static boolean isMarkup(String name) {
        return name.endsWith(".html") || name.endsWith(".xml");
    }

    /** {@code rule file:line}, the file relative to the fixture's root, with no line when the problem has none. */
    private static String described(Path root, Problem problem) {
        Path file = problem.location().file();
        String path = file.startsWith(root) ? root.relativize(file).toString().replace('\\', '/') : file.toString();
        return problem.id() + " " + path + (problem.location().line() > 0 ? ":" + problem.location().line() : "");
    }

    private static void make(Path root, String[] words) throws IOException {
        Path file = root.resolve(words[1]);
        Files.createDirectories(file.getParent());
        switch (words[0]) {
            case "link" -> {
                Files.deleteIfExists(file);
                Files.createSymbolicLink(file, Path.of(words[2]));
            }
            case "fifo" -> runProcess("mkfifo", file.toString());
            case "unreadable" -> {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
                if (Files.isReadable(file)) {
                    throw new ReadsEveryFile();
                }
            }
            case "bom" -> Files.write(file, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                    Files.readAllBytes(file)));
            case "crlf" -> Files.writeString(file, Files.readString(file).replace("\n", "\r\n"));
            case "cr" -> Files.writeString(file, Files.readString(file).replace("\n", "\r"));
            case "bytes" -> {
                String[] textAndHex = words[2].split(" ");
                String text = Files.readString(file);
                int at = text.indexOf(textAndHex[0]);
                assertTrue(at >= 0, words[1] + " holds " + textAndHex[0]);
                Files.write(file, concat(concat(text.substring(0, at).getBytes(StandardCharsets.UTF_8),
                        HexFormat.of().parseHex(textAndHex[1])),
                        text.substring(at + textAndHex[0].length()).getBytes(StandardCharsets.UTF_8)));
            }
            case "grow" -> {
                long size = Long.parseLong(words[2]);
                byte[] paragraph = "Call the designated safeguarding lead and write down what you saw.\n\n"
                        .getBytes(StandardCharsets.UTF_8);
                try (var out = Files.newOutputStream(file, java.nio.file.StandardOpenOption.APPEND)) {
                    for (long written = Files.size(file); written < size; written += paragraph.length) {
                        out.write(paragraph);
                    }
                }
            }
            case "many" -> {
                Files.createDirectories(file);
                for (int number = 0; number < Integer.parseInt(words[2]); number++) {
                    Files.writeString(file.resolve(number + ".txt"), "x");
                }
            }
            case "nest" -> {
                String[] timesAndMarks = words[2].split(" ", 2);
                Files.writeString(file, (timesAndMarks[1] + " ").repeat(Integer.parseInt(timesAndMarks[0])) + "deep\n",
                        java.nio.file.StandardOpenOption.APPEND);
            }
            case "headings" -> {
                StringBuilder headings = new StringBuilder();
                for (int number = 1; number <= Integer.parseInt(words[2]); number++) {
                    headings.append(number % 5 == 1 ? "\n## Part " : "\n### Step ").append(number)
                            .append("\n\nThis is step ").append(number).append(".\n");
                }
                Files.writeString(file, headings, java.nio.file.StandardOpenOption.APPEND);
            }
            default -> fail("unknown line in make: " + String.join(" ", words));
        }
    }

    private static SitePublisher publisher(ContentFixture fixture) {
        return SitePublisher.builder().today(ContentFixture.TODAY).content(fixture.content).theme(fixture.theme)
                .build();
    }

    private static synchronized Map<String, byte[]> fixtureSite() throws IOException {
        if (fixtureSite == null) {
            Path root = Files.createTempDirectory("bad-input-fixture-");
            try {
                ContentFixture fixture = new ContentFixture(root);
                publisher(fixture).publish(root.resolve("site"));
                fixtureSite = read(root.resolve("site"));
            } catch (ContentException e) {
                throw new AssertionError("the plain fixture builds: " + e.problems(), e);
            } finally {
                deleteTree(root);
            }
        }
        return fixtureSite;
    }

    private static void assertSameSite(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), name));
    }

    private static Map<String, byte[]> read(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
            }
        }
        return files;
    }

    private static void write(Path folder, Map<String, byte[]> files) throws IOException {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
        }
    }

    private static void overlay(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                Files.createDirectories(target.getParent());
                Files.copy(path, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void runProcess(String... command) throws IOException {
        try {
            assertEquals(0, new ProcessBuilder(command).inheritIO().start().waitFor(), String.join(" ", command));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static Path corpus() {
        try {
            return Path.of(BadInputCorpusTest.class.getResource("/bad-input").toURI());
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
