package io.github.schoolsafeguarding.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.decision.DecisionTable;
import io.github.schoolsafeguarding.policy.decision.DecisionTableReader;
import io.github.schoolsafeguarding.policy.decision.verify.DecisionTableReport;
import io.github.schoolsafeguarding.policy.decision.verify.DecisionTableVerifier;
import java.nio.file.Path;
import java.util.List;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.approvaltests.reporters.JunitReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every decision table's report — the table, its verification, its examples and the outcome for
 * every class of answers — against the approved copy in {@code approved/}. A change of policy
 * therefore shows as a diff to review: when a test fails, compare the {@code .received.txt} file
 * with the {@code .approved.txt} one, and if the change is intended, move it over the approved file.
 */
class DecisionTableApprovalTest {

    static List<DecisionTable> tables() {
        Problems problems = new Problems();
        List<DecisionTable> tables = DecisionTableReader.readAll(Path.of("content/decisions"), problems);
        assertEquals(List.of(), problems.all());
        return tables;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void report(DecisionTable table) {
        Approvals.verify(DecisionTableReport.render(table, DecisionTableVerifier.verify(table)),
                new Options(new JunitReporter()).forFile().withAdditionalInformation(table.id()));
    }
}
