package io.github.schoolsafeguarding.policy.decision.verify;

import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.decision.DecisionTable;
import io.github.schoolsafeguarding.policy.decision.HitPolicy;
import io.github.schoolsafeguarding.policy.decision.Region;
import io.github.schoolsafeguarding.policy.decision.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * Under the {@code first} hit policy, finds rules that earlier rules cover completely: they can
 * never decide anything, which almost always means the order of the rules is wrong.
 */
public final class UnreachableRuleCheck implements TableCheck {

    public static final String ID = "decision.unreachable-rule";

    private final Coverage coverage;

    public UnreachableRuleCheck() {
        this(new Coverage());
    }

    /** A check that spends {@code coverage}'s budget, shared with the table's other checks. */
    UnreachableRuleCheck(Coverage coverage) {
        this.coverage = coverage;
    }

    /** Every rule that earlier rules hide completely, in rule order; none unless the table is {@code first}. */
    public List<UnreachableRule> unreachableRules(DecisionTable table) {
        if (table.hitPolicy() != HitPolicy.FIRST) {
            return List.of();
        }
        List<UnreachableRule> unreachable = new ArrayList<>();
        List<Rule> rules = table.rules();
        for (int i = 0; i < rules.size(); i++) {
            Region region = table.region(rules.get(i));
            List<Rule> earlier = rules.subList(0, i).stream().filter(rule -> table.region(rule).intersects(region)).toList();
            if (coverage.uncovered(region, earlier.stream().map(table::region).toList()).isEmpty()) {
                unreachable.add(new UnreachableRule(rules.get(i).number(), earlier.stream().map(Rule::number).toList()));
            }
        }
        return unreachable;
    }

    @Override
    public List<Problem> check(DecisionTable table) {
        return unreachableRules(table).stream()
                .map(found -> Problem.error(ID, table.rules().get(found.rule() - 1).location(),
                        "rule " + found.rule() + " can never apply: " + Rule.numbers(found.hiddenBy())
                                + " come first and match every case it matches",
                        "remove rule " + found.rule() + ", or move it above them if it is the more specific rule"))
                .toList();
    }

    @Override
    public String kind() {
        return "unreachable rules";
    }
}
