package io.github.schoolsafeguarding.policy.check.html;

import static io.github.schoolsafeguarding.policy.check.html.HtmlCheckRun.page;
import static io.github.schoolsafeguarding.policy.check.html.HtmlCheckRun.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadingOrderTest {

    @Test
    void headingsGoingDownOneLevelAtATimeUnderOneH1Pass() {
        assertEquals(List.of(), problems(page("north/a.html",
                "<h1>Title</h1>\n<h2>Part</h2>\n<h3>Detail</h3>\n<h2>Next part</h2>")));
    }

    @Test
    void aSkippedLevelIsReportedAtTheMarkdownLineOfTheHeading() {
        assertEquals(List.of("content/pages/a.md:14:1: heading 'Detail' is an h4 straight after an h2,"
                        + " skipping h3 — make it an h3 (### in Markdown), or add the missing level above it"),
                problems(HeadingOrder.ID, page("north/a.html", "<h1>Title</h1>\n<h2>Part</h2>\n"
                        + "<h4 data-policy-source=\"content/pages/a.md:14:1\">Detail</h4>")));
    }

    @Test
    void aSecondH1IsReportedAtTheTemplateLineOnceForEveryPageItIsOn() {
        String body = "<h1>Title</h1>\n<h1 data-policy-source=\"theme/templates/page.mustache:7:0\">Record</h1>";

        assertEquals(List.of("theme/templates/page.mustache:7: second h1 heading 'Record': a page has one h1,"
                        + " its title (on 2 pages, e.g. north/a.html line 6) — make it an h2 (## in Markdown) or lower"),
                problems(HeadingOrder.ID, page("south/a.html", body), page("north/a.html", body)));
    }

    @Test
    void aPageWithoutAnH1IsReportedAgainstItsSource() {
        assertEquals(List.of("content/pages/a.md: the page has no h1 heading (on north/a.html)"
                        + " — give the page one main heading (h1) saying what it is about"),
                problems(HeadingOrder.ID, page("north/a.html", "<h2>Part</h2>")));
    }
}
