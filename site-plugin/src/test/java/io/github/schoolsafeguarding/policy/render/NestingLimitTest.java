package io.github.schoolsafeguarding.policy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.commonmark.node.Node;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NestingLimitTest {

    static final Path FILE = Path.of("content/pages/deep.md");
    static final String INTRO = "A page.\n\nIts second paragraph.\n\n";
    final MarkdownRenderer renderer = MarkdownRenderer.marked();

    List<Problem> render(String markdown) {
        Problems problems = new Problems();
        renderer.render("deep.md", markdown, FILE, 10, problems);
        return problems.all();
    }

    static String repeat(String s, int times) {
        return s.repeat(times);
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 1_000, 10_000})
    void aPageNestedDeeperThanTheLimitIsAnErrorAtItsLineNotAStackOverflow(int depth) {
        List<String> pages = List.of(
                repeat("> ", depth) + "a quote",
                repeat(">", depth),
                repeat("- ", depth) + "a list",
                repeat("1. ", depth) + "a numbered list",
                IntStream.range(0, depth).mapToObj(i -> "  ".repeat(i) + "- item").collect(Collectors.joining("\n")),
                repeat("*a ", depth) + "x" + repeat(" b*", depth),
                repeat("**a ", depth) + "x" + repeat(" b**", depth),
                repeat("_a ", depth) + "x" + repeat(" b_", depth),
                repeat("[a ", depth) + "x" + repeat("](x.md)", depth),
                repeat("![a ", depth) + "x" + repeat("](x.md)", depth),
                "| a |\n|---|\n| " + repeat("*a ", depth) + "x" + repeat(" b*", depth) + " |");
        for (String deep : pages) {
            List<Problem> found = render(INTRO + deep + "\n");

            assertEquals(List.of("markdown.too-deep"), found.stream().map(Problem::id).toList(), deep.substring(0, 20));
            int line = found.get(0).location().line();
            assertTrue(line >= 14 && line <= 14 + NestingLimit.LEVELS + 1, deep.substring(0, 20) + " at " + line);
            // the checks of what a page says parse it too: they are told it is too deep, not given a crash
            assertTrue(renderer.parse(INTRO + deep).isEmpty());
        }
    }

    @Test
    void aDeepQuoteIsReportedOnTheLineThatGoesTooDeep() {
        String page = INTRO + "> one\n>\n> " + repeat("> ", 40) + "too deep\n";

        assertEquals(List.of(Location.of(FILE, 16)), render(page).stream().map(Problem::location).toList());
    }

    @Test
    void nestingUpToTheLimitIsRenderedAsWritten() {
        String quotes = repeat("> ", NestingLimit.LEVELS) + "a quote";
        String lists = repeat("- ", NestingLimit.LEVELS) + "a list";
        String emphasis = repeat("*a ", NestingLimit.LEVELS) + "x" + repeat(" b*", NestingLimit.LEVELS);
        String words = "**Bold**, *leaning*, snake_case_names, 2 * 3 * 4, [a [link]](x.md) and `***`.\n"
                + "Signed: " + "_".repeat(70) + ". Dated: " + "*".repeat(70) + "\n" + "a_b".repeat(100) + " " + "a*b".repeat(100);

        Problems problems = new Problems();
        String html = renderer.render("deep.md", String.join("\n\n", quotes, lists, emphasis, words), FILE, 10, problems).html();

        assertTrue(problems.isEmpty(), problems.all().toString());
        assertEquals(NestingLimit.LEVELS, html.split("<blockquote", -1).length - 1);
        assertTrue(html.contains("x" + repeat(" b</em>", NestingLimit.LEVELS)), "32 levels of emphasis");
        Node document = renderer.parse(quotes).orElseThrow();
        assertTrue(document.getFirstChild() != null);
    }
}
