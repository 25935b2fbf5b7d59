package io.github.schoolsafeguarding.policy.check;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The tool itself failed while it built one page: a fault to report, not a problem in the content,
 * but named by its page, so that the maintainer knows which file to send with the report (and which
 * one to set aside to publish the rest).
 */
public final class PageFailure extends RuntimeException {

    private final Path file;

    private PageFailure(Path file, Throwable cause) {
        super(cause.toString(), cause);
        this.file = file;
    }

    /** Does the work on the page in {@code file}; anything unexpected it throws comes out naming the file. */
    public static <T> T building(Path file, Supplier<T> work) {
        try {
            return work.get();
        } catch (PageFailure | OutOfMemoryError e) {
            // named already; or the one failure a maintainer can fix alone, which the caller explains
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new PageFailure(file, e);
        }
    }

    /** The file of the page being built when it failed. */
    public Path file() {
        return file;
    }
}
