package io.github.schoolsafeguarding.policy.decision;

/** No condition: the rule applies whatever the answer ({@code any}, {@code -}, or the input left out). */
public record AnyValue() implements Condition {

    public static final AnyValue INSTANCE = new AnyValue();

    @Override
    public IntervalSet accepted(Input input) {
        return input.domain();
    }

    @Override
    public String notation(Input input) {
        return "-";
    }
}
