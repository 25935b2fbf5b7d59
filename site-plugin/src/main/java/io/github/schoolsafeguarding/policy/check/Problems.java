package io.github.schoolsafeguarding.policy.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The problems found by one run, collected so that a maintainer sees all of them at once rather
 * than the first. Not thread-safe: one instance belongs to one build.
 */
public final class Problems {

    private final List<Problem> found = new ArrayList<>();

    public void add(Problem problem) {
        found.add(problem);
    }

    public void addAll(Iterable<Problem> problems) {
        problems.forEach(found::add);
    }

    public boolean hasErrors() {
        return found.stream().anyMatch(Problem::isError);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** Every problem so far, in reading order. */
    public List<Problem> all() {
        List<Problem> sorted = new ArrayList<>(found);
        sorted.sort(Problem.READING_ORDER);
        return Collections.unmodifiableList(sorted);
    }

    /** Stops the run when anything found so far is an error. */
    public void throwIfErrors() throws ContentException {
        if (hasErrors()) {
            throw new ContentException(all());
        }
    }
}
