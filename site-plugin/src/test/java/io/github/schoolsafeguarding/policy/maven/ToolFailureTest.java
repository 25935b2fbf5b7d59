package io.github.schoolsafeguarding.policy.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
