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

    private Coverage() {}

    /** A combination in {@code region} that none of {@code covers} contains, or empty if they cover it all. */
    static Optional<int[]> uncovered(Region region, List<Region> covers) {
        List<Region> relevant = new ArrayList<>(covers.size());
        boolean narrowed = true;
        while (narrowed) {
            narrowed = false;
            relevant.clear();
            for (Region cover : covers) {
                if (!cover.intersects(region)) {
                    continue;
                }
                int constrained = onlyConstrainedInput(cover, region);
                if (constrained == ALL) {
                    return Optional.empty();
                }
                if (constrained >= 0) {
                    region = region.with(constrained, region.values(constrained).minus(cover.values(constrained)));
                    narrowed = true;
                    if (region.isEmpty()) {
                        return Optional.empty();
                    }
                } else {
                    relevant.add(cover);
                }
            }
            covers = List.copyOf(relevant);
        }
        if (covers.isEmpty()) {
            return Optional.of(region.someCombination());
        }
        Region splitting = region;
        int input = inputToSplit(region, covers);
        List<IntervalSet> conditions = covers.stream().map(cover -> cover.values(input)).toList();
        List<Region> remaining = covers;
        return region.values(input).partition(conditions).stream()
                .map(piece -> splitting.with(input, piece))
                .map(piece -> uncovered(piece, remaining))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static final int ALL = -2;

    /**
     * The one input on which {@code cover} leaves out part of {@code region}; {@link #ALL} if it
     * contains the whole region, -1 if it leaves out part of it on two or more inputs.
     */
    private static int onlyConstrainedInput(Region cover, Region region) {
        int constrained = ALL;
        for (int input = 0; input < region.inputs(); input++) {
            if (!cover.values(input).containsAll(region.values(input))) {
                if (constrained != ALL) {
                    return -1;
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
