package io.github.schoolsafeguarding.policy.decision;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The combinations of answers that a table cannot tell apart, grouped: every value of a boolean or
 * enum input is a class of its own, and an integer input is split at every bound its rules use
 * (for {@code age < 13} and {@code age [13..15]} on 0..17: 0..12, 13..15 and 16..17). Every
 * combination in one class gets the same outcome, so one representative of each shows the whole
 * behaviour of the table; the approved test output lists them.
 *
 * @param classes for each input in table order, its classes in ascending order
 */
public record EquivalenceClasses(DecisionTable table, List<List<IntervalSet>> classes) {

    public EquivalenceClasses {
        classes = classes.stream().map(List::copyOf).toList();
    }

    public static EquivalenceClasses of(DecisionTable table) {
        List<List<IntervalSet>> classes = new ArrayList<>();
        for (int i = 0; i < table.inputs().size(); i++) {
            Input input = table.inputs().get(i);
            int position = i;
            List<IntervalSet> bounds = input instanceof IntegerInput
                    ? table.rules().stream().map(rule -> table.region(rule).values(position)).toList()
                    : IntStream.rangeClosed(input.domain().first(), input.domain().high(0)).mapToObj(code -> IntervalSet.of(code, code)).toList();
            classes.add(input.domain().atoms(bounds));
        }
        return new EquivalenceClasses(table, classes);
    }

    /**
     * The number of classes of combinations: the product of each input's number of classes, which
     * for a large table can pass any {@code long}.
     */
    public BigInteger count() {
        return classes.stream().map(inputClasses -> BigInteger.valueOf(inputClasses.size())).reduce(BigInteger.ONE, BigInteger::multiply);
    }

    /**
     * One combination from each of the first {@code limit} classes, the lowest value of each class,
     * in the order of a table of all of them: the last input changing fastest.
     */
    public List<int[]> representatives(int limit) {
        List<int[]> representatives = new ArrayList<>();
        int[] position = new int[classes.size()];
        while (representatives.size() < limit) {
            int[] combination = new int[classes.size()];
            for (int i = 0; i < combination.length; i++) {
                combination[i] = classes.get(i).get(position[i]).first();
            }
            representatives.add(combination);
            int i = classes.size() - 1;
            while (i >= 0 && ++position[i] == classes.get(i).size()) {
                position[i] = 0;
                i--;
            }
            if (i < 0) {
                break;
            }
        }
        return representatives;
    }

    /**
     * A class, named by its representative: {@code adult=true, age=13..15}, showing the whole range
     * for an integer class wider than one value.
     */
    public String describe(int[] representative) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < representative.length; i++) {
            Input input = table.inputs().get(i);
            IntervalSet inputClass = classOf(i, representative[i]);
            text.append(i > 0 ? ", " : "").append(input.id()).append('=').append(input.value(inputClass.first()));
            if (inputClass.size() > 1) {
                text.append("..").append(input.value(inputClass.high(0)));
            }
        }
        return text.toString();
    }

    private IntervalSet classOf(int input, int code) {
        return classes.get(input).stream().filter(inputClass -> inputClass.contains(code)).findFirst().orElseThrow();
    }
}
