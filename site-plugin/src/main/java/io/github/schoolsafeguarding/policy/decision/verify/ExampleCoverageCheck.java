package io.github.schoolsafeguarding.policy.decision.verify;

import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.decision.DecisionTable;
import io.github.schoolsafeguarding.policy.decision.HitPolicy;
import io.github.schoolsafeguarding.policy.decision.Rule;
import java.util.List;

/**
 * Warns about rules that no worked example exercises: a rule nobody has checked by hand is where a
 * slip hides. The warning suggests answers that reach the rule.
 */
public final class ExampleCoverageCheck implements TableCheck {

    public static final String ID = "decision.rule-without-example";

    private final Coverage coverage;

    public ExampleCoverageCheck() {
        this(new Coverage());
    }

    /** A check that spends {@code coverage}'s budget, shared with the table's other checks. */
    ExampleCoverageCheck(Coverage coverage) {
        this.coverage = coverage;
    }

    @Override
    public List<Problem> check(DecisionTable table) {
        ExampleCoverage coverage = ExampleCoverage.of(table);
        return table.rules().stream()
                .filter(rule -> !coverage.isExercised(rule))
                .map(rule -> Problem.warning(ID, rule.location(), "no example exercises rule " + rule.number(),
                        "add an example that reaches it" + suggestion(table, rule)))
                .toList();
    }

    @Override
    public String kind() {
        return "rules without an example";
    }

    /**
     * Answers that reach the rule: under first, ones no earlier rule takes; empty if there are none,
     * or if finding them would pass the table's budget (the gap or unreachable check then says so).
     */
    private String suggestion(DecisionTable table, Rule rule) {
        List<Rule> earlier = table.hitPolicy() == HitPolicy.FIRST ? table.rules().subList(0, rule.number() - 1) : List.of();
        try {
            return coverage.uncovered(table.region(rule), earlier.stream().map(table::region).toList())
                    .map(combination -> ", such as " + table.describe(combination))
                    .orElse("");
        } catch (TableTooComplex tooComplex) {
            return "";
        }
    }
}
