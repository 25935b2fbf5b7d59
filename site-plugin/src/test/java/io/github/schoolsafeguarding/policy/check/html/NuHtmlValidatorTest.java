package io.github.schoolsafeguarding.policy.check.html;

import static io.github.schoolsafeguarding.policy.check.html.HtmlCheckRun.page;
import static io.github.schoolsafeguarding.policy.check.html.HtmlCheckRun.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Also shows that the checker runs with only the libraries the plugin keeps of its dependencies. */
class NuHtmlValidatorTest {

    @Test
    void aValidPageHasNoProblems() {
        assertEquals(List.of(), problems(NuHtmlValidator.ID, page("north/a.html", "<h1>Title</h1>\n"
                + "<table><tr><td>1</td></tr></table><a href=\"https://example.org/a\">The example</a>"
                + "<svg aria-hidden=\"true\" viewBox=\"0 0 1 1\"><path d=\"M0 0h1v1z\"></path></svg>")));
    }

    @Test
    void anErrorInATemplateIsReportedOnceAtItsLineNamingThePublishedPlaces() {
        String body = "<h1>Title</h1>\n<div data-policy-source=\"theme/templates/page.mustache:4:0\"><p>Text</div></p>";

        assertEquals(List.of("theme/templates/page.mustache:4: invalid HTML: No “p” element in scope but a “p”"
                        + " end tag seen. (on 2 pages, e.g. north/a.html line 6, column 22) — change the markup written"
                        + " here so that the page is valid HTML"),
                problems(NuHtmlValidator.ID, page("north/a.html", body), page("south/a.html", body)));
    }

    @Test
    void anErrorInAnElementOfTheMarkdownIsReportedAtItsLine() {
        assertEquals(List.of("content/pages/a.md:9:1: invalid HTML: Duplicate ID “part”. — change the markup"
                        + " written here so that the page is valid HTML"),
                problems(NuHtmlValidator.ID, page("north/a.html", "<h1 id=\"part\">Title</h1>\n"
                        + "<h2 data-policy-source=\"content/pages/a.md:9:1\" id=\"part\">Part</h2>")));
    }

    @Test
    void anErrorBeforeAnyMarkedElementIsReportedAgainstThePageSourceWithItsPublishedPlace() {
        assertEquals(List.of("content/pages/a.md: invalid HTML: Duplicate ID “part”. (on north/a.html line 6,"
                        + " column 14) — change the markup written here so that the page is valid HTML"),
                problems(NuHtmlValidator.ID, page("north/a.html", "<h1 id=\"part\">Title</h1>\n<h2 id=\"part\">Part</h2>")));
    }

    @Test
    void whatOurOwnRulesReportIsNotReportedTwice() {
        assertEquals(List.of(
                        "content/pages/a.md: heading 'Detail' is an h3 straight after an h1, skipping h2 (on north/a.html line 6)"
                                + " — make it an h2 (## in Markdown), or add the missing level above it",
                        "content/pages/a.md: image 'map.png' has no alt text (on north/a.html line 6) — say what the"
                                + " image shows in alt=\"...\"; if it only decorates, write alt=\"\" and aria-hidden=\"true\""),
                problems(page("north/a.html", "<h1>Title</h1>\n<h3>Detail</h3><p><img src=\"map.png\"></p>")));
    }
}
