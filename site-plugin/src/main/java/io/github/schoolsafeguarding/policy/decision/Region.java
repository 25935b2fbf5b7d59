package io.github.schoolsafeguarding.policy.decision;

import java.util.Arrays;
import java.util.List;

/**
 * A box in the space of input combinations: for each input of a table (in table order), the set of
 * values it may take. A rule's conditions make one region; the whole table's inputs make another.
 * Gaps, overlaps and unreachable rules are questions about regions, answered without listing the
 * combinations inside them (the hyperrectangles of the DMN analysis literature). Immutable.
 */
public final class Region {

    private final IntervalSet[] values;

    private Region(IntervalSet[] values) {
        this.values = values;
    }

    public static Region of(List<IntervalSet> values) {
        return new Region(values.toArray(IntervalSet[]::new));
    }

    /** The number of inputs. */
    public int inputs() {
        return values.length;
    }

    /** The values input {@code input} may take in this region. */
    public IntervalSet values(int input) {
        return values[input];
    }

    /** The same region with input {@code input} restricted to {@code newValues}. */
    public Region with(int input, IntervalSet newValues) {
        IntervalSet[] copy = values.clone();
        copy[input] = newValues;
        return new Region(copy);
    }

    public boolean isEmpty() {
        return Arrays.stream(values).anyMatch(IntervalSet::isEmpty);
    }

    public boolean contains(int[] combination) {
        for (int i = 0; i < values.length; i++) {
            if (!values[i].contains(combination[i])) {
                return false;
            }
        }
        return true;
    }

    public boolean containsAll(Region other) {
        for (int i = 0; i < values.length; i++) {
            if (!values[i].containsAll(other.values[i])) {
                return false;
            }
        }
        return true;
    }

    public boolean intersects(Region other) {
        for (int i = 0; i < values.length; i++) {
            if (!values[i].intersects(other.values[i])) {
                return false;
            }
        }
        return true;
    }

    public Region intersect(Region other) {
        IntervalSet[] both = new IntervalSet[values.length];
        for (int i = 0; i < values.length; i++) {
            both[i] = values[i].intersect(other.values[i]);
        }
        return new Region(both);
    }

    /** One combination inside the region (the smallest value of each input); it must not be empty. */
    public int[] someCombination() {
        return Arrays.stream(values).mapToInt(IntervalSet::first).toArray();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Region region && Arrays.equals(values, region.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
