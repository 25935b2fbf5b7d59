package io.github.schoolsafeguarding.policy.decision.verify;

/**
 * Thrown when the rules of a table overlap in so many ways that deciding whether they cover a
 * region would take more than the table's budget of steps. The verifier turns it into one
 * {@code decision.too-complex} error for the table, so that a build ends with a clear error
 * rather than running on for hours.
 */
final class TableTooComplex extends RuntimeException {

    private final long steps;

    TableTooComplex(long steps) {
        super("gave up after " + steps + " steps");
        this.steps = steps;
    }

    /** The budget that ran out. */
    long steps() {
        return steps;
    }
}
