package io.github.schoolsafeguarding.policy.decision;

import io.github.schoolsafeguarding.policy.yaml.Spelling;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Evaluates decision tables. Stateless and thread-safe; an evaluation walks the rules' precomputed
 * regions and allocates little beyond its result.
 */
public final class DecisionEngine {

    private DecisionEngine() {}

    /**
     * Decides for the answers given, one per input, keyed by input id. Values may be strings as a
     * form or command line sends them ({@code "true"}, {@code "romantic"}, {@code "14"}) or booleans
     * and numbers.
     *
     * @throws DecisionException when an answer is unknown, missing or not one of the input's values,
     *     or when the table cannot decide (no rule matches, or the hit policy is broken)
     */
    public static Decision evaluate(DecisionTable table, Map<String, ?> given) {
        return evaluate(table, combination(table, given));
    }

    /**
     * The answers as codes, one per input in table order.
     *
     * @throws DecisionException when an answer is unknown, missing or not one of the input's values
     */
    public static int[] combination(DecisionTable table, Map<String, ?> given) {
        for (String inputId : given.keySet()) {
            if (table.inputPosition(inputId) < 0) {
                throw new DecisionException("table '" + table.id() + "' has no input '" + inputId + "': "
                        + Spelling.didYouMean(inputId, table.inputs().stream().map(Input::id).toList(), "its inputs are"));
            }
        }
        int[] combination = new int[table.inputs().size()];
        for (int i = 0; i < combination.length; i++) {
            Input input = table.inputs().get(i);
            Object value = given.get(input.id());
            if (value == null) {
                throw new DecisionException("table '" + table.id() + "' needs an answer for '" + input.id() + "': "
                        + input.acceptedValues());
            }
            OptionalInt code = input.code(value.toString());
            if (code.isEmpty()) {
                throw new DecisionException("'" + input.id() + "' cannot be '" + value + "' in table '" + table.id()
                        + "': give " + input.acceptedValues());
            }
            combination[i] = code.getAsInt();
        }
        return combination;
    }

    /**
     * Decides for a combination of codes, one per input in table order.
     *
     * @throws DecisionException when no rule matches, or the matching rules break the hit policy
     */
    public static Decision evaluate(DecisionTable table, int[] combination) {
        List<Rule> matched = matchingRules(table, combination);
        if (matched.isEmpty()) {
            throw new DecisionException("no rule of table '" + table.id() + "' matches " + table.describe(combination));
        }
        List<Integer> numbers = matched.stream().map(Rule::number).toList();
        if (table.hitPolicy() == HitPolicy.UNIQUE && matched.size() > 1) {
            throw new DecisionException(Rule.numbers(numbers) + " of table '" + table.id() + "' all match "
                    + table.describe(combination) + ", but its hit policy 'unique' allows only one");
        }
        if (table.hitPolicy() == HitPolicy.ANY && matched.stream().map(Rule::then).distinct().count() > 1) {
            throw new DecisionException(Rule.numbers(numbers) + " of table '" + table.id() + "' match "
                    + table.describe(combination) + " but give different outcomes, which its hit policy 'any' forbids");
        }
        Outcome outcome = table.hitPolicy() == HitPolicy.COLLECT ? collect(table, matched) : Outcome.of(matched.get(0).then());
        return new Decision(numbers, outcome);
    }

    /**
     * The rules that match a combination, in rule order; under {@code first}, only the first of
     * them. Unlike {@link #evaluate(DecisionTable, int[])} this never fails, so the verifier can
     * look at tables that break their hit policy.
     */
    public static List<Rule> matchingRules(DecisionTable table, int[] combination) {
        List<Rule> matched = new ArrayList<>(1);
        for (Rule rule : table.rules()) {
            if (table.region(rule).contains(combination)) {
                matched.add(rule);
                if (table.hitPolicy() == HitPolicy.FIRST) {
                    break;
                }
            }
        }
        return matched;
    }

    private static Outcome collect(DecisionTable table, List<Rule> matched) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Output output : table.outputs()) {
            values.put(output.id(), matched.stream().map(rule -> rule.then().get(output.id())).toList());
        }
        return new Outcome(values);
    }
}
