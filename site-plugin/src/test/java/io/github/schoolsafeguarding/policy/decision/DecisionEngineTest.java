package io.github.schoolsafeguarding.policy.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionEngineTest {

    private static final Map<String, String> ROMANTIC_ADULT = Map.of("adult", "true", "context", "romantic", "age", "14");

    @TempDir
    Path dir;

    @Test
    void firstRuleThatMatchesDecides() {
        DecisionTable table = TestTables.table(dir, "first",
                List.of("{context: romantic} -> handle", "{adult: true} -> refer", "{} -> watch"), List.of());

        Decision decision = DecisionEngine.evaluate(table, ROMANTIC_ADULT);

        assertEquals(List.of(1), decision.rules());
        assertEquals("handle", decision.outcome().value("action"));
        assertEquals(List.of(3), DecisionEngine.evaluate(table, Map.of("adult", false, "context", "other", "age", 3)).rules());
    }

    @Test
    void uniqueTableGivesTheOneRuleThatMatches() {
        DecisionTable table = TestTables.table(dir, "unique",
                List.of("{age: \"< 13\"} -> refer", "{age: \"[13..15]\"} -> handle", "{age: \">= 16\"} -> watch"), List.of());

        assertEquals("handle", DecisionEngine.evaluate(table, ROMANTIC_ADULT).outcome().value("action"));
        assertEquals(List.of(3), DecisionEngine.evaluate(table, Map.of("adult", "false", "context", "other", "age", "17")).rules());
    }

    @Test
    void uniqueTableRefusesToChooseBetweenTwoRules() {
        DecisionTable table = TestTables.table(dir, "unique", List.of("{adult: true} -> refer", "{age: \"< 16\"} -> handle"), List.of());

        DecisionException thrown = assertThrows(DecisionException.class, () -> DecisionEngine.evaluate(table, ROMANTIC_ADULT));

        assertEquals("rules 1 and 2 of table 't' all match adult=true, context=romantic, age=14, but its hit policy 'unique'"
                + " allows only one", thrown.getMessage());
    }

    @Test
    void anyTableAcceptsRulesThatAgree() {
        DecisionTable table = TestTables.table(dir, "any",
                List.of("{adult: true} -> refer", "{age: \"< 16\"} -> refer", "{adult: false, age: \">= 16\"} -> handle"), List.of());

        Decision decision = DecisionEngine.evaluate(table, ROMANTIC_ADULT);

        assertEquals(List.of(1, 2), decision.rules());
        assertEquals("refer", decision.outcome().value("action"));
    }

    @Test
    void anyTableRefusesRulesThatDisagree() {
        DecisionTable table = TestTables.table(dir, "any", List.of("{adult: true} -> refer", "{age: \"< 16\"} -> handle"), List.of());

        DecisionException thrown = assertThrows(DecisionException.class, () -> DecisionEngine.evaluate(table, ROMANTIC_ADULT));

        assertEquals("rules 1 and 2 of table 't' match adult=true, context=romantic, age=14 but give different outcomes,"
                + " which its hit policy 'any' forbids", thrown.getMessage());
    }

    @Test
    void collectTableListsEveryMatchInRuleOrder() {
        DecisionTable table = TestTables.table(dir, "collect",
                List.of("{age: \"< 16\"} -> watch", "{context: \"not [other]\"} -> handle", "{adult: true} -> refer"), List.of());

        Decision decision = DecisionEngine.evaluate(table, ROMANTIC_ADULT);

        assertEquals(List.of(1, 2, 3), decision.rules());
        assertEquals(Map.of("action", List.of("watch", "handle", "refer")), decision.outcome().values());
        assertEquals("action=[watch, handle, refer]", decision.outcome().toString());
    }

    @Test
    void reportsACombinationNoRuleMatches() {
        DecisionTable table = TestTables.table(dir, "first", List.of("{adult: true} -> refer"), List.of());

        DecisionException thrown = assertThrows(DecisionException.class,
                () -> DecisionEngine.evaluate(table, Map.of("adult", "false", "context", "other", "age", "1")));

        assertEquals("no rule of table 't' matches adult=false, context=other, age=1", thrown.getMessage());
    }

    @Test
    void namesAnUnknownInputAndTheInputsThereAre() {
        DecisionTable table = TestTables.table(dir, "first", List.of("{} -> refer"), List.of());

        DecisionException thrown = assertThrows(DecisionException.class,
                () -> DecisionEngine.evaluate(table, Map.of("adult", "false", "context", "other", "age", "1", "ag", "2")));

        assertEquals("table 't' has no input 'ag': did you mean 'age'? its inputs are adult, context, age", thrown.getMessage());
    }

    @Test
    void namesAMissingInputAndWhatItAccepts() {
        DecisionTable table = TestTables.table(dir, "first", List.of("{} -> refer"), List.of());

        DecisionException thrown = assertThrows(DecisionException.class,
                () -> DecisionEngine.evaluate(table, Map.of("adult", "false", "age", "1")));

        assertEquals("table 't' needs an answer for 'context': one of romantic, attention-seeking, other", thrown.getMessage());
    }

    @Test
    void namesAValueOutsideTheInputsSet() {
        DecisionTable table = TestTables.table(dir, "first", List.of("{} -> refer"), List.of());

        assertEquals("'age' cannot be '18' in table 't': give a whole number from 0 to 17",
                assertThrows(DecisionException.class,
                        () -> DecisionEngine.evaluate(table, Map.of("adult", "false", "context", "other", "age", "18"))).getMessage());
        assertEquals("'adult' cannot be 'yes' in table 't': give true or false",
                assertThrows(DecisionException.class,
                        () -> DecisionEngine.evaluate(table, Map.of("adult", "yes", "context", "other", "age", "1"))).getMessage());
    }
}
