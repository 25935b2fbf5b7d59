package io.github.schoolsafeguarding.policy.decision;

import io.github.schoolsafeguarding.policy.check.Location;
import java.util.List;
import java.util.OptionalInt;

/** A question answered by choosing one of a closed list of values. */
public record EnumInput(String id, String question, String help, List<Choice> values, Location location)
        implements Input {

    public EnumInput {
        values = List.copyOf(values);
    }

    @Override
    public IntervalSet domain() {
        return IntervalSet.of(0, values.size() - 1);
    }

    @Override
    public OptionalInt code(String value) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).id().equals(value)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    @Override
    public String value(int code) {
        return values.get(code).id();
    }

    @Override
    public String acceptedValues() {
        return "one of " + String.join(", ", values.stream().map(Choice::id).toList());
    }
}
