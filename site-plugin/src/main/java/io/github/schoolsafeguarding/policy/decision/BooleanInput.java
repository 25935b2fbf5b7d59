package io.github.schoolsafeguarding.policy.decision;

import io.github.schoolsafeguarding.policy.check.Location;
import java.util.OptionalInt;

/** A yes-or-no question, answered {@code true} or {@code false}. */
public record BooleanInput(String id, String question, String help, Location location) implements Input {

    private static final IntervalSet BOTH = IntervalSet.of(0, 1);

    @Override
    public IntervalSet domain() {
        return BOTH;
    }

    @Override
    public OptionalInt code(String value) {
        return switch (value) {
            case "false" -> OptionalInt.of(0);
            case "true" -> OptionalInt.of(1);
            default -> OptionalInt.empty();
        };
    }

    @Override
    public String value(int code) {
        return code == 1 ? "true" : "false";
    }

    @Override
    public String acceptedValues() {
        return "true or false";
    }
}
