package io.github.schoolsafeguarding.policy.decision.verify;

import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.decision.DecisionTable;
import io.github.schoolsafeguarding.policy.decision.HitPolicy;
import io.github.schoolsafeguarding.policy.decision.Region;
import io.github.schoolsafeguarding.policy.decision.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds rules that another rule makes redundant: it matches every case the rule matches and gives
 * the same outcome, so removing the rule changes nothing. A warning, since the table still decides
 * correctly. Not applied to {@code collect} tables, where a second matching rule adds to the list.
 */
public final class SubsumedRuleCheck implements TableCheck {

    public static final String ID = "decision.subsumed-rule";

    /** Every redundant rule with one rule that makes it so, in rule order. */
    public List<SubsumedRule> subsumedRules(DecisionTable table) {
        if (table.hitPolicy() == HitPolicy.COLLECT) {
            return List.of();
        }
        List<SubsumedRule> subsumed = new ArrayList<>();
        for (Rule rule : table.rules()) {
            table.rules().stream()
                    .filter(wider -> wider != rule && makesRedundant(table, wider, rule))
                    .findFirst()
                    .ifPresent(wider -> subsumed.add(new SubsumedRule(rule.number(), wider.number())));
        }
        return subsumed;
    }

    private static boolean makesRedundant(DecisionTable table, Rule wider, Rule rule) {
        Region region = table.region(rule);
        if (!wider.then().equals(rule.then()) || !table.region(wider).containsAll(region)) {
            return false;
        }
        // of two identical rules, the later is the one to remove
        if (table.region(wider).equals(region) && wider.number() > rule.number()) {
            return false;
        }
        if (table.hitPolicy() != HitPolicy.FIRST) {
            return true;
        }
        // under first, an earlier wider rule makes this one unreachable, which UnreachableRuleCheck
        // reports; a later one takes over its cases only if no rule in between decides otherwise
        return wider.number() > rule.number() && table.rules().subList(rule.number(), wider.number() - 1).stream()
                .noneMatch(between -> !between.then().equals(rule.then()) && table.region(between).intersects(region));
    }

    @Override
    public List<Problem> check(DecisionTable table) {
        return subsumedRules(table).stream()
                .map(found -> Problem.warning(ID, table.rules().get(found.rule() - 1).location(),
                        "rule " + found.rule() + " is redundant: rule " + found.by()
                                + " matches every case it matches and gives the same outcome",
                        "remove rule " + found.rule() + ", or narrow rule " + found.by() + " if it is too wide"))
                .toList();
    }

    @Override
    public String kind() {
        return "redundant rules";
    }
}
