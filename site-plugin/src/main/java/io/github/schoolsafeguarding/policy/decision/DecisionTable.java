package io.github.schoolsafeguarding.policy.decision;

import io.github.schoolsafeguarding.policy.check.Location;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A decision table as read from {@code content/decisions/<id>.yaml}: the inputs a reader answers,
 * the outputs the table decides, and the rules and worked examples that connect them. Immutable;
 * built by {@link DecisionTableReader}, evaluated by {@link DecisionEngine}.
 */
public final class DecisionTable {

    private final String id;
    private final String question;
    private final HitPolicy hitPolicy;
    private final List<String> sources;
    private final List<Input> inputs;
    private final List<Output> outputs;
    private final List<Rule> rules;
    private final List<Example> examples;
    private final Location location;
    private final Map<String, Integer> inputPositions = new HashMap<>();
    private final Region everyCombination;
    private final List<Region> ruleRegions;

    /**
     * @param rules numbered 1, 2, 3... in order, each with one condition per input
     * @throws IllegalArgumentException when the rules do not fit the inputs
     */
    public DecisionTable(String id, String question, HitPolicy hitPolicy, List<String> sources, List<Input> inputs,
            List<Output> outputs, List<Rule> rules, List<Example> examples, Location location) {
        this.id = id;
        this.question = question;
        this.hitPolicy = hitPolicy;
        this.sources = List.copyOf(sources);
        this.inputs = List.copyOf(inputs);
        this.outputs = List.copyOf(outputs);
        this.rules = List.copyOf(rules);
        this.examples = List.copyOf(examples);
        this.location = location;
        for (int i = 0; i < inputs.size(); i++) {
            inputPositions.put(inputs.get(i).id(), i);
        }
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            if (rule.number() != i + 1 || rule.when().size() != inputs.size()) {
                throw new IllegalArgumentException("rule " + rule.number() + " of table " + id + " does not fit its inputs");
            }
        }
        everyCombination = Region.of(inputs.stream().map(Input::domain).toList());
        // computed once: the engine tests these regions on every evaluation
        ruleRegions = rules.stream()
                .map(rule -> Region.of(IntStream.range(0, inputs.size())
                        .mapToObj(i -> rule.when().get(i).accepted(inputs.get(i)))
                        .toList()))
                .toList();
    }

    /** The table's id, equal to its file name without {@code .yaml}. */
    public String id() {
        return id;
    }

    /** What the table answers, in plain English. */
    public String question() {
        return question;
    }

    public HitPolicy hitPolicy() {
        return hitPolicy;
    }

    /** Short names of the source documents the rules come from. */
    public List<String> sources() {
        return sources;
    }

    public List<Input> inputs() {
        return inputs;
    }

    public List<Output> outputs() {
        return outputs;
    }

    public List<Rule> rules() {
        return rules;
    }

    public List<Example> examples() {
        return examples;
    }

    /** The table's file (and where its {@code id} is written). */
    public Location location() {
        return location;
    }

    public Optional<Input> input(String inputId) {
        return Optional.ofNullable(inputPositions.get(inputId)).map(inputs::get);
    }

    /** The position of input {@code inputId} in {@link #inputs()}, or -1. */
    public int inputPosition(String inputId) {
        return inputPositions.getOrDefault(inputId, -1);
    }

    public Optional<Output> output(String outputId) {
        return outputs.stream().filter(output -> output.id().equals(outputId)).findFirst();
    }

    /** Every combination of answers the inputs allow. */
    public Region everyCombination() {
        return everyCombination;
    }

    /** The combinations of answers that {@code rule} matches. */
    public Region region(Rule rule) {
        return ruleRegions.get(rule.number() - 1);
    }

    /** A combination of codes (one per input) as the answers it stands for, keyed by input id. */
    public Map<String, String> answers(int[] combination) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            answers.put(inputs.get(i).id(), inputs.get(i).value(combination[i]));
        }
        return answers;
    }

    /** A combination written the way an example's {@code given} is: {@code adult_involved=false, under_13=true}. */
    public String describe(int[] combination) {
        return answers(combination).entrySet().stream()
                .map(answer -> answer.getKey() + "=" + answer.getValue())
                .collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return "decision table " + id;
    }
}
