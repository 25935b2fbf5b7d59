package io.github.schoolsafeguarding.policy.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageFailureTest {

    static final Path FILE = Path.of("content/pages/a.md");

    @Test
    void anUnexpectedExceptionOrStackOverflowComesOutNamingThePage() {
        for (Throwable thrown : new Throwable[] {new IllegalArgumentException("bad index"), new StackOverflowError(),
                new AssertionError("a broken invariant")}) {
            PageFailure failure = assertThrows(PageFailure.class, () -> PageFailure.building(FILE, () -> {
                if (thrown instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) thrown;
            }));
            assertEquals(Optional.of(FILE), failure.file());
            assertSame(thrown, failure.getCause());
            assertEquals("while building " + FILE, failure.doing());
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

    @Test
    void aCheckOfManyPagesNamesItselfAndThePageItWasOnWhenItKnowsIt() {
        PageFailure onAPage = assertThrows(PageFailure.class, () -> PageFailure.checkingEach("checking the wording",
                List.of(Path.of("content/pages/ok.md"), FILE), page -> page, page -> {
                    if (page.equals(FILE)) {
                        throw new IllegalStateException("no passage");
                    }
                }));
        assertEquals("while checking the wording, at " + FILE, onAPage.doing());
        assertEquals(Optional.of(FILE), onAPage.file());

        PageFailure anywhere = assertThrows(PageFailure.class, () -> PageFailure.checking("checking the links", () -> {
            throw new NullPointerException();
        }));
        assertEquals("while checking the links", anywhere.doing());
        assertEquals(Optional.empty(), anywhere.file());

        // a page built within a check: the check is named too, once
        PageFailure built = assertThrows(PageFailure.class, () -> PageFailure.checking("checking the links",
                () -> PageFailure.checking("checking the navigation", () -> PageFailure.building(FILE, () -> {
                    throw new IllegalStateException();
                }))));
        assertEquals("while checking the navigation, at " + FILE, built.doing());
        assertThrows(OutOfMemoryError.class, () -> PageFailure.checking("checking the links", () -> {
            throw new OutOfMemoryError();
        }));
    }
}
