package io.github.schoolsafeguarding.policy.decision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * A set of whole numbers held as sorted, disjoint, non-adjacent inclusive intervals: the values one
 * condition accepts for one input, in the input's {@linkplain Input#code codes}. Booleans, enum value
 * sets with gaps in them and integer ranges all fit, so that the analysis treats every input alike.
 * Immutable.
 */
public final class IntervalSet {

    private static final IntervalSet EMPTY = new IntervalSet(new int[0]);

    /** low0, high0, low1, high1, ... with high(i) + 1 < low(i+1). */
    private final int[] bounds;

    private IntervalSet(int[] bounds) {
        this.bounds = bounds;
    }

    public static IntervalSet empty() {
        return EMPTY;
    }

    /** {@code [low..high]}, or the empty set when {@code low > high}. */
    public static IntervalSet of(int low, int high) {
        return low > high ? EMPTY : new IntervalSet(new int[] {low, high});
    }

    /** The set of the given values, in any order. */
    public static IntervalSet ofValues(int... values) {
        Builder builder = new Builder();
        Arrays.stream(values).sorted().forEach(value -> builder.add(value, value));
        return builder.build();
    }

    public boolean isEmpty() {
        return bounds.length == 0;
    }

    public int intervalCount() {
        return bounds.length / 2;
    }

    public int low(int interval) {
        return bounds[2 * interval];
    }

    public int high(int interval) {
        return bounds[2 * interval + 1];
    }

    /** The smallest member; the set must not be empty. */
    public int first() {
        return bounds[0];
    }

    /** The number of members. */
    public long size() {
        long size = 0;
        for (int i = 0; i < intervalCount(); i++) {
            size += (long) high(i) - low(i) + 1;
        }
        return size;
    }

    public boolean contains(int value) {
        for (int i = 0; i < bounds.length; i += 2) {
            if (value < bounds[i]) {
                return false;
            }
            if (value <= bounds[i + 1]) {
                return true;
            }
        }
        return false;
    }

    public boolean containsAll(IntervalSet other) {
        // walks both lists once, without building the difference: the analysis asks this constantly
        int i = 0;
        for (int j = 0; j < other.bounds.length; j += 2) {
            while (i < bounds.length && bounds[i + 1] < other.bounds[j]) {
                i += 2;
            }
            if (i == bounds.length || bounds[i] > other.bounds[j] || bounds[i + 1] < other.bounds[j + 1]) {
                return false;
            }
        }
        return true;
    }

    public boolean intersects(IntervalSet other) {
        int i = 0;
        int j = 0;
        while (i < bounds.length && j < other.bounds.length) {
            if (bounds[i + 1] < other.bounds[j]) {
                i += 2;
            } else if (other.bounds[j + 1] < bounds[i]) {
                j += 2;
            } else {
                return true;
            }
        }
        return false;
    }

    public IntervalSet intersect(IntervalSet other) {
        Builder builder = new Builder();
        int i = 0;
        int j = 0;
        while (i < bounds.length && j < other.bounds.length) {
            builder.add(Math.max(bounds[i], other.bounds[j]), Math.min(bounds[i + 1], other.bounds[j + 1]));
            if (bounds[i + 1] < other.bounds[j + 1]) {
                i += 2;
            } else {
                j += 2;
            }
        }
        return builder.build();
    }

    /** The members of this set that are not in {@code other}. */
    public IntervalSet minus(IntervalSet other) {
        Builder builder = new Builder();
        int j = 0;
        for (int i = 0; i < bounds.length; i += 2) {
            long from = bounds[i];
            int high = bounds[i + 1];
            while (j < other.bounds.length && other.bounds[j + 1] < from) {
                j += 2;
            }
            int k = j;
            while (k < other.bounds.length && other.bounds[k] <= high && from <= high) {
                builder.add((int) from, other.bounds[k] - 1);
                from = (long) other.bounds[k + 1] + 1;
                k += 2;
            }
            if (from <= high) {
                builder.add((int) from, high);
            }
        }
        return builder.build();
    }

    /**
     * Cuts this set at every bound of {@code conditions}, giving the contiguous pieces inside which
     * each condition either holds throughout or nowhere. These are the equivalence classes of an
     * integer input.
     */
    public List<IntervalSet> atoms(List<IntervalSet> conditions) {
        long[] cuts = conditions.stream().flatMapToLong(IntervalSet::cuts).sorted().distinct().toArray();
        List<IntervalSet> atoms = new ArrayList<>();
        for (int i = 0; i < intervalCount(); i++) {
            int from = low(i);
            for (long cut : cuts) {
                if (cut > from && cut <= high(i)) {
                    atoms.add(of(from, (int) cut - 1));
                    from = (int) cut;
                }
            }
            atoms.add(of(from, high(i)));
        }
        return atoms;
    }

    /** Where a piece starts: at each low bound, and just after each high bound. */
    private LongStream cuts() {
        return IntStream.range(0, intervalCount()).mapToObj(i -> LongStream.of(low(i), high(i) + 1L)).flatMapToLong(cut -> cut);
    }

    /**
     * Splits this set into the fewest pieces inside which each condition either holds throughout or
     * nowhere: the atoms, grouped by which conditions accept them. Splitting a region this way
     * settles every condition on that input at once.
     */
    public List<IntervalSet> partition(List<IntervalSet> conditions) {
        Map<List<Boolean>, Builder> pieces = new LinkedHashMap<>();
        for (IntervalSet atom : atoms(conditions)) {
            List<Boolean> accepted = conditions.stream().map(condition -> condition.contains(atom.first())).toList();
            pieces.computeIfAbsent(accepted, key -> new Builder()).add(atom.low(0), atom.high(0));
        }
        return pieces.values().stream().map(Builder::build).toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IntervalSet set && Arrays.equals(bounds, set.bounds);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bounds);
    }

    /** For debugging and test failures: {@code {0..3, 7}}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i < intervalCount(); i++) {
            text.append(i > 0 ? ", " : "").append(low(i));
            if (high(i) != low(i)) {
                text.append("..").append(high(i));
            }
        }
        return text.append('}').toString();
    }

    /** Collects intervals given in ascending order, merging those that touch. */
    private static final class Builder {
        private int[] bounds = new int[4];
        private int length;

        void add(int low, int high) {
            if (low > high) {
                return;
            }
            if (length > 0 && (long) low <= (long) bounds[length - 1] + 1) {
                bounds[length - 1] = Math.max(bounds[length - 1], high);
                return;
            }
            if (length == bounds.length) {
                bounds = Arrays.copyOf(bounds, 2 * length);
            }
            bounds[length++] = low;
            bounds[length++] = high;
        }

        IntervalSet build() {
            return length == 0 ? EMPTY : new IntervalSet(Arrays.copyOf(bounds, length));
        }
    }
}
