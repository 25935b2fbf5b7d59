package io.github.schoolsafeguarding.policy.decision;

import io.github.schoolsafeguarding.policy.yaml.Spelling;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

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
        requireKnownInputs(table, given);
        int[] combination = new int[table.inputs().size()];
        for (int i = 0; i < combination.length; i++) {
            Input input = table.inputs().get(i);
            Object value = given.get(input.id());
            if (value == null) {
                throw new DecisionException("table '" + table.id() + "' needs an answer for '" + input.id() + "': "
                        + input.acceptedValues());
            }
            combination[i] = code(table, input, value);
        }
        return combination;
    }

    /**
     * Tells what answers to some of the questions already settle: whether every way of answering the
     * rest leads to one outcome (and which, by which rules), and which unanswered questions can still
     * change it. A question left out of {@code given}, or given {@code null}, is unanswered. The
     * remaining answers are tried one {@linkplain EquivalenceClasses class} at a time, so an integer
     * question costs as many tries as its rules make classes, not as many as it has values; each try
     * is a full {@link #evaluate(DecisionTable, int[])}, so hit policies apply exactly as there.
     *
     * @throws DecisionException when an answer is unknown or not one of the input's values
     */
    public static PartialDecision decidePartly(DecisionTable table, Map<String, ?> given) {
        requireKnownInputs(table, given);
        int inputs = table.inputs().size();
        // for each input, the codes to try: its answer, or one from each of its classes
        int[][] tries = new int[inputs][];
        List<List<IntervalSet>> classes = EquivalenceClasses.of(table).classes();
        for (int i = 0; i < inputs; i++) {
            Input input = table.inputs().get(i);
            Object value = given.get(input.id());
            tries[i] = value == null
                    ? classes.get(i).stream().mapToInt(IntervalSet::first).toArray()
                    : new int[] {code(table, input, value)};
        }
        // every completion, the last input changing fastest; stride[i] steps input i to its next try
        int[] stride = new int[inputs];
        int completions = 1;
        for (int i = inputs - 1; i >= 0; i--) {
            stride[i] = completions;
            completions = Math.multiplyExact(completions, tries[i].length);
        }
        List<Optional<Decision>> decisions = new ArrayList<>(completions);
        for (int n = 0; n < completions; n++) {
            int[] combination = new int[inputs];
            for (int i = 0; i < inputs; i++) {
                combination[i] = tries[i][n / stride[i] % tries[i].length];
            }
            decisions.add(decide(table, combination));
        }
        List<String> needed = new ArrayList<>();
        for (int i = 0; i < inputs; i++) {
            if (changesTheOutcome(decisions, stride[i], tries[i].length)) {
                needed.add(table.inputs().get(i).id());
            }
        }
        Optional<Decision> first = decisions.get(0);
        boolean decided = first.isPresent() && decisions.stream().allMatch(decision -> decision.isPresent()
                && decision.get().outcome().equals(first.get().outcome()));
        return decided
                ? new PartialDecision(first.map(Decision::outcome), reasons(decisions), needed)
                : new PartialDecision(Optional.empty(), List.of(), needed);
    }

    /** The decision for one completion, or empty when the table cannot decide it. */
    private static Optional<Decision> decide(DecisionTable table, int[] combination) {
        try {
            return Optional.of(evaluate(table, combination));
        } catch (DecisionException cannotDecide) {
            return Optional.empty();
        }
    }

    /**
     * Whether some completions that differ only in one input's answer (found {@code stride} apart,
     * {@code count} of them in a row) differ in outcome; failing to decide counts as an outcome.
     */
    private static boolean changesTheOutcome(List<Optional<Decision>> decisions, int stride, int count) {
        if (count < 2) {
            return false;
        }
        for (int n = 0; n < decisions.size(); n++) {
            if (n / stride % count != 0) {
                continue;
            }
            Optional<Outcome> outcome = decisions.get(n).map(Decision::outcome);
            for (int step = 1; step < count; step++) {
                if (!decisions.get(n + step * stride).map(Decision::outcome).equals(outcome)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The rules that decide every completion, or when none does, every rule that decides some: a
     * reason to show the reader that holds whatever the remaining answers are, where there is one.
     */
    private static List<Integer> reasons(List<Optional<Decision>> decisions) {
        Set<Integer> everywhere = new TreeSet<>(decisions.get(0).orElseThrow().rules());
        Set<Integer> somewhere = new TreeSet<>();
        for (Optional<Decision> decision : decisions) {
            everywhere.retainAll(decision.orElseThrow().rules());
            somewhere.addAll(decision.orElseThrow().rules());
        }
        return List.copyOf(everywhere.isEmpty() ? somewhere : everywhere);
    }

    private static void requireKnownInputs(DecisionTable table, Map<String, ?> given) {
        for (String inputId : given.keySet()) {
            if (table.inputPosition(inputId) < 0) {
                throw new DecisionException("table '" + table.id() + "' has no input '" + inputId + "': "
                        + Spelling.didYouMean(inputId, table.inputs().stream().map(Input::id).toList(), "its inputs are"));
            }
        }
    }

    private static int code(DecisionTable table, Input input, Object value) {
        OptionalInt code = input.code(value.toString());
        if (code.isEmpty()) {
            throw new DecisionException("'" + input.id() + "' cannot be '" + value + "' in table '" + table.id()
                    + "': give " + input.acceptedValues());
        }
        return code.getAsInt();
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
