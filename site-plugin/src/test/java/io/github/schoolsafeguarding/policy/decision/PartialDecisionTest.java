package io.github.schoolsafeguarding.policy.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Answers to some questions: when they settle the outcome, and which questions still matter. */
class PartialDecisionTest {

    static final int TABLES_PER_POLICY = 8;
    /** The ages a partial answer gives; completions still try every age. */
    static final int[] ANSWERED_AGES = {0, 5, 12, 13, 15, 16, 17};

    @TempDir
    Path dir;

    @Test
    void anAnswerThatMatchesAnEarlyRuleUnderFirstDecidesAtOnce() {
        DecisionTable table = TestTables.table(dir, "first",
                List.of("{adult: true} -> refer", "{age: \"< 13\"} -> refer", "{} -> handle"), List.of());

        PartialDecision decision = DecisionEngine.decidePartly(table, Map.of("adult", "true"));

        assertTrue(decision.decided());
        assertEquals("refer", decision.outcome().orElseThrow().value("action"));
        assertEquals(List.of(1), decision.rules());
        assertEquals(List.of(), decision.needed());
    }

    @Test
    void aQuestionNoRuleAsksIsNeverNeeded() {
        DecisionTable table = TestTables.table(dir, "first",
                List.of("{adult: true} -> refer", "{age: \"< 13\"} -> refer", "{} -> handle"), List.of());

        PartialDecision nothing = DecisionEngine.decidePartly(table, Map.of());
        PartialDecision noAdult = DecisionEngine.decidePartly(table, Map.of("adult", false));

        assertFalse(nothing.decided());
        assertEquals(List.of(), nothing.rules());
        assertEquals(List.of("adult", "age"), nothing.needed());
        assertEquals(List.of("age"), noAdult.needed());
        assertEquals("handle", DecisionEngine.decidePartly(table, Map.of("adult", false, "age", 15)).outcome().orElseThrow().value("action"));
    }

    @Test
    void underAnyTheReasonIsTheRuleThatHoldsWhateverTheOtherAnswers() {
        DecisionTable table = TestTables.table(dir, "any",
                List.of("{adult: true} -> refer", "{age: \"< 16\"} -> refer", "{adult: false, age: \">= 16\"} -> handle"), List.of());

        PartialDecision decision = DecisionEngine.decidePartly(table, Map.of("adult", "true"));

        assertEquals("refer", decision.outcome().orElseThrow().value("action"));
        assertEquals(List.of(1), decision.rules(), "rule 2 matches only some ages");
        assertEquals(List.of(1, 2), DecisionEngine.decidePartly(table, Map.of("adult", "true", "age", "3")).rules());
    }

    @Test
    void anOutcomeReachedByDifferentRulesGivesThemAll() {
        DecisionTable table = TestTables.table(dir, "first",
                List.of("{context: romantic} -> refer", "{age: \"< 13\"} -> refer", "{} -> refer"), List.of());

        PartialDecision decision = DecisionEngine.decidePartly(table, Map.of());

        assertEquals("refer", decision.outcome().orElseThrow().value("action"));
        assertEquals(List.of(1, 2, 3), decision.rules());
        assertEquals(List.of(), decision.needed());
    }

    @Test
    void underUniqueAnIntegerQuestionIsTriedOncePerClass() {
        DecisionTable table = TestTables.table(dir, "unique",
                List.of("{age: \"< 13\"} -> refer", "{age: \"[13..15]\"} -> handle", "{age: \">= 16\"} -> watch"), List.of());

        assertEquals(List.of("age"), DecisionEngine.decidePartly(table, Map.of("adult", "true", "context", "other")).needed());
        assertEquals(List.of(2), DecisionEngine.decidePartly(table, Map.of("age", "14")).rules());
    }

    @Test
    void underCollectEveryMatchCounts() {
        DecisionTable table = TestTables.table(dir, "collect", List.of("{age: \"< 16\"} -> watch", "{adult: true} -> refer"), List.of());

        assertEquals(List.of("age"), DecisionEngine.decidePartly(table, Map.of("adult", true)).needed());
        assertEquals(List.of("adult"), DecisionEngine.decidePartly(table, Map.of("age", 3)).needed());
        PartialDecision decision = DecisionEngine.decidePartly(table, Map.of("adult", false, "age", 3));
        assertEquals(Map.of("action", List.of("watch")), decision.outcome().orElseThrow().values());
        assertEquals(List.of(1), decision.rules());
    }

    @Test
    void answersThatCouldStillFallIntoAGapDecideNothing() {
        DecisionTable table = TestTables.table(dir, "unique", List.of("{adult: true} -> watch", "{adult: false, age: \"< 16\"} -> watch"), List.of());

        PartialDecision decision = DecisionEngine.decidePartly(table, Map.of("adult", "false"));

        assertFalse(decision.decided(), "ages 16 and 17 have no rule");
        assertEquals(List.of("age"), decision.needed());
    }

    @Test
    void refusesAnswersThatDoNotFit() {
        DecisionTable table = TestTables.table(dir, "first", List.of("{} -> refer"), List.of());

        assertEquals("table 't' has no input 'ag': did you mean 'age'? its inputs are adult, context, age",
                assertThrows(DecisionException.class, () -> DecisionEngine.decidePartly(table, Map.of("ag", "2"))).getMessage());
        assertEquals("'age' cannot be '18' in table 't': give a whole number from 0 to 17",
                assertThrows(DecisionException.class, () -> DecisionEngine.decidePartly(table, Map.of("age", "18"))).getMessage());
    }

