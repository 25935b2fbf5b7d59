package io.github.schoolsafeguarding.policy.decision.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.decision.DecisionTable;
import io.github.schoolsafeguarding.policy.decision.DecisionTableReader;
import io.github.schoolsafeguarding.policy.decision.TestTables;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionTableVerifierTest {

    @TempDir
    Path dir;

    @Test
    void everyTableInTheContentVerifiesCleanly() {
        Problems problems = new Problems();
        List<DecisionTable> tables = DecisionTableReader.readAll(Path.of("../content/decisions"), problems);

        assertFalse(tables.isEmpty());
        assertEquals(List.of(), problems.all());
        for (DecisionTable table : tables) {
            Verification verification = DecisionTableVerifier.verify(table);
            assertEquals(List.of(), verification.findings(), table.id());
            assertEquals(100, verification.coverage().percent(), table.id());
        }
    }

    @Test
    void collectsTheFindingsOfEveryCheckInReadingOrder() {
        DecisionTable table = TestTables.table(dir, "unique", List.of("{adult: true} -> refer", "{age: \"< 13\"} -> handle"),
                List.of("{adult: true, context: other, age: 15} -> handle"));

        Verification verification = DecisionTableVerifier.verify(table);

        assertTrue(verification.hasErrors());
        assertEquals(List.of(GapCheck.ID, OverlapCheck.ID, ExampleCoverageCheck.ID, ExampleOutcomeCheck.ID),
                verification.findings().stream().map(Problem::id).toList());
    }
}
