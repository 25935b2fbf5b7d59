package io.github.schoolsafeguarding.policy.decision;

/**
 * The whole numbers from {@code low} to {@code high}, both included. Every integer form in the YAML
 * ({@code 13}, {@code < 13}, {@code >= 3}, {@code [13..15]}) normalises to one of these, clipped to
 * the input's min and max.
 */
public record IntegerInterval(int low, int high) implements Condition {

    @Override
    public IntervalSet accepted(Input input) {
        return IntervalSet.of(low, high);
    }

    /** The shortest form: {@code 14}, {@code <= 12}, {@code >= 16} or {@code [13..15]}. */
    @Override
    public String notation(Input input) {
        IntervalSet domain = input.domain();
        if (low == high) {
            return Integer.toString(low);
        }
        if (low == domain.first() && high == domain.high(0)) {
            return "-";
        }
        if (low == domain.first()) {
            return "<= " + high;
        }
        return high == domain.high(0) ? ">= " + low : "[" + low + ".." + high + "]";
    }
}
