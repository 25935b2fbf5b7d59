package io.github.schoolsafeguarding.policy.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The problems found by one run, collected so that a maintainer sees all of them at once rather
 * than the first. A problem found twice (a shared page checked once per area) is kept once. Not
 * thread-safe: one instance belongs to one build.
 */
public final class Problems {

    private final Set<Problem> found = new LinkedHashSet<>();

    public void add(Problem problem) {
        found.add(problem);
    }

    public void addAll(Iterable<Problem> problems) {
        problems.forEach(found::add);
    }

    public boolean hasErrors() {
        return found.stream().anyMatch(Problem::isError);
    }

    /** How many errors so far: compared before and after reading one entry, it says whether the entry was read whole. */
    public long errorCount() {
        return found.stream().filter(Problem::isError).count();
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
