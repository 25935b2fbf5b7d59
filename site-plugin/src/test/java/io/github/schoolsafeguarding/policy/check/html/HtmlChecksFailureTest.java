package io.github.schoolsafeguarding.policy.check.html;

import static io.github.schoolsafeguarding.policy.check.html.HtmlCheckRun.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.schoolsafeguarding.policy.check.PageFailure;
import io.github.schoolsafeguarding.policy.check.Problems;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A fault of the HTML checks, in their worker threads, comes out named by the page's own file. */
class HtmlChecksFailureTest {

    @Test
    void anUnexpectedExceptionWhileCheckingOnePageNamesThatPagesFile() {
        Path source = Path.of("content/pages/broken.md");
        // a page with no HTML at all: no build makes one, so the checks fail on it as on a bug of their own
        List<HtmlPage> pages = List.of(page("north/a.html", "<h1>A</h1>"),
                new HtmlPage("north/broken.html", source, null), page("north/c.html", "<h1>C</h1>"));

        RuntimeException thrown = assertThrows(RuntimeException.class, () -> HtmlChecks.check(pages, new Problems()));

        PageFailure failure = Stream.<Throwable>iterate(thrown, Objects::nonNull, Throwable::getCause)
                .filter(PageFailure.class::isInstance).map(PageFailure.class::cast).findFirst().orElseThrow();
        assertEquals(Optional.of(source), failure.file());
        assertEquals("while building " + source, failure.doing());
    }
}
