package io.github.schoolsafeguarding.policy.decision;

/**
 * What one rule asks of one input, normalised from the way the YAML writes it: integer forms such as
 * {@code < 13} become intervals, {@code not [romantic]} a value set with its complement flag.
 */
public sealed interface Condition permits AnyValue, BooleanCondition, ValueSet, IntegerInterval {

    /** The codes of the values of {@code input} that satisfy this condition. */
    IntervalSet accepted(Input input);

    /** The condition as a cell of the printed table, in the notation the YAML accepts. */
    String notation(Input input);
}
