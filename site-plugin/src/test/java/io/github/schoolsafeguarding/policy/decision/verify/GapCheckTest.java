package io.github.schoolsafeguarding.policy.decision.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.schoolsafeguarding.policy.decision.TestTables;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GapCheckTest {

    @TempDir
    Path dir;

    private List<String> gaps(String hitPolicy, String... rules) {
        return Findings.of(new GapCheck(), TestTables.table(dir, hitPolicy, List.of(rules), List.of()));
    }

    @Test
    void aTableWithACatchAllRuleHasNoGap() {
        assertEquals(List.of(), gaps("first", "{adult: true} -> refer", "{} -> handle"));
    }

    @Test
    void findsTheValueBetweenTwoIntervals() {
        assertEquals(List.of("t.yaml:1:5: no rule of table 't' matches adult=false, context=romantic, age=13"
                        + " — add a rule for this case, or widen the conditions of a rule that should cover it"),
                gaps("unique", "{age: \"< 13\"} -> refer", "{age: \">= 14\"} -> handle"));
    }

    @Test
    void findsTheEnumValueNoRuleNames() {
        assertEquals(List.of("t.yaml:1:5: no rule of table 't' matches adult=false, context=attention-seeking, age=0"
                        + " — add a rule for this case, or widen the conditions of a rule that should cover it"),
                gaps("any", "{context: romantic} -> refer", "{context: other} -> handle"));
    }

    @Test
    void findsAGapThatOnlyTheRulesTogetherLeave() {
        assertEquals(List.of("t.yaml:1:5: no rule of table 't' matches adult=false, context=other, age=11"
                        + " — add a rule for this case, or widen the conditions of a rule that should cover it"),
                gaps("unique", "{adult: true} -> refer", "{adult: false, context: \"not [other]\"} -> handle",
                        "{adult: false, context: other, age: \"<= 10\"} -> watch"));
    }

    @Test
    void rulesThatTogetherCoverEverythingLeaveNoGap() {
        assertEquals(List.of(), gaps("unique", "{adult: true} -> refer", "{adult: false, context: \"not [other]\"} -> handle",
                "{adult: false, context: other, age: \"<= 10\"} -> watch", "{adult: false, context: other, age: \">= 11\"} -> watch"));
    }
}
