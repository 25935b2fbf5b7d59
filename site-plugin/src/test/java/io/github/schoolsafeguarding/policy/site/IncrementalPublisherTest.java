package io.github.schoolsafeguarding.policy.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.ContentFixture;
import io.github.schoolsafeguarding.policy.check.ContentException;
import io.github.schoolsafeguarding.policy.check.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code serve} publishes after a change is what a full build of the same files publishes,
 * byte for byte, with the same problems, for each kind of change a maintainer makes; and a change
 * of one page's text renders that page alone. On a copy of the real content and theme, for its
 * first area (the others publish mostly the same pages), one change after another on the same
 * {@link IncrementalPublisher}, as in {@code serve}.
 */
class IncrementalPublisherTest {

    /** A fixed day, so the answer does not change as the clock moves on; warnings are compared, not refused. */
    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);

    @TempDir
    static Path folder;

    private static Path content;
    private static Path theme;
    private static Path output;
    private static String area;
    /** One for all the tests, as {@code serve} has one for all the changes. */
    private static IncrementalPublisher incremental;

    @BeforeAll
    static void copyTheRealContentAndPublishItOnce() throws Exception {
        content = folder.resolve("content");
        theme = folder.resolve("theme");
        output = folder.resolve("serve");
        ContentFixture.copyTree(Path.of("../content"), content);
        ContentFixture.copyTree(Path.of("../theme"), theme);
        try (Stream<Path> areas = Files.list(content.resolve("areas"))) {
            area = areas.filter(Files::isDirectory).map(each -> each.getFileName().toString()).sorted()
                    .findFirst().orElseThrow();
        }
        incremental = publisher().incremental(output);
        incremental.publish();
    }

    @Test
    void aRebuildAfterEachKindOfChangePublishesWhatAFullBuildDoes() throws Exception {
        assertSameAsAFullBuild("no change");
        int unkept = incremental.pagesRendered();

        Path page = firstLeafPage(content.resolve("pages"));
        edit(page, text -> text + "\nA paragraph added while previewing.\n");
        assertSameAsAFullBuild("a page's text");
        assertEquals(unkept + 1, incremental.pagesRendered(),
                "a change to one page's text renders that page, and only the pages that are never kept ("
                        + unkept + ", those with fenced blocks)");

        edit(page, text -> replaceFirst(text, "(?m)^title: (.*)$", "title: $1, retitled"));
        assertSameAsAFullBuild("a page's title, shown in its section's navigation");

        Path added = page.resolveSibling("added-while-previewing.md");
        Files.writeString(added, replaceFirst(Files.readString(page), "(?m)^title: (.*)$", "title: A page added"));
        assertSameAsAFullBuild("a new page");

        Files.delete(added);
        assertSameAsAFullBuild("a deleted page");

        edit(theme.resolve("templates/footer.mustache"), text -> text + "<!-- edited while previewing -->\n");
        assertSameAsAFullBuild("a template");

        edit(firstFile(theme.resolve("assets"), ".scss"), text -> text + "\n.edited-while-previewing { color: #0b0c0c; }\n");
        assertSameAsAFullBuild("a stylesheet");

        edit(firstFile(theme.resolve("assets"), ".js"), text -> text + "\n// edited while previewing\n");
        assertSameAsAFullBuild("a script");

        edit(content.resolve("contacts.yaml"), text -> replaceFirst(text, "(?m)^(\\s+organisation: )(.*)$", "$1$2 Trust"));
        assertSameAsAFullBuild("a national contact");

        edit(content.resolve("areas").resolve(area).resolve("area.yaml"),
                text -> replaceFirst(text, "(?m)^summary: (.*)$", "summary: $1 Edited while previewing."));
        assertSameAsAFullBuild("an area.yaml");

        edit(firstFile(content.resolve("decisions"), ".yaml"),
                text -> replaceFirst(text, "(?m)^question: (.*)\\?$", "question: $1, asked again?"));
        assertSameAsAFullBuild("a decision table");

        edit(content.resolve("site.yaml"), text -> replaceFirst(text, "(?m)^title: (.*)$", "title: $1, edited"));
        assertSameAsAFullBuild("site.yaml");
    }

    @Test
    void aFailedRebuildLeavesTheLastGoodSiteAndTheNextGoodChangeRecovers() throws Exception {
        Map<String, byte[]> before = files(output);
        Path page = firstLeafPage(content.resolve("pages"));
        String good = Files.readString(page);
        Files.writeString(page, replaceFirst(good, "(?m)^title: .*$", "title:"));
        assertThrows(ContentException.class, incremental::publish);
        assertSameFiles(before, files(output), "after a failed build");

        Files.writeString(page, good + "\nA paragraph added after the fix.\n");
        assertSameAsAFullBuild("the fix after a failed build");
    }

    private static SitePublisher publisher() {
        return SitePublisher.builder().content(content).theme(theme).areas(List.of(area))
                .fixedDay(DAY, "the test's fixed day").build();
    }

    private void assertSameAsAFullBuild(String change) throws Exception {
        List<Problem> served = incremental.publish().warnings();
        Path fresh = folder.resolve("full");
        SiteOutput.deleteTree(fresh);
        List<Problem> full = publisher().publish(fresh).warnings();
        assertEquals(full, served, "the problems after " + change);
        assertSameFiles(files(fresh), files(output), "after " + change);
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual, String when) {
        assertEquals(expected.keySet(), actual.keySet(), "the files published " + when);
        List<String> differing = new ArrayList<>();
        expected.forEach((name, bytes) -> {
            if (!Arrays.equals(bytes, actual.get(name))) {
                differing.add(name);
            }
        });
        assertTrue(differing.isEmpty(), "files with other bytes " + when + ": " + differing);
    }

    /** Every file and folder below {@code root}, by path; a folder with no bytes. */
    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(path -> !path.equals(root)).toList()) {
                String name = root.relativize(path).toString().replace('\\', '/');
                files.put(Files.isDirectory(path) ? name + "/" : name,
                        Files.isDirectory(path) ? new byte[0] : Files.readAllBytes(path));
            }
        }
        return files;
    }

    /** The first page, in path order, that is not a section's index. */
    private static Path firstLeafPage(Path pages) throws IOException {
        try (Stream<Path> files = Files.walk(pages)) {
            return files.filter(file -> !file.getParent().equals(pages) && file.toString().endsWith(".md")
                    && !file.getFileName().toString().equals("index.md")).sorted().findFirst().orElseThrow();
        }
    }

    private static Path firstFile(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix)
                    && !file.getFileName().toString().startsWith("_")).sorted().findFirst().orElseThrow();
        }
    }

    private static void edit(Path file, UnaryOperator<String> change) throws IOException {
        String before = Files.readString(file, StandardCharsets.UTF_8);
        String after = change.apply(before);
        assertTrue(!after.equals(before), "the test's edit changed nothing in " + file);
        Files.writeString(file, after, StandardCharsets.UTF_8);
    }

    private static String replaceFirst(String text, String regex, String replacement) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertTrue(matcher.find(), "nothing matches " + regex);
        return matcher.replaceFirst(replacement);
    }
}
