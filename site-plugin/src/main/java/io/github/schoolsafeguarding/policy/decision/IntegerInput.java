package io.github.schoolsafeguarding.policy.decision;

import io.github.schoolsafeguarding.policy.check.Location;
import java.util.List;
import java.util.OptionalInt;

/**
 * A whole number from {@code min} to {@code max}. With a checklist, the reader ticks the items that
 * apply and the value is the number ticked, so {@code min} is 0 and {@code max} the number of items.
 */
public record IntegerInput(String id, String question, String help, int min, int max, List<Choice> checklist,
        Location location) implements Input {

    public IntegerInput {
        checklist = List.copyOf(checklist);
    }

    public boolean hasChecklist() {
        return !checklist.isEmpty();
    }

    @Override
    public IntervalSet domain() {
        return IntervalSet.of(min, max);
    }

    @Override
    public OptionalInt code(String value) {
        try {
            int number = Integer.parseInt(value.strip());
            return number >= min && number <= max ? OptionalInt.of(number) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    @Override
    public String value(int code) {
        return Integer.toString(code);
    }

    @Override
    public String acceptedValues() {
        return "a whole number from " + min + " to " + max
                + (hasChecklist() ? " (the number of checklist items ticked)" : "");
    }
}
