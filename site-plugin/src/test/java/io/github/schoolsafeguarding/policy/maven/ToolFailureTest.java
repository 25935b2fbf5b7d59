package io.github.schoolsafeguarding.policy.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.check.PageFailure;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** A failure of the tool, not of the content, still tells the maintainer what to do where they can. */
class ToolFailureTest {

    @Test
    void runningOutOfMemorySaysHowToGiveMavenMore() {
        // as it arrives from a worker thread: wrapped twice
        var e = new IllegalStateException("the HTML checks failed",
                new ExecutionException(new OutOfMemoryError("Java heap space")));
        String message = AbstractPolicyMojo.failure("Publishing", e).getMessage();
        assertTrue(message.startsWith("Publishing ran out of memory: Maven may use at most "), message);
        assertTrue(message.contains("MAVEN_OPTS=-Xmx1g") && message.contains(".mvn/jvm.config"), message);
    }

    @Test
    void anyOtherFailureGivesItsOwnMessage() {
        assertEquals("Checking failed: cannot read x.md",
                AbstractPolicyMojo.failure("Checking", new IllegalStateException("cannot read x.md")).getMessage());
    }

    @Test
    void anUnexpectedFailureWhileBuildingAPageNamesItsFileAndAsksForAReport() {
        Path file = Path.of("content/pages/deep.md");
        // as it arrives from a worker thread: wrapped
        RuntimeException e = assertThrows(PageFailure.class, () -> PageFailure.building(file, () -> {
            throw new StackOverflowError();
        }));
        String message = AbstractPolicyMojo.failure("Publishing", new IllegalStateException(e)).getMessage();
        assertEquals("internal error while building " + file + ": java.lang.StackOverflowError"
                + " — please report this to the plugin's maintainers, with the file", message);
    }

    @Test
    void anUnexpectedFailureInACheckOfManyPagesNamesTheCheckAndThePageWhenItKnowsIt() {
        Path file = Path.of("content/pages/a.md");
        PageFailure onAPage = assertThrows(PageFailure.class, () -> PageFailure.checkingEach("checking the wording",
                List.of(file), page -> page, page -> {
                    throw new IllegalStateException("no passage");
                }));
        assertEquals("internal error while checking the wording, at " + file + ": java.lang.IllegalStateException:"
                + " no passage — please report this to the plugin's maintainers, with the file",
                AbstractPolicyMojo.failure("Publishing", onAPage).getMessage());

        PageFailure anywhere = assertThrows(PageFailure.class, () -> PageFailure.checking("checking the links", () -> {
            throw new IllegalStateException("no anchors");
        }));
        assertEquals("internal error while checking the links: java.lang.IllegalStateException: no anchors"
                + " — please report this to the plugin's maintainers",
                AbstractPolicyMojo.failure("Publishing", anywhere).getMessage());
    }

    @Test
    void anUnexpectedErrorElsewhereAsksForAReport() {
        String message = AbstractPolicyMojo.failure("Publishing", new StackOverflowError()).getMessage();
        assertTrue(message.startsWith("internal error while building the site: java.lang.StackOverflowError — please report"),
                message);
    }
}
