package io.github.schoolsafeguarding.policy.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PageFailureTest {

    static final Path FILE = Path.of("content/pages/a.md");

    @Test
    void anUnexpectedExceptionOrStackOverflowComesOutNamingThePage() {
        for (Throwable thrown : new Throwable[] {new IllegalArgumentException("bad index"), new StackOverflowError()}) {
            PageFailure failure = assertThrows(PageFailure.class, () -> PageFailure.building(FILE, () -> {
                if (thrown instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) thrown;
            }));
            assertEquals(FILE, failure.file());
            assertSame(thrown, failure.getCause());
        }
    }

    @Test
    void theInnermostPageIsNamedAndOutOfMemoryIsLeftToTheCaller() {
        PageFailure inner = assertThrows(PageFailure.class, () -> PageFailure.building(FILE, () -> {
            throw new IllegalStateException();
        }));
        assertSame(inner, assertThrows(PageFailure.class, () -> PageFailure.building(Path.of("other.md"), () -> {
            throw inner;
        })));
        assertThrows(OutOfMemoryError.class, () -> PageFailure.building(FILE, () -> {
            throw new OutOfMemoryError();
        }));
        assertEquals("done", PageFailure.building(FILE, () -> "done"));
    }
}