    /**
     * For random tables under every hit policy (some with gaps and broken hit policies), and every
     * way of answering some of the questions with any value: the partial decision agrees with full
     * evaluation of every completion, value by value rather than class by class, and names as needed
     * exactly the unanswered questions on which two completions differing in that answer alone differ.
     */
    @Test
    void agreesWithFullEvaluationOnEveryCompletion() {
        Random random = new Random(20261204L);
        int checked = 0;
        for (String policy : List.of("first", "unique", "any", "collect")) {
            for (int t = 0; t < TABLES_PER_POLICY; t++) {
                DecisionTable table = TestTables.table(dir, policy, randomRules(random), List.of());
                for (Map<String, Object> given : everyPartialAnswer(table)) {
                    checkAgainstCompletions(table, given);
                    checked++;
                }
            }
        }
        assertEquals(4 * TABLES_PER_POLICY * 3 * 4 * (1 + ANSWERED_AGES.length), checked);
    }

    private static void checkAgainstCompletions(DecisionTable table, Map<String, Object> given) {
        PartialDecision partial = DecisionEngine.decidePartly(table, given);
        List<int[]> completions = completions(table, given);
        Set<Optional<Outcome>> outcomes = new HashSet<>();
        for (int[] completion : completions) {
            Optional<Decision> full = decide(table, completion);
            outcomes.add(full.map(Decision::outcome));
            if (partial.decided()) {
                String where = table.describe(completion) + " completing " + given + " in " + table.rules();
                assertEquals(partial.outcome(), full.map(Decision::outcome), where);
                assertTrue(full.orElseThrow().rules().containsAll(partial.rules())
                        || partial.rules().containsAll(full.orElseThrow().rules()), where);
            }
        }
        assertEquals(partial.decided(), outcomes.size() == 1 && !outcomes.contains(Optional.empty()), given + " in " + table.rules());
        assertEquals(outcomes.size() == 1, partial.needed().isEmpty(), "nothing is needed once every completion ends alike");
        for (int i = 0; i < table.inputs().size(); i++) {
            String id = table.inputs().get(i).id();
            if (!given.containsKey(id)) {
                assertEquals(matters(table, completions, i), partial.needed().contains(id), id + " after " + given + " in " + table.rules());
            }
        }
    }

    /** Whether two completions that differ only in input {@code input} differ in outcome. */
    private static boolean matters(DecisionTable table, List<int[]> completions, int input) {
        for (int[] completion : completions) {
            Optional<Outcome> outcome = decide(table, completion).map(Decision::outcome);
            for (int value : values(table.inputs().get(input))) {
                int[] other = completion.clone();
                other[input] = value;
                if (!decide(table, other).map(Decision::outcome).equals(outcome)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Optional<Decision> decide(DecisionTable table, int[] combination) {
        try {
            return Optional.of(DecisionEngine.evaluate(table, combination));
        } catch (DecisionException e) {
            return Optional.empty();
        }
    }

    /** Each input unanswered or answered with any of its values (a spread of ages). */
    private static List<Map<String, Object>> everyPartialAnswer(DecisionTable table) {
        List<Map<String, Object>> answers = new ArrayList<>();
        answers.add(new LinkedHashMap<>());
        for (Input input : table.inputs()) {
            List<Map<String, Object>> longer = new ArrayList<>();
            for (Map<String, Object> answer : answers) {
                longer.add(answer);
                for (int value : input instanceof IntegerInput ? ANSWERED_AGES : values(input)) {
                    Map<String, Object> with = new LinkedHashMap<>(answer);
                    with.put(input.id(), input.value(value));
                    longer.add(with);
                }
            }
            answers = longer;
        }
        return answers;
    }

    /** Every combination of codes that keeps the given answers, every value of the others. */
    private static List<int[]> completions(DecisionTable table, Map<String, Object> given) {
        List<int[]> combinations = new ArrayList<>();
        combinations.add(new int[0]);
        for (Input input : table.inputs()) {
            int[] choices = given.containsKey(input.id())
                    ? new int[] {input.code(given.get(input.id()).toString()).getAsInt()} : values(input);
            List<int[]> longer = new ArrayList<>();
            for (int[] combination : combinations) {
                for (int choice : choices) {
                    int[] next = Arrays.copyOf(combination, combination.length + 1);
                    next[combination.length] = choice;
                    longer.add(next);
                }
            }
            combinations = longer;
        }
        return combinations;
    }

    private static int[] values(Input input) {
        return IntStream.rangeClosed(input.domain().first(), input.domain().high(0)).toArray();
    }

    /** Two to five rules over the shared inputs, each condition left out half the time, ending with a catch-all now and then. */
    private static List<String> randomRules(Random random) {
        List<String> actions = List.of("refer", "handle", "watch");
        List<String> rules = new ArrayList<>();
        int count = 2 + random.nextInt(4);
        for (int r = 0; r < count; r++) {
            List<String> when = new ArrayList<>();
            if (random.nextBoolean()) {
                when.add("adult: " + random.nextBoolean());
            }
            if (random.nextBoolean()) {
                when.add(random.nextBoolean() ? "context: romantic" : "context: \"not [other]\"");
            }
            if (random.nextBoolean()) {
                int bound = 1 + random.nextInt(17);
                when.add(switch (random.nextInt(3)) {
                    case 0 -> "age: \"< " + bound + "\"";
                    case 1 -> "age: \">= " + bound + "\"";
                    default -> "age: \"[" + bound + ".." + Math.min(17, bound + random.nextInt(6)) + "]\"";
                });
            }
            rules.add("{" + String.join(", ", when) + "} -> " + actions.get(random.nextInt(3)));
        }
        if (random.nextInt(3) == 0) {
            rules.add("{} -> " + actions.get(random.nextInt(3)));
        }
        return rules;
    }
}
