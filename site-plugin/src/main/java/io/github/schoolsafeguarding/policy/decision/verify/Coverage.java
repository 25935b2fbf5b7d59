package io.github.schoolsafeguarding.policy.decision.verify;

import io.github.schoolsafeguarding.policy.decision.IntervalSet;
import io.github.schoolsafeguarding.policy.decision.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether some regions together cover another, decided by recursive splitting rather than by
 * listing combinations. A cover that constrains the region on one input only simply removes its
 * values there; otherwise the region is split on the input the narrowest covers constrain most,
 * into pieces inside which every cover either holds or does not, and each piece is decided in turn.
 * This is the case splitting of a SAT solver (each cover a clause "not in this box"), and its cost
 * follows the structure of the rules, not the number of combinations.
 */
final class Coverage {

    /** What {@link #constrainedInput} answers when a cover holds on every input of the region. */
    private static final int CONTAINS_ALL = -1;

    /** What {@link #constrainedInput} answers when a cover leaves out part of the region on several inputs. */
    private static final int SEVERAL = -2;

    private Coverage() {}

    /** A combination in {@code region} that none of {@code covers} contains, or empty if they cover it all. */
    static Optional<int[]> uncovered(Region region, List<Region> covers) {
        Region rest = region;
        List<Region> open = covers;
        boolean narrowed = true;
        while (narrowed) {
            narrowed = false;
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
                .map(piece -> uncovered(toSplit.with(input, piece), splitBy))
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
    private static int inputToSplit(Region region, List<Region> covers) {
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
