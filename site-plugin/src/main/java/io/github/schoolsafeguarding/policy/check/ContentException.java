package io.github.schoolsafeguarding.policy.check;

import java.util.List;

/**
 * The content cannot be published as it stands. Carries every problem found, errors and warnings,
 * so the caller can report them all; the message is a one-line summary.
 */
public class ContentException extends Exception {

    private final List<Problem> problems;

    public ContentException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        return errors + (errors == 1 ? " error" : " errors")
                + (warnings > 0 ? " and " + warnings + (warnings == 1 ? " warning" : " warnings") : "")
                + " in the content";
    }
}
