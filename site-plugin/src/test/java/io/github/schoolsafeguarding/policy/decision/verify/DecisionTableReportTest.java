package io.github.schoolsafeguarding.policy.decision.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.schoolsafeguarding.policy.decision.DecisionTable;
import io.github.schoolsafeguarding.policy.decision.TestTables;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionTableReportTest {

    @TempDir
    Path dir;

    @Test
    void showsTheTableItsFindingsItsExamplesAndEveryClassOfAnswers() {
        DecisionTable table = TestTables.table(dir, "first", List.of("{adult: true} -> refer", "{age: \"< 13\"} -> handle"),
                List.of("{adult: true, context: other, age: 3} -> refer", "{adult: false, context: other, age: 3} -> refer"));

        assertEquals("""
                Decision table t
                Question: What to do
                Hit policy: first
                Sources: s

                Inputs
                  adult (boolean): Adult
                  context (enum: romantic, attention-seeking, other): Why
                  age (integer 0..17): Age

                Outputs
                  action: Action
                    refer: Refer
                    handle: Handle
                    watch: Watch

                Rules
                  rule | adult | context | age   || action
                  1    | true  | -       | -     || refer
                  2    | -     | -       | <= 12 || handle

                Why
                  1. Because. (s)
                  2. Because. (s)

                Verification
                  t.yaml:1:5: no rule of table 't' matches adult=false, context=romantic, age=13 — add a rule for this case, or widen the conditions of a rule that should cover it
                  t.yaml:31:5: example 'example 2' of table 't' expects action=refer, but the table gives action=handle (rule 2) — if the example is right, correct the rules; otherwise correct the example
                  Examples: 2 of 2 rules (100%) have an example

                Examples
                  ok     example 1: action=refer (rule 1)
                  WRONG  example 2: expected action=refer, but the table gives action=handle (rule 2)

                Outcome for each class of answers (12 classes)
                  adult=false, context=romantic, age=0..12 -> action=handle (rule 2)
                  adult=false, context=romantic, age=13..17 -> cannot decide: no rule of table 't' matches adult=false, context=romantic, age=13
                  adult=false, context=attention-seeking, age=0..12 -> action=handle (rule 2)
                  adult=false, context=attention-seeking, age=13..17 -> cannot decide: no rule of table 't' matches adult=false, context=attention-seeking, age=13
                  adult=false, context=other, age=0..12 -> action=handle (rule 2)
                  adult=false, context=other, age=13..17 -> cannot decide: no rule of table 't' matches adult=false, context=other, age=13
                  adult=true, context=romantic, age=0..12 -> action=refer (rule 1)
                  adult=true, context=romantic, age=13..17 -> action=refer (rule 1)
                  adult=true, context=attention-seeking, age=0..12 -> action=refer (rule 1)
                  adult=true, context=attention-seeking, age=13..17 -> action=refer (rule 1)
                  adult=true, context=other, age=0..12 -> action=refer (rule 1)
                  adult=true, context=other, age=13..17 -> action=refer (rule 1)
                """, DecisionTableReport.render(table, DecisionTableVerifier.verify(table)));
    }
}
