package io.github.schoolsafeguarding.policy.decision.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.schoolsafeguarding.policy.decision.TestTables;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleOutcomeCheckTest {

    @TempDir
    Path dir;

    private List<String> mismatches(String hitPolicy, List<String> rules, String example) {
        return Findings.of(new ExampleOutcomeCheck(), TestTables.table(dir, hitPolicy, rules, List.of(example)));
    }

    @Test
    void anExampleThatHoldsIsNotReported() {
        assertEquals(List.of(), mismatches("first", List.of("{adult: true} -> refer", "{} -> watch"),
                "{adult: true, context: other, age: 3} -> refer"));
    }

    @Test
    void namesTheTableTheExampleAndBothOutcomes() {
        assertEquals(List.of("t.yaml:30:5: example 'example 1' of table 't' expects action=handle,"
                        + " but the table gives action=refer (rule 1) — if the example is right, correct the rules; otherwise correct the example"),
                mismatches("first", List.of("{adult: true} -> refer", "{} -> watch"), "{adult: true, context: other, age: 3} -> handle"));
    }

    @Test
    void reportsAnExampleTheTableCannotDecide() {
        assertEquals(List.of("t.yaml:26:5: example 'example 1' of table 't' expects action=handle,"
                        + " but no rule of table 't' matches adult=false, context=other, age=3"
                        + " — if the example is right, correct the rules; otherwise correct the example"),
                mismatches("unique", List.of("{adult: true} -> refer"), "{adult: false, context: other, age: 3} -> handle"));
    }
}
