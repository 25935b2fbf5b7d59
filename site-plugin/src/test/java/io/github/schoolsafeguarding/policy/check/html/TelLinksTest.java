package io.github.schoolsafeguarding.policy.check.html;

import static io.github.schoolsafeguarding.policy.check.html.HtmlCheckRun.page;
import static io.github.schoolsafeguarding.policy.check.html.HtmlCheckRun.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TelLinksTest {

    @Test
    void internationalNumbersAndUkShortCodesPass() {
        assertEquals(List.of(), problems(page("north/a.html", "<h1>Title</h1>\n<p>"
                + "<a href=\"tel:+441275888808\">Call the council</a> <a href=\"tel:999\">Call 999</a>"
                + " <a href=\"tel:101\">Call 101</a> <a href=\"tel:116123\">Call Samaritans</a>"
                + " <a href=\"tel:116000\">Call the missing children line</a></p>")));
    }

    @Test
    void aNationalFormIsReportedAtTheMarkdownLineWithTheLinkToWrite() {
        assertEquals(List.of("content/pages/a.md:20:3: link 'tel:01275888808' is not in international form"
                        + " — write it as tel:+441275888808, which dials from any phone"),
                problems(TelLinks.ID, page("north/a.html", "<h1>Title</h1>\n<p><a data-policy-source="
                        + "\"content/pages/a.md:20:3\" href=\"tel:01275888808\">Call the council</a></p>")));
    }

    @Test
    void aNumberWithADigitMissingIsReported() {
        assertEquals(List.of("content/pages/a.md:20:3: link 'tel:+44127588880' is not a number a caller in the UK"
                        + " can dial — write the full number in international form, e.g. tel:+441234567890, or a UK short"
                        + " code as digits, e.g. tel:999 or tel:116123"),
                problems(TelLinks.ID, page("north/a.html", "<h1>Title</h1>\n<p><a data-policy-source="
                        + "\"content/pages/a.md:20:3\" href=\"tel:+44127588880\">Call the council</a></p>")));
    }
}
