package io.github.schoolsafeguarding.policy.decision.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.schoolsafeguarding.policy.decision.DecisionTable;
import io.github.schoolsafeguarding.policy.decision.TestTables;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleCoverageCheckTest {

    @TempDir
    Path dir;

    @Test
    void warnsAboutEachRuleNoExampleReachesAndSuggestsAnswersThatDo() {
        DecisionTable table = TestTables.table(dir, "first",
                List.of("{adult: true} -> refer", "{age: \"< 13\"} -> handle", "{} -> watch"),
                List.of("{adult: true, context: other, age: 3} -> refer", "{adult: false, context: other, age: 15} -> watch"));

        assertEquals(List.of("t.yaml:25:5: warning: no example exercises rule 2"
                        + " — add an example that reaches it, such as adult=false, context=romantic, age=0"),
                Findings.of(new ExampleCoverageCheck(), table));
        assertEquals("2 of 3 rules (66%) have an example", ExampleCoverage.of(table).toString());
        assertEquals(List.of(2), ExampleCoverage.of(table).notExercised());
    }

    @Test
    void underAnyAnExampleExercisesEveryRuleItMatches() {
        DecisionTable table = TestTables.table(dir, "any", List.of("{adult: true} -> refer", "{age: \"< 13\"} -> refer", "{} -> refer"),
                List.of("{adult: true, context: other, age: 3} -> refer"));

        assertEquals(List.of(), new ExampleCoverageCheck().check(table));
        assertEquals(100, ExampleCoverage.of(table).percent());
    }
}
