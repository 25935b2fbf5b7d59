package io.github.schoolsafeguarding.policy.decision.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.schoolsafeguarding.policy.decision.TestTables;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverlapCheckTest {

    @TempDir
    Path dir;

    private List<String> overlaps(String hitPolicy, String... rules) {
        return Findings.of(new OverlapCheck(), TestTables.table(dir, hitPolicy, List.of(rules), List.of()));
    }

    @Test
    void anyTwoRulesOfAUniqueTableMustNotMatchTogether() {
        assertEquals(List.of("t.yaml:25:5: rules 1 and 2 both match adult=true, context=romantic, age=0, but hit_policy is unique"
                        + " — narrow one rule so that they cannot both match, or use hit_policy: first if the earlier rule should win"),
                overlaps("unique", "{adult: true} -> refer", "{age: \"< 13\"} -> refer", "{adult: false, age: \">= 13\"} -> handle"));
    }

    @Test
    void rulesWhoseIntervalsOnlyTouchDoNotOverlap() {
        assertEquals(List.of(), overlaps("unique", "{age: \"[0..12]\"} -> refer", "{age: \"[13..17]\"} -> handle"));
    }

    @Test
    void rulesOfAnAnyTableMayOverlapWhenTheyAgree() {
        assertEquals(List.of(), overlaps("any", "{adult: true} -> refer", "{age: \"< 13\"} -> refer", "{} -> refer"));
    }

    @Test
    void rulesOfAnAnyTableMustNotOverlapWithDifferentOutcomes() {
        assertEquals(List.of("t.yaml:25:5: rules 1 and 2 both match adult=true, context=other, age=0 and give different outcomes,"
                        + " but hit_policy is any — make them give the same outcome, or narrow one so that they cannot both match"),
                overlaps("any", "{adult: true} -> refer", "{context: other} -> handle"));
    }

    @Test
    void firstAndCollectTablesAllowOverlaps() {
        assertEquals(List.of(), overlaps("first", "{adult: true} -> refer", "{} -> handle"));
        assertEquals(List.of(), overlaps("collect", "{adult: true} -> refer", "{} -> handle"));
    }
}
