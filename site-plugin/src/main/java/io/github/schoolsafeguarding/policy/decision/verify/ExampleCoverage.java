package io.github.schoolsafeguarding.policy.decision.verify;

import io.github.schoolsafeguarding.policy.decision.DecisionEngine;
import io.github.schoolsafeguarding.policy.decision.DecisionTable;
import io.github.schoolsafeguarding.policy.decision.Example;
import io.github.schoolsafeguarding.policy.decision.Rule;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Which rules the worked examples exercise. Under {@code first} an example exercises the rule that
 * decides it; under the other hit policies, every rule it matches.
 *
 * @param rules the number of rules in the table
 * @param exercised the numbers of the rules some example exercises, ascending
 */
public record ExampleCoverage(int rules, List<Integer> exercised) {

    public ExampleCoverage {
        exercised = List.copyOf(exercised);
    }

    public static ExampleCoverage of(DecisionTable table) {
        Set<Integer> exercised = new TreeSet<>();
        for (Example example : table.examples()) {
            int[] combination = DecisionEngine.combination(table, example.given());
            DecisionEngine.matchingRules(table, combination).forEach(rule -> exercised.add(rule.number()));
        }
        return new ExampleCoverage(table.rules().size(), List.copyOf(exercised));
    }

    /** The numbers of the rules no example exercises, ascending. */
    public List<Integer> notExercised() {
        return IntStream.rangeClosed(1, rules).boxed().filter(number -> !exercised.contains(number)).toList();
    }

    /** The share of rules exercised, in whole percent, rounded down so that 100 means every rule. */
    public int percent() {
        return rules == 0 ? 100 : exercised.size() * 100 / rules;
    }

    /** "5 of 6 rules (83%) have an example". */
    @Override
    public String toString() {
        return exercised.size() + " of " + rules + " rules (" + percent() + "%) " + (exercised.size() == 1 ? "has" : "have") + " an example";
    }

    boolean isExercised(Rule rule) {
        return exercised.contains(rule.number());
    }
}
