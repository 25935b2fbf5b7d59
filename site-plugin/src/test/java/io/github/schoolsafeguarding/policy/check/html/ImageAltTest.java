package io.github.schoolsafeguarding.policy.check.html;

import static io.github.schoolsafeguarding.policy.check.html.HtmlCheckRun.page;
import static io.github.schoolsafeguarding.policy.check.html.HtmlCheckRun.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImageAltTest {

    @Test
    void describedAndDecorativeImagesPass() {
        assertEquals(List.of(), problems(page("north/a.html", "<h1>Title</h1>\n<p><img src=\"map.png\" alt=\"Map of the area\">"
                + "<img src=\"line.png\" alt=\"\" aria-hidden=\"true\"><span aria-hidden=\"true\"><img src=\"dot.png\" alt=\"\"></span></p>")));
    }

    @Test
    void anImageWithoutAltIsReportedAtTheTemplateLine() {
        assertEquals(List.of("theme/templates/header.mustache:3: image 'logo.png' has no alt text (on north/a.html"
                        + " line 6) — say what the image shows in alt=\"...\"; if it only decorates, write alt=\"\""
                        + " and aria-hidden=\"true\""),
                problems(ImageAlt.ID, page("north/a.html", "<h1>Title</h1>\n"
                        + "<p><img data-policy-source=\"theme/templates/header.mustache:3:0\" src=\"logo.png\"></p>")));
    }

    @Test
    void anEmptyAltOnAnImageNotMarkedAsDecorationIsReported() {
        assertEquals(List.of("theme/templates/header.mustache:3: image 'logo.png' has an empty alt text but is not"
                        + " marked as decoration (on north/a.html line 6) — say what the image shows in alt=\"...\","
                        + " or add aria-hidden=\"true\" if it only decorates"),
                problems(ImageAlt.ID, page("north/a.html", "<h1>Title</h1>\n"
                        + "<p><img data-policy-source=\"theme/templates/header.mustache:3:0\" src=\"logo.png\" alt=\"\"></p>")));
    }
}
