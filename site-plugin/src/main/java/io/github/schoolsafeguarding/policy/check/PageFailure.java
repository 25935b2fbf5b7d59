package io.github.schoolsafeguarding.policy.check;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The tool itself failed while it built one page, or ran a check of many: a fault to report, not a
 * problem in the content, but named by its page (and check), so that the maintainer knows which file
 * to send with the report (and which one to set aside to publish the rest).
 */
public final class PageFailure extends RuntimeException {

    private final Path file;
    private final String check;

    private PageFailure(Path file, String check, Throwable cause) {
        super(cause.toString(), cause);
        this.file = file;
        this.check = check;
    }

    /** Does the work on the page in {@code file}; anything unexpected it throws comes out naming the file. */
    public static <T> T building(Path file, Supplier<T> work) {
        try {
            return work.get();
        } catch (PageFailure | OutOfMemoryError e) {
            // named already; or the one failure a maintainer can fix alone, which the caller explains
            throw e;
        } catch (RuntimeException | Error e) {
            throw new PageFailure(file, null, e);
        }
    }

    /**
     * Runs a check that looks at many pages at once; anything unexpected it throws comes out naming
     * the check, and the page it was looking at when it says so ({@link #checkingEach}).
     *
     * @param check what the tool is doing, as in "while {@code check}": "checking the links between pages"
     */
    public static void checking(String check, Runnable work) {
        try {
            work.run();
        } catch (PageFailure e) {
            throw e.check == null ? new PageFailure(e.file, check, e.getCause()) : e;
        } catch (OutOfMemoryError e) {
            throw e;
        } catch (RuntimeException | Error e) {
            throw new PageFailure(null, check, e);
        }
    }

    /** Runs a check on each of {@code items} in turn; anything unexpected names the check and the item's file. */
    public static <T> void checkingEach(String check, Collection<T> items, Function<T, Path> file, Consumer<T> work) {
        checking(check, () -> items.forEach(item -> building(file.apply(item), () -> {
            work.accept(item);
            return item;
        })));
    }

    /** The file of the page being built, or checked, when it failed. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** What the tool was doing when it failed: "while building {file}", or the check, and the page it was at. */
    public String doing() {
        return check == null ? "while building " + file : "while " + check + (file == null ? "" : ", at " + file);
    }
}
