package io.github.schoolsafeguarding.policy.decision.verify;

import io.github.schoolsafeguarding.policy.decision.IntervalSet;
import io.github.schoolsafeguarding.policy.decision.Region;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether some regions together cover another, decided by recursive splitting rather than by
 * listing combinations. A cover that constrains the region on one input only simply removes its
 * values there; otherwise the region is split on the input the narrowest covers constrain most,
 * into pieces inside which every cover either holds or does not, and each piece is decided in turn.
 * This is the case splitting of a SAT solver (each cover a clause "not in this box"), and its cost
 * follows the structure of the rules, not the number of combinations.
 *
 * <p>Each split settles every cover on its input, so no input is split twice on one path: the search
 * is at most as deep as the table has inputs, and holds at most that many lists of covers at once.
 * Its length is another matter (whether boxes cover a box is co-NP-complete, and some tables of a
 * few hundred rules take a search of billions of steps), so one {@code Coverage} answers questions
 * about one table within a budget of steps shared by all of them, and throws {@link TableTooComplex}
 * when it runs out. Counting steps rather than seconds keeps the outcome the same on every machine.
 * Not thread-safe: one instance belongs to one verification.
 */
final class Coverage {

    /**
     * The steps one table may take, a step being one cover compared with a region on one input (so
     * that a table of many inputs does not get more time). A step takes 20 to 30 nanoseconds, so a
     * table that uses them all is refused in two or three seconds of CPU; every real table takes
     * under a thousandth of them.
     */
    static final long STEPS = 100_000_000;

    /** What {@link #constrainedInput} answers when a cover holds on every input of the region. */
    private static final int CONTAINS_ALL = -1;

    /** What {@link #constrainedInput} answers when a cover leaves out part of the region on several inputs. */
    private static final int SEVERAL = -2;

    private final long budget;
    private long stepsLeft;

    /** Answers asked twice (a {@code first} table's unreachable rules, then its examples) cost once. */
    private final Map<List<Object>, Optional<int[]>> answered = new HashMap<>();

    /** A coverage for one table, with {@code steps} steps to spend. */
    Coverage(long steps) {
        this.budget = steps;
        this.stepsLeft = steps;
    }

    /** A coverage with the {@linkplain #STEPS usual budget}. */
    Coverage() {
        this(STEPS);
    }

    /** The steps taken so far. */
    long spent() {
        return budget - stepsLeft;
    }

    /**
     * A combination in {@code region} that none of {@code covers} contains, or empty if they cover it all.
     *
     * @throws TableTooComplex when the budget runs out before the answer is known; every later question throws too
     */
    Optional<int[]> uncovered(Region region, List<Region> covers) {
        List<Region> relevant = covers.stream().filter(cover -> cover.intersects(region)).toList();
        List<Object> question = List.of(region, relevant);
        Optional<int[]> known = answered.get(question);
        if (known == null) {
            known = search(region, relevant);
            answered.put(question, known);
        }
        return known.map(int[]::clone);
    }

    private void spend(long steps) {
        stepsLeft -= steps;
        if (stepsLeft < 0) {
            stepsLeft = 0;
            throw new TableTooComplex(budget);
        }
    }

    private Optional<int[]> search(Region region, List<Region> covers) {
        Region rest = region;
        List<Region> open = covers;
        boolean narrowed = true;
        while (narrowed) {
            narrowed = false;
            spend((long) open.size() * rest.inputs());
            List<Region> stillOpen = new ArrayList<>(open.size());
            for (Region cover : open) {
                if (!cover.intersects(rest)) {
                    continue;
                }
                int input = constrainedInput(cover, rest);
                if (input == CONTAINS_ALL) {
                    return Optional.empty();
                }
                if (input == SEVERAL) {
                    stillOpen.add(cover);
                    continue;
                }
                rest = rest.with(input, rest.values(input).minus(cover.values(input)));
                if (rest.isEmpty()) {
                    return Optional.empty();
                }
                narrowed = true;
            }
            open = stillOpen;
        }
        if (open.isEmpty()) {
            return Optional.of(rest.someCombination());
        }
        Region toSplit = rest;
        List<Region> splitBy = open;
        int input = inputToSplit(toSplit, splitBy);
        return toSplit.values(input).partition(splitBy.stream().map(cover -> cover.values(input)).toList()).stream()
                .map(piece -> search(toSplit.with(input, piece), splitBy))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /**
     * The one input on which {@code cover} leaves out part of {@code region}, or {@link #CONTAINS_ALL}
     * or {@link #SEVERAL}.
     */
    private static int constrainedInput(Region cover, Region region) {
        int constrained = CONTAINS_ALL;
        for (int input = 0; input < region.inputs(); input++) {
            if (!cover.values(input).containsAll(region.values(input))) {
                if (constrained != CONTAINS_ALL) {
                    return SEVERAL;
                }
                constrained = input;
            }
        }
        return constrained;
    }

    /**
     * The input to split on: the one constrained most, counting a cover that constrains few inputs
     * for more, since splitting there brings such covers closer to removing values outright.
     */
    private int inputToSplit(Region region, List<Region> covers) {
        spend((long) covers.size() * region.inputs());
        double[] weight = new double[region.inputs()];
        for (Region cover : covers) {
            int width = 0;
            for (int input = 0; input < region.inputs(); input++) {
                if (!cover.values(input).containsAll(region.values(input))) {
                    width++;
                }
            }
            double share = Math.pow(2, -width);
            for (int input = 0; input < region.inputs(); input++) {
                if (!cover.values(input).containsAll(region.values(input))) {
                    weight[input] += share;
                }
            }
        }
        int best = 0;
        for (int input = 1; input < weight.length; input++) {
            if (weight[input] > weight[best]) {
                best = input;
            }
        }
        return best;
    }
}
