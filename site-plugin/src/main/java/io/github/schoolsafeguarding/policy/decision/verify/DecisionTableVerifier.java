package io.github.schoolsafeguarding.policy.decision.verify;

import io.github.schoolsafeguarding.policy.decision.DecisionTable;
import java.util.List;

/**
 * Runs every check on a table: gaps, overlaps that break the hit policy, unreachable and redundant
 * rules, examples that do not hold, and rules without an example. Stateless and thread-safe.
 */
public final class DecisionTableVerifier {

    private static final List<TableCheck> CHECKS = List.of(new GapCheck(), new OverlapCheck(), new UnreachableRuleCheck(),
            new SubsumedRuleCheck(), new ExampleOutcomeCheck(), new ExampleCoverageCheck());

    private DecisionTableVerifier() {}

    public static Verification verify(DecisionTable table) {
        return new Verification(table, CHECKS.stream().flatMap(check -> check.check(table).stream()).toList(),
                ExampleCoverage.of(table));
    }
}
