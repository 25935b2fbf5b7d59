package io.github.schoolsafeguarding.policy.decision.verify;

import io.github.schoolsafeguarding.policy.decision.IntervalSet;
import io.github.schoolsafeguarding.policy.decision.Region;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Whether some regions together cover another, decided by recursive splitting rather than by
 * listing combinations. At each step the input that most of the remaining rules constrain is split
 * into pieces inside which every such rule either holds or does not; each piece is then covered,
 * uncovered, or split again on another input. Cost follows the structure of the rules, not the size
 * of the input space.
 */
final class Coverage {

    private Coverage() {}

    /** A combination in {@code region} that none of {@code covers} contains, or empty if they cover it all. */
    static Optional<int[]> uncovered(Region region, List<Region> covers) {
        List<Region> relevant = covers.stream().filter(cover -> cover.intersects(region)).toList();
        if (relevant.isEmpty()) {
            return Optional.of(region.someCombination());
        }
        if (relevant.stream().anyMatch(cover -> cover.containsAll(region))) {
            return Optional.empty();
        }
        int input = mostConstrainedInput(region, relevant);
        List<IntervalSet> conditions = relevant.stream().map(cover -> cover.values(input)).toList();
        // pieces that fewer rules reach first: that is where a gap, if any, is likeliest
        return region.values(input).partition(conditions).stream()
                .map(piece -> region.with(input, piece))
                .sorted(Comparator.comparingLong(piece -> relevant.stream().filter(cover -> cover.intersects(piece)).count()))
                .map(piece -> uncovered(piece, relevant))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** The input on which the most covers do not already hold throughout the region. */
    private static int mostConstrainedInput(Region region, List<Region> covers) {
        int best = -1;
        int bestCount = 0;
        for (int input = 0; input < region.inputs(); input++) {
            int count = 0;
            for (Region cover : covers) {
                if (!cover.values(input).containsAll(region.values(input))) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = input;
                bestCount = count;
            }
        }
        return best;
    }
}
