package io.github.schoolsafeguarding.policy.decision.verify;

import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.decision.DecisionTable;
import java.util.List;
import java.util.Optional;

/** Finds a combination of answers that no rule matches: the reader would be told nothing. */
public final class GapCheck implements TableCheck {

    public static final String ID = "decision.gap";

    private final Coverage coverage;

    public GapCheck() {
        this(new Coverage());
    }

    /** A check that spends {@code coverage}'s budget, shared with the table's other checks. */
    GapCheck(Coverage coverage) {
        this.coverage = coverage;
    }

    /** One combination no rule matches, or empty when the rules cover every combination. */
    public Optional<int[]> gap(DecisionTable table) {
        return coverage.uncovered(table.everyCombination(), table.rules().stream().map(table::region).toList());
    }

    @Override
    public List<Problem> check(DecisionTable table) {
        return gap(table).stream()
                .map(combination -> Problem.error(ID, table.location(),
                        "no rule of table '" + table.id() + "' matches " + table.describe(combination),
                        "add a rule for this case, or widen the conditions of a rule that should cover it"))
                .toList();
    }

    @Override
    public String kind() {
        return "gaps";
    }
}
