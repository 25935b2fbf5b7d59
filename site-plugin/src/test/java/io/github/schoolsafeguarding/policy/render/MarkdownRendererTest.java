package io.github.schoolsafeguarding.policy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.check.Problems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    static final Path FILE = Path.of("content/pages/incidents/call.md");
    final MarkdownRenderer renderer = new MarkdownRenderer();
    final Problems problems = new Problems();

    RenderedMarkdown render(String markdown) {
        return renderer.render("incidents/call.md", markdown, FILE, 10, problems);
    }

    @Test
    void rewritesLinksToPagesAsRelativeHtmlLinksAndKeepsThemForChecking() {
        RenderedMarkdown page = render("See [home](../index.md), [sources](/sources.md#top) and [here](#advice).");

        assertTrue(page.html().contains("<a href=\"../index.html\">home</a>"), page.html());
        assertTrue(page.html().contains("<a href=\"../sources.html#top\">sources</a>"), page.html());
        assertTrue(page.html().contains("<a href=\"#advice\">here</a>"), page.html());
        assertEquals(List.of(
                new PageLink("index.md", "", new Location(FILE, 10, 5)),
                new PageLink("sources.md", "top", new Location(FILE, 10, 26)),
                new PageLink("incidents/call.md", "advice", new Location(FILE, 10, 57))), page.links());
    }

    @Test
    void leavesOtherSchemesAlone() {
        RenderedMarkdown page = render("[call](tel:+441234567890), [mail](mailto:a@b.org), https://example.org");

        assertTrue(page.links().isEmpty());
        assertTrue(page.html().contains("href=\"tel:+441234567890\""));
        assertTrue(page.html().contains("<a href=\"https://example.org\">https://example.org</a>"), page.html());
        assertTrue(problems.isEmpty());
    }

    @Test
    void refusesLinksToFilesThatAreNotPages() {
        render("Intro\n\n[the form](form.pdf)");

        assertEquals("link.not-a-page", problems.all().get(0).id());
        assertEquals(new Location(FILE, 12, 1), problems.all().get(0).location());
    }

    @Test
    void refusesLinksThatClimbOutOfTheSite() {
        render("[up](../../secret.md)");

        assertEquals("link.outside-site", problems.all().get(0).id());
    }

    @Test
    void refusesRawHtmlWithItsLine() {
        RenderedMarkdown page = render("Text\n\n<script>alert(1)</script>\n\nand <b>bold</b>");

        assertEquals(List.of(12, 14, 14), problems.all().stream().map(p -> p.location().line()).toList());
        assertTrue(problems.all().stream().allMatch(p -> p.id().equals("markdown.raw-html")));
        assertTrue(!page.html().contains("<script>"), page.html());
    }

    @Test
    void givesHeadingsIdsAndRendersTablesAndFootnotes() {
        RenderedMarkdown page = render("## Signs of an emergency\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nA note[^1].\n\n[^1]: The note.\n");

        assertTrue(page.html().contains("<h2 id=\"signs-of-an-emergency\">"), page.html());
        assertTrue(page.html().contains("<table>"), page.html());
        assertTrue(page.html().contains("The note."), page.html());
    }

    @Test
    void givesEachCellOfATablesBodyItsColumnsHeadingForAPhonesStackedLayout() {
        String html = render("| Who | What **you** do | `code` |\n|---|---|---|\n| Staff | Call 999 | x |\n| DSL | Refer |\n").html();

        assertTrue(html.contains("<th>Who</th>"), html);
        assertTrue(html.contains("<td data-label=\"Who\">Staff</td>\n<td data-label=\"What you do\">Call 999</td>\n"
                + "<td data-label=\"code\">x</td>"), html);
        assertTrue(html.contains("<td data-label=\"What you do\">Refer</td>"), html);
    }

    @Test
    void turnsSchoolFieldMarkersIntoNamedBlanksWhereverTheyAppear() {
        Map<String, Object> scope = Map.of("school", SchoolField.placeholderScope());
        String filled = Placeholders.fill("**{{school.name}}** adopted it on {{school.date_adopted}}.", FILE, 10,
                "north", scope, id -> false, problems);

        String html = render(filled).html();

        assertEquals("<p><strong><span class=\"school-field\" data-school-field=\"name\">[name of school]</span></strong>"
                + " adopted it on <span class=\"school-field\" data-school-field=\"date_adopted\">[date adopted]</span>"
                + ".</p>\n", html);
        assertTrue(problems.isEmpty());
    }

    @Test
    void leavesAMarkerThatNamesNoSchoolFieldAsText() {
        String html = render("a \uE000nothing\uE001 b").html();

        assertEquals("<p>a \uE000nothing\uE001 b</p>\n", html);
    }
}
