package io.github.schoolsafeguarding.policy.decision;

import java.util.List;

/**
 * Some values of an enum input: {@code romantic}, {@code [romantic, other]}, or, with
 * {@code complement}, every value but those listed: {@code not [romantic]}.
 */
public record ValueSet(List<String> values, boolean complement) implements Condition {

    public ValueSet {
        values = List.copyOf(values);
    }

    @Override
    public IntervalSet accepted(Input input) {
        IntervalSet listed = IntervalSet.ofValues(values.stream().mapToInt(value -> input.code(value).orElseThrow()).toArray());
        return complement ? input.domain().minus(listed) : listed;
    }

    @Override
    public String notation(Input input) {
        String list = values.size() == 1 && !complement ? values.get(0) : "[" + String.join(", ", values) + "]";
        return complement ? "not " + list : list;
    }
}
