package io.github.schoolsafeguarding.policy.decision.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.schoolsafeguarding.policy.decision.TestTables;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnreachableRuleCheckTest {

    @TempDir
    Path dir;

    private List<String> unreachable(String hitPolicy, String... rules) {
        return Findings.of(new UnreachableRuleCheck(), TestTables.table(dir, hitPolicy, List.of(rules), List.of()));
    }

    @Test
    void aRuleHiddenByTwoEarlierRulesTogetherIsUnreachable() {
        assertEquals(List.of("t.yaml:29:5: rule 3 can never apply: rules 1 and 2 come first and match every case it matches"
                        + " — remove rule 3, or move it above them if it is the more specific rule"),
                unreachable("first", "{adult: true} -> refer", "{adult: false} -> handle", "{context: romantic} -> watch"));
    }

    @Test
    void aRuleAnEarlierRuleCoversOnlyInPartIsReachable() {
        assertEquals(List.of(), unreachable("first", "{age: \"< 13\"} -> refer", "{age: \"<= 13\"} -> handle", "{} -> watch"));
    }

    @Test
    void aCatchAllRuleAfterSpecificOnesIsReachable() {
        assertEquals(List.of(), unreachable("first", "{adult: true, context: romantic} -> refer", "{} -> watch"));
    }

    @Test
    void namesOnlyTheEarlierRulesThatShareCases() {
        assertEquals(List.of(new UnreachableRule(3, List.of(2))),
                new UnreachableRuleCheck().unreachableRules(TestTables.table(dir, "first",
                        List.of("{adult: true} -> refer", "{age: \"< 13\"} -> handle", "{adult: false, age: 5} -> watch", "{} -> watch"),
                        List.of())));
    }

    @Test
    void onlyFirstTablesHaveUnreachableRules() {
        assertEquals(List.of(), unreachable("any", "{} -> refer", "{adult: true} -> refer"));
    }
}
