package io.github.schoolsafeguarding.policy.decision.verify;

import io.github.schoolsafeguarding.policy.decision.DecisionTable;
import java.util.List;

/** What a check reports about a table, each finding as the line a maintainer reads. */
final class Findings {

    private Findings() {}

    static List<String> of(TableCheck check, DecisionTable table) {
        return check.check(table).stream().map(problem -> problem.format(table.location().file().getParent())).toList();
    }
}
