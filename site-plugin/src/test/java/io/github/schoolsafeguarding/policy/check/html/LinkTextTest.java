package io.github.schoolsafeguarding.policy.check.html;

import static io.github.schoolsafeguarding.policy.check.html.HtmlCheckRun.page;
import static io.github.schoolsafeguarding.policy.check.html.HtmlCheckRun.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinkTextTest {

    @Test
    void linksNamingWhereTheyLeadPass() {
        assertEquals(List.of(), problems(page("north/a.html", "<h1>Title</h1>\n<p>"
                + "<a href=\"contacts.html\">Read more about contacts</a>"
                + "<a href=\"x.html\" aria-label=\"The contacts page\"><span aria-hidden=\"true\">→</span></a>"
                + "<a href=\"y.html\"><img src=\"map.png\" alt=\"Map of the area\"></a>"
                + "<a href=\"z.html\">here <span class=\"govuk-visually-hidden\">are the contacts</span></a></p>")));
    }

    @Test
    void clickHereIsAWarningAtTheMarkdownLine() {
        assertEquals(List.of("content/pages/a.md:12:5: warning: link text 'Click here.' does not say where the link leads"
                        + " — make the link's text name what it leads to, e.g. 'the contacts page' instead of 'click here'"),
                problems(LinkText.VAGUE, page("north/a.html", "<h1>Title</h1>\n"
                        + "<p><a data-policy-source=\"content/pages/a.md:12:5\" href=\"contacts.html\"> Click  here. </a></p>")));
    }

    @Test
    void eachShortVagueTextIsCaughtButOnlyAsTheWholeText() {
        for (String vague : List.of("here", "read more", "More", "this page", "link", "this link")) {
            assertEquals(1, problems(LinkText.VAGUE, page("north/a.html",
                    "<h1>Title</h1>\n<p><a href=\"c.html\">" + vague + "</a></p>")).size(), vague);
        }
        assertEquals(List.of(), problems(LinkText.VAGUE, page("north/a.html",
                "<h1>Title</h1>\n<p><a href=\"c.html\">where to get more help</a></p>")));
    }

    @Test
    void aLinkWithNoTextIsAnError() {
        assertEquals(List.of("theme/templates/footer.mustache:9: link to 'contacts.html' has no text: a screen"
                        + " reader reads out its address instead (on north/a.html line 6) — give the link text that says"
                        + " where it leads, e.g. [the contacts page](contacts.md)"),
                problems(LinkText.EMPTY, page("north/a.html", "<h1>Title</h1>\n<p><a data-policy-source="
                        + "\"theme/templates/footer.mustache:9:0\" href=\"contacts.html\"><span aria-hidden=\"true\">→</span></a></p>")));
    }
}
