package io.github.schoolsafeguarding.policy.decision.verify;

import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.decision.DecisionTable;
import java.util.List;

/**
 * The result of verifying one table.
 *
 * @param findings every fault found, errors and warnings, in reading order
 * @param coverage which rules the table's examples exercise
 */
public record Verification(DecisionTable table, List<Problem> findings, ExampleCoverage coverage) {

    public Verification {
        findings = findings.stream().sorted(Problem.READING_ORDER).toList();
    }

    /** True when a finding is an error, so the build must stop. */
    public boolean hasErrors() {
        return findings.stream().anyMatch(Problem::isError);
    }
}
