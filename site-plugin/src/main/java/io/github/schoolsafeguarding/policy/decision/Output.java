package io.github.schoolsafeguarding.policy.decision;

import io.github.schoolsafeguarding.policy.check.Location;
import java.util.List;
import java.util.Optional;

/** Something the table decides, with its closed set of values. */
public record Output(String id, String label, List<OutputValue> values, Location location) {

    public Output {
        values = List.copyOf(values);
    }

    public Optional<OutputValue> value(String id) {
        return values.stream().filter(value -> value.id().equals(id)).findFirst();
    }
}
