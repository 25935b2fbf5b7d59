package io.github.schoolsafeguarding.policy.check.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.schoolsafeguarding.policy.check.Location;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceMarksTest {

    static final Path TEMPLATE = Path.of("theme/templates/page & \"more\".mustache");

    @Test
    void marksEachStartTagOfATemplateWithItsLineButNotMustacheTags() {
        String marked = SourceMarks.markTemplate("{{<base}}{{$main}}\n<h1>{{title}}</h1>\n<p>\n  <a href=\"{{url}}\">x</a></p>{{/main}}{{/base}}",
                TEMPLATE);

        String mark = " data-policy-source=\"theme/templates/page &amp; &quot;more&quot;.mustache:";
        assertEquals("{{<base}}{{$main}}\n<h1" + mark + "2:0\">{{title}}</h1>\n<p" + mark + "3:0\">\n  <a" + mark
                + "4:0\" href=\"{{url}}\">x</a></p>{{/main}}{{/base}}", marked);
    }

    @Test
    void strippingGivesBackThePageAsWritten() {
        String page = "<!DOCTYPE html>\n<html>\n<h1 class=\"x\">Title</h1>\n</html>";

        assertEquals(page, SourceMarks.strip(SourceMarks.markTemplate(page, TEMPLATE)));
    }

    @Test
    void aPlaceInThePublishedPageIsTracedToTheLastMarkedTagBeforeIt() {
        SourceMarks.Positions positions = SourceMarks.positions(SourceMarks.markTemplate("<p>\n<em>Text</em>  </p>", TEMPLATE));

        assertEquals("<p>\n<em>Text</em>  </p>", positions.published());
        assertEquals(Optional.of(new Location(TEMPLATE, 1, 0)), positions.before(2));
        assertEquals(Optional.of(new Location(TEMPLATE, 2, 0)), positions.before(4));
        assertEquals(Optional.of(new Location(TEMPLATE, 2, 0)), positions.before(19));
    }
}
