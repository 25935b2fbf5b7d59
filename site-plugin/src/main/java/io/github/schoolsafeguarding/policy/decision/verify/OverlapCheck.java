package io.github.schoolsafeguarding.policy.decision.verify;

import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.decision.DecisionTable;
import io.github.schoolsafeguarding.policy.decision.HitPolicy;
import io.github.schoolsafeguarding.policy.decision.Region;
import io.github.schoolsafeguarding.policy.decision.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds rules that match the same combination where the hit policy forbids it: any two rules of a
 * {@code unique} table, or two rules of an {@code any} table that give different outcomes. Two
 * regions overlap exactly when they overlap on every input, so comparing rules pairwise is exact.
 */
public final class OverlapCheck implements TableCheck {

    public static final String ID = "decision.overlap";

    /** Every pair of rules whose overlap breaks the table's hit policy. */
    public List<Overlap> overlaps(DecisionTable table) {
        if (table.hitPolicy() != HitPolicy.UNIQUE && table.hitPolicy() != HitPolicy.ANY) {
            return List.of();
        }
        List<Overlap> overlaps = new ArrayList<>();
        List<Rule> rules = table.rules();
        for (int i = 0; i < rules.size(); i++) {
            for (int j = i + 1; j < rules.size(); j++) {
                Rule first = rules.get(i);
                Rule second = rules.get(j);
                boolean forbidden = table.hitPolicy() == HitPolicy.UNIQUE || !first.then().equals(second.then());
                if (forbidden && table.region(first).intersects(table.region(second))) {
                    Region both = table.region(first).intersect(table.region(second));
                    overlaps.add(new Overlap(first.number(), second.number(), both.someCombination()));
                }
            }
        }
        return overlaps;
    }

    @Override
    public List<Problem> check(DecisionTable table) {
        boolean unique = table.hitPolicy() == HitPolicy.UNIQUE;
        return overlaps(table).stream()
                .map(overlap -> Problem.error(ID, table.rules().get(overlap.second() - 1).location(),
                        "rules " + overlap.first() + " and " + overlap.second() + " both match "
                                + table.describe(overlap.combination())
                                + (unique ? ", but hit_policy is unique" : " and give different outcomes, but hit_policy is any"),
                        unique ? "narrow one rule so that they cannot both match, or use hit_policy: first if the earlier rule should win"
                                : "make them give the same outcome, or narrow one so that they cannot both match"))
                .toList();
    }

    @Override
    public String kind() {
        return "overlaps against its hit policy";
    }
}
