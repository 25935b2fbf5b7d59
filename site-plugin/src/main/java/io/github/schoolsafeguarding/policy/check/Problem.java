package io.github.schoolsafeguarding.policy.check;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with the content, said the way a maintainer can act on it:
 * {@code content/pages/a.md:4:1: what is wrong — how to fix it}.
 *
 * @param id a stable identifier of the kind of problem (e.g. {@code link.missing-page}), so that
 *     reports, tests and the compliance rules can refer to it
 */
public record Problem(String id, Severity severity, Location location, String message, String fix) {

    /** File order, then line, then id: the order a maintainer reads a report in. */
    public static final Comparator<Problem> READING_ORDER = Comparator.comparing(Problem::location)
            .thenComparing(Problem::id)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    public static Problem error(String id, Location location, String message, String fix) {
        return new Problem(id, Severity.ERROR, location, message, fix);
    }

    public static Problem warning(String id, Location location, String message, String fix) {
        return new Problem(id, Severity.WARNING, location, message, fix);
    }

    /** The same problem as an error: what strict mode makes of a warning. */
    public Problem asError() {
        return isError() ? this : new Problem(id, Severity.ERROR, location, message + " (a warning, an error in strict mode)", fix);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * The line the build prints: the one-line form with the rule's id last, so that a maintainer can
     * look the rule up in the README.
     */
    public String report(Path base) {
        return format(base) + " [" + id + "]";
    }

    /** The one-line form, with paths shown relative to {@code base}. */
    public String format(Path base) {
        String text = location.format(base) + ": " + (isError() ? "" : "warning: ") + message;
        return fix == null || fix.isBlank() ? text : text + " — " + fix;
    }
}
