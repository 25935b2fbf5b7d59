package io.github.schoolsafeguarding.policy.decision.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.schoolsafeguarding.policy.decision.DecisionTable;
import io.github.schoolsafeguarding.policy.decision.TestTables;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubsumedRuleCheckTest {

    @TempDir
    Path dir;

    private List<SubsumedRule> subsumed(String hitPolicy, String... rules) {
        return new SubsumedRuleCheck().subsumedRules(TestTables.table(dir, hitPolicy, List.of(rules), List.of()));
    }

    @Test
    void warnsAboutARuleAWiderRuleWithTheSameOutcomeMakesRedundant() {
        DecisionTable table = TestTables.table(dir, "any",
                List.of("{adult: true, age: \"< 13\"} -> refer", "{adult: true} -> refer", "{adult: false} -> handle"), List.of());

        assertEquals(List.of("t.yaml:21:5: warning: rule 1 is redundant: rule 2 matches every case it matches and gives the same outcome"
                + " — remove rule 1, or narrow rule 2 if it is too wide"), Findings.of(new SubsumedRuleCheck(), table));
    }

    @Test
    void aWiderRuleWithAnotherOutcomeDoesNotMakeARuleRedundant() {
        assertEquals(List.of(), subsumed("any", "{adult: true, age: \"< 13\"} -> refer", "{adult: true} -> handle"));
    }

    @Test
    void ofTwoIdenticalRulesOnlyTheSecondIsRedundant() {
        assertEquals(List.of(new SubsumedRule(2, 1)), subsumed("any", "{adult: true} -> refer", "{adult: true} -> refer"));
    }

    @Test
    void underFirstALaterWiderRuleMakesARuleRedundantOnlyIfNoRuleBetweenDecidesOtherwise() {
        assertEquals(List.of(new SubsumedRule(1, 2)), subsumed("first", "{adult: true, age: \"< 13\"} -> refer",
                "{adult: true} -> refer", "{} -> watch"));
        assertEquals(List.of(), subsumed("first", "{adult: true, age: \"< 13\"} -> refer", "{age: \"< 13\"} -> handle",
                "{adult: true} -> refer", "{} -> watch"));
    }

    @Test
    void underFirstAnEarlierWiderRuleIsLeftToTheUnreachableCheck() {
        assertEquals(List.of(), subsumed("first", "{adult: true} -> refer", "{adult: true, age: \"< 13\"} -> refer", "{} -> watch"));
    }

    @Test
    void collectTablesHaveNoRedundantRules() {
        assertEquals(List.of(), subsumed("collect", "{adult: true} -> refer", "{} -> refer"));
    }
}
