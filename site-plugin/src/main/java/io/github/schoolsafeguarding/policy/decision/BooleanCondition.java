package io.github.schoolsafeguarding.policy.decision;

/** {@code true} or {@code false} for a boolean input. */
public record BooleanCondition(boolean value) implements Condition {

    @Override
    public IntervalSet accepted(Input input) {
        int code = value ? 1 : 0;
        return IntervalSet.of(code, code);
    }

    @Override
    public String notation(Input input) {
        return Boolean.toString(value);
    }
}
