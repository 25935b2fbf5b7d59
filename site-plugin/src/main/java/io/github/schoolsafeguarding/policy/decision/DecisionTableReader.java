package io.github.schoolsafeguarding.policy.decision;

import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.yaml.Spelling;
import io.github.schoolsafeguarding.policy.yaml.YamlFiles;
import io.github.schoolsafeguarding.policy.yaml.YamlValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads decision tables from YAML, reporting every problem it finds with its file, line and column
 * and a way to fix it. A table with any error is not returned, so nothing downstream sees a table
 * half understood. The format is described in {@code content/pages/maintainers/writing-a-decision-table.md}.
 */
public final class DecisionTableReader {

    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String SNAKE_RULE = "snake_case (lower-case letters, digits and underscores, such as under_13)";
    private static final String KEBAB_RULE = "kebab-case (lower-case letters, digits and hyphens, such as dsl-risk-assessment)";

    private static final List<String> TABLE_KEYS =
            List.of("id", "question", "hit_policy", "sources", "inputs", "outputs", "rules", "examples");
    private static final List<String> INPUT_KEYS = List.of("id", "question", "help", "type", "values", "min", "max", "checklist");
    private static final List<String> CHOICE_KEYS = List.of("id", "label");
    private static final List<String> OUTPUT_KEYS = List.of("id", "label", "values");
    private static final List<String> OUTPUT_VALUE_KEYS = List.of("id", "label", "text", "contacts", "next", "seriousness");
    private static final List<String> RULE_KEYS = List.of("when", "then", "why", "source");
    private static final List<String> EXAMPLE_KEYS = List.of("name", "source", "given", "expect");

    private final Path file;
    private final Problems problems = new Problems();

    private DecisionTableReader(Path file) {
        this.file = file;
    }

    /** Reads one table file; empty when it has errors, which are added to {@code problems}. */
    public static Optional<DecisionTable> read(Path file, Problems problems) {
        DecisionTableReader reader = new DecisionTableReader(file);
        Optional<DecisionTable> table = YamlFiles.read(file, reader.problems).flatMap(reader::table);
        problems.addAll(reader.problems.all());
        return reader.problems.hasErrors() ? Optional.empty() : table;
    }

    /** Reads every {@code *.yaml} file in {@code directory}, in file name order; none if it does not exist. */
    public static List<DecisionTable> readAll(Path directory, Problems problems) {
        List<Path> files = files(directory);
        List<DecisionTable> tables = files.stream().flatMap(file -> read(file, problems).stream()).toList();
        checkNextTables(tables, files.stream().map(DecisionTableReader::id).toList(), problems);
        return tables;
    }

    /**
     * The id of every table in {@code directory}, whether it could be read or not: the name of its
     * file, which a table's {@code id} must equal. Pages that name a table that failed to read are
     * not told a second time that it does not exist.
     */
    public static Set<String> ids(Path directory) {
        return files(directory).stream().map(DecisionTableReader::id).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<Path> files(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    private static String id(Path file) {
        return file.getFileName().toString().replaceFirst("\\.yaml$", "");
    }

    /** An outcome can lead only to another table that exists (one with errors is still named, and fails itself). */
    private static void checkNextTables(List<DecisionTable> tables, List<String> ids, Problems problems) {
        for (DecisionTable table : tables) {
            for (Output output : table.outputs()) {
                for (OutputValue value : output.values()) {
                    value.next().filter(next -> !ids.contains(next.table()) || next.table().equals(table.id()))
                            .ifPresent(next -> problems.add(Problem.error("decision.unknown-table", next.location(),
                                    "outcome '" + value.id() + "' leads to '" + next.table() + "', which is not another"
                                            + " decision table",
                                    "name one of " + String.join(", ", ids.stream()
                                            .filter(id -> !id.equals(table.id())).toList()))));
                }
            }
        }
    }

    private Optional<DecisionTable> table(YamlValue root) {
        if (!root.isMap()) {
            error("decision.not-a-table", root, "this file is not a decision table",
                    "start with 'id:', 'question:', 'hit_policy:', 'inputs:', 'outputs:' and 'rules:'");
            return Optional.empty();
        }
        root.allowOnly(TABLE_KEYS, problems);
        String expectedId = id(file);
        root.requireText("id", problems, "the table's id, the same as the file name").ifPresent(id -> {
            checkIdForm(id, KEBAB_CASE, KEBAB_RULE, "table", root.get("id").orElseThrow());
            if (!id.equals(expectedId)) {
                error("decision.id-not-file-name", root.get("id").orElseThrow(),
                        "the table's id '" + id + "' differs from its file name",
                        "rename the file to " + id + ".yaml or set 'id: " + expectedId + "'");
            }
        });
        String question = root.requireText("question", problems, "what the table answers, in plain English").orElse("");
        HitPolicy hitPolicy = hitPolicy(root);
        List<String> sources = root.textList("sources", problems);
        if (sources.isEmpty()) {
            error("decision.no-sources", root, "the table names no sources",
                    "add 'sources: [short-name]' with the short names of the documents its rules come from");
        }
        List<Input> inputs = readEach(nonEmptyList(root, "inputs", "the questions the reader answers"),
                "input", SNAKE_CASE, SNAKE_RULE, this::input);
        List<Output> outputs = readEach(nonEmptyList(root, "outputs", "what the table decides"),
                "output", SNAKE_CASE, SNAKE_RULE, this::output);
        List<YamlValue> ruleNodes = nonEmptyList(root, "rules", "the rules");
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < ruleNodes.size(); i++) {
            rule(i + 1, ruleNodes.get(i), inputs, outputs, sources).ifPresent(rules::add);
        }
        List<Example> examples = examples(root, inputs, outputs, sources, hitPolicy);
        if (problems.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new DecisionTable(expectedId, question, hitPolicy, sources, inputs, outputs, rules, examples,
                root.get("id").orElseThrow().location()));
    }

    private HitPolicy hitPolicy(YamlValue root) {
        return root.requireText("hit_policy", problems, "unique, first, any or collect")
                .flatMap(name -> {
                    Optional<HitPolicy> policy = HitPolicy.fromYamlName(name);
                    if (policy.isEmpty()) {
                        error("decision.bad-hit-policy", root.get("hit_policy").orElseThrow(),
                                "'" + name + "' is not a hit policy",
                                "write unique (one rule per case), first (first match wins), any (matches must agree) or collect (all matches)");
                    }
                    return policy;
                })
                .orElse(HitPolicy.UNIQUE);
    }

    /** The pieces that read one item of a list (an input, an output...) once its id is checked. */
    private interface ItemReader<T> {
        Optional<T> read(String id, YamlValue node);
    }

    /** Reads a non-empty list of items that each have an id of the given form, unique in the list. */
    private <T> List<T> readEach(List<YamlValue> nodes, String kind, Pattern idForm, String idRule, ItemReader<T> reader) {
        List<T> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlValue node : nodes) {
            node.requireText("id", problems, "the " + kind + "'s id in " + idRule).ifPresent(id -> {
                YamlValue at = node.get("id").orElseThrow();
                checkIdForm(id, idForm, idRule, kind, at);
                if (seen.add(id)) {
                    reader.read(id, node).ifPresent(items::add);
                } else {
                    error("decision.duplicate-id", at, "there are two " + kind + "s with id '" + id + "'",
                            "give each " + kind + " its own id");
                }
            });
        }
        return items;
    }

    /** A required list that must hold at least one item. */
    private List<YamlValue> nonEmptyList(YamlValue map, String key, String meaning) {
        List<YamlValue> items = map.requireList(key, problems, meaning);
        map.get(key).filter(list -> list.isList() && items.isEmpty()).ifPresent(list -> error("decision.empty-list", list,
                "'" + key + "' is empty", "add " + meaning + ", one per '- ' line"));
        return items;
    }

    private void checkIdForm(String id, Pattern form, String rule, String kind, YamlValue at) {
        if (!form.matcher(id).matches()) {
            error("decision.bad-id", at, "'" + id + "' is not a valid " + kind + " id", "write " + kind + " ids in " + rule);
        }
    }

    private Optional<Input> input(String id, YamlValue node) {
        node.allowOnly(INPUT_KEYS, problems);
        String question = node.requireText("question", problems, "the question put to the reader").orElse("");
        String help = node.requireText("help", problems, "help for answering the question").orElse("");
        Optional<String> type = node.requireText("type", problems, "boolean, enum or integer");
        if (type.isEmpty()) {
            return Optional.empty();
        }
        switch (type.get()) {
            case "boolean" -> {
                onlyFor(node, "enum", "values");
                onlyFor(node, "integer", "min", "max", "checklist");
                return Optional.of(new BooleanInput(id, question, help, node.location()));
            }
            case "enum" -> {
                onlyFor(node, "integer", "min", "max", "checklist");
                List<Choice> values = choices(nonEmptyList(node, "values", "the possible answers, each with id and label"), "value");
                if (values.size() < 2) {
                    error("decision.too-few-values", node, "enum input '" + id + "' needs at least two values",
                            "list every possible answer under 'values:', or make the input boolean");
                    return Optional.empty();
                }
                return Optional.of(new EnumInput(id, question, help, values, node.location()));
            }
            case "integer" -> {
                onlyFor(node, "enum", "values");
                return integerInput(id, question, help, node);
            }
            default -> {
                error("decision.bad-type", node.get("type").orElseThrow(), "'" + type.get() + "' is not an input type",
                        "write boolean, enum or integer");
                return Optional.empty();
            }
        }
    }

    private Optional<Input> integerInput(String id, String question, String help, YamlValue node) {
        Optional<Integer> min = node.optionalInteger("min", problems);
        Optional<Integer> max = node.optionalInteger("max", problems);
        if (node.get("checklist").isPresent()) {
            List<Choice> checklist = choices(nonEmptyList(node, "checklist", "the items the reader ticks"), "checklist item");
            if (checklist.isEmpty()) {
                return Optional.empty();
            }
            // the value is the number of ticks, so any other bounds would contradict the checklist
            if (min.filter(value -> value != 0).isPresent() || max.filter(value -> value != checklist.size()).isPresent()) {
                error("decision.checklist-bounds", node, "a checklist input counts ticks, from 0 to " + checklist.size(),
                        "remove 'min' and 'max': they follow from the checklist");
            }
            return Optional.of(new IntegerInput(id, question, help, 0, checklist.size(), checklist, node.location()));
        }
        if (min.isEmpty() || max.isEmpty() || min.get() > max.get()) {
            error("decision.integer-bounds", node, "integer input '" + id + "' needs 'min' and 'max', with min no more than max",
                    "add, for example, 'min: 0' and 'max: 17', or a 'checklist' of items to count");
            return Optional.empty();
        }
        return Optional.of(new IntegerInput(id, question, help, min.get(), max.get(), List.of(), node.location()));
    }

    private void onlyFor(YamlValue node, String type, String... keys) {
        for (String key : keys) {
            node.get(key).ifPresent(value -> error("decision.not-for-type", value, "'" + key + "' applies only to " + type + " inputs",
                    "remove it, or change 'type' to " + type));
        }
    }

    private List<Choice> choices(List<YamlValue> nodes, String kind) {
        return readEach(nodes, kind, KEBAB_CASE, KEBAB_RULE, (id, node) -> {
            node.allowOnly(CHOICE_KEYS, problems);
            return node.requireText("label", problems, "a short label for the reader").map(label -> new Choice(id, label));
        });
    }

    private Optional<Output> output(String id, YamlValue node) {
        node.allowOnly(OUTPUT_KEYS, problems);
        String label = node.requireText("label", problems, "a short label for the reader").orElse("");
        List<OutputValue> values = readEach(nonEmptyList(node, "values", "the possible values, each with id, label and text"),
                "value", KEBAB_CASE, KEBAB_RULE, this::outputValue);
        return values.isEmpty() ? Optional.empty() : Optional.of(new Output(id, label, values, node.location()));
    }

    private Optional<OutputValue> outputValue(String id, YamlValue node) {
        node.allowOnly(OUTPUT_VALUE_KEYS, problems);
        Optional<String> label = node.requireText("label", problems, "a short label for the reader");
        Optional<String> text = node.requireText("text", problems, "what the reader should do, in plain English");
        List<String> contacts = node.textList("contacts", problems);
        contacts.forEach(contact -> checkIdForm(contact, KEBAB_CASE, KEBAB_RULE, "contact role", node.get("contacts").orElseThrow()));
        if (label.isEmpty() || text.isEmpty()) {
            return Optional.empty();
        }
        Optional<OutputValue.NextTable> next = node.optionalText("next", problems, "the id of the table that decides what comes next")
                .map(table -> new OutputValue.NextTable(table, node.get("next").orElseThrow().location()));
        return Optional.of(new OutputValue(id, label.get(), text.get(), contacts, next, seriousness(id, node)));
    }

    private Optional<Seriousness> seriousness(String valueId, YamlValue node) {
        return node.optionalText("seriousness", problems, "how serious the outcome is: " + String.join(", ", Seriousness.yamlNames()))
                .flatMap(name -> {
                    Optional<Seriousness> level = Seriousness.fromYamlName(name);
                    if (level.isEmpty()) {
                        error("decision.unknown-seriousness", node.get("seriousness").orElseThrow(),
                                "outcome '" + valueId + "' has seriousness '" + name + "', which is not a level",
                                Spelling.didYouMean(name, Seriousness.yamlNames(), "the levels, most serious first, are"));
                    }
                    return level;
                });
    }

    private Optional<Rule> rule(int number, YamlValue node, List<Input> inputs, List<Output> outputs, List<String> sources) {
        node.allowOnly(RULE_KEYS, problems);
        int before = problemCount();
        List<Condition> when = new ArrayList<>(inputs.stream().map(input -> (Condition) AnyValue.INSTANCE).toList());
        node.get("when").ifPresent(conditions -> {
            requireMap(conditions, "when", "one 'input: condition' per line");
            conditions.entries().forEach((inputId, cell) -> {
                Optional<Input> input = known(inputs, Input::id, inputId, conditions.keys().get(inputId), "input");
                input.flatMap(in -> ConditionParser.parse(in, cell, problems))
                        .ifPresent(condition -> when.set(inputs.indexOf(input.get()), condition));
            });
        });
        Map<String, String> then = new LinkedHashMap<>();
        Optional<YamlValue> thenNode = node.get("then");
        if (thenNode.isEmpty()) {
            error("decision.missing-then", node, "rule " + number + " gives no outcome",
                    "add 'then:' with a value for every output: " + ids(outputs, Output::id));
        }
        thenNode.ifPresent(values -> outputValues(values, "then", outputs, false)
                .forEach((output, list) -> then.put(output, list.get(0))));
        Optional<String> why = node.requireText("why", problems, "a short reason, citing the source");
        Optional<String> source = node.requireText("source", problems, "the short name of the source document");
        source.ifPresent(name -> checkSource(name, sources, node.get("source").orElseThrow()));
        if (problemCount() > before) {
            return Optional.empty();
        }
        return Optional.of(new Rule(number, when, then, why.orElseThrow(), source.orElseThrow(), node.location()));
    }

    /**
     * Reads the output values of a rule's {@code then} or an example's {@code expect}: every output
     * must be given exactly once, with one of its values ({@code collect} examples may give a list).
     */
    private Map<String, List<String>> outputValues(YamlValue node, String key, List<Output> outputs, boolean lists) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (!requireMap(node, key, "one 'output: value' per line")) {
            return values;
        }
        Map<String, YamlValue> entries = node.entries();
        entries.forEach((outputId, value) -> known(outputs, Output::id, outputId, node.keys().get(outputId), "output")
                .ifPresent(output -> {
                    List<YamlValue> items = lists && value.isList() ? value.items() : List.of(value);
                    List<String> ids = new ArrayList<>();
                    for (YamlValue item : items) {
                        Optional<String> id = item.text().map(String::strip);
                        if (id.isEmpty() || output.value(id.get()).isEmpty()) {
                            error("decision.unknown-value", item, "'" + id.orElse("") + "' is not a value of output '" + outputId + "'",
                                    Spelling.didYouMean(id.orElse(""), output.values().stream().map(OutputValue::id).toList(), "its values are"));
                        } else {
                            ids.add(id.get());
                        }
                    }
                    if (ids.size() == items.size()) {
                        values.put(outputId, ids);
                    }
                }));
        List<String> missing = outputs.stream().map(Output::id).filter(id -> !entries.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            error("decision.missing-output", node, "no value is given for " + String.join(", ", missing),
                    "every rule and example gives every output: add " + String.join(", ", missing.stream().map(id -> id + ": ...").toList()));
        }
        return values;
    }

    private List<Example> examples(YamlValue root, List<Input> inputs, List<Output> outputs, List<String> sources,
            HitPolicy hitPolicy) {
        List<Example> examples = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<YamlValue> nodes = root.get("examples").isPresent()
                ? root.requireList("examples", problems, "worked examples") : List.of();
        for (YamlValue node : nodes) {
            node.allowOnly(EXAMPLE_KEYS, problems);
            int before = problemCount();
            Optional<String> name = node.requireText("name", problems, "a short name for the example");
            name.filter(text -> !names.add(text)).ifPresent(text -> error("decision.duplicate-example", node.get("name").orElseThrow(),
                    "there are two examples named '" + text + "'", "give each example its own name"));
            Optional<String> source = node.requireText("source", problems, "the short name of the source document");
            source.ifPresent(text -> checkSource(text, sources, node.get("source").orElseThrow()));
            Map<String, String> given = given(node, inputs);
            Optional<YamlValue> expectNode = node.get("expect");
            if (expectNode.isEmpty()) {
                error("decision.missing-expect", node, "the example gives no expected outcome",
                        "add 'expect:' with the value of every output: " + ids(outputs, Output::id));
            }
            Map<String, List<String>> expect = expectNode
                    .map(values -> outputValues(values, "expect", outputs, hitPolicy == HitPolicy.COLLECT))
                    .orElse(Map.of());
            if (problemCount() == before) {
                examples.add(new Example(name.orElseThrow(), source.orElseThrow(), given, new Outcome(expect), node.location()));
            }
        }
        return examples;
    }

    private Map<String, String> given(YamlValue example, List<Input> inputs) {
        Map<String, String> given = new LinkedHashMap<>();
        Optional<YamlValue> node = example.get("given");
        if (node.isEmpty()) {
            error("decision.missing-given", example, "the example gives no answers",
                    "add 'given:' with an answer for every input: " + ids(inputs, Input::id));
            return given;
        }
        if (!requireMap(node.get(), "given", "one 'input: value' per line")) {
            return given;
        }
        node.get().entries().forEach((inputId, value) -> known(inputs, Input::id, inputId, node.get().keys().get(inputId), "input")
                .ifPresent(input -> {
                    String text = value.text().map(String::strip).orElse("");
                    OptionalInt code = input.code(text);
                    if (code.isEmpty()) {
                        error("decision.value-not-allowed", value, "'" + text + "' is not an answer to '" + inputId + "'",
                                "give " + input.acceptedValues());
                    } else {
                        given.put(inputId, input.value(code.getAsInt()));
                    }
                }));
        List<String> missing = inputs.stream().map(Input::id).filter(id -> !node.get().entries().containsKey(id)).toList();
        if (!missing.isEmpty()) {
            error("decision.example-missing-input", node.get(), "the example gives no answer for " + String.join(", ", missing),
                    "an example answers every input: add " + String.join(", ", missing.stream().map(id -> id + ": ...").toList()));
        }
        return given;
    }

    private void checkSource(String name, List<String> sources, YamlValue at) {
        if (!sources.contains(name)) {
            error("decision.unknown-source", at, "'" + name + "' is not one of the table's sources",
                    "use one of " + String.join(", ", sources) + ", or add it to 'sources'");
        }
    }

    /** The item of {@code items} with id {@code id}, or empty after reporting an unknown id at {@code at}. */
    private <T> Optional<T> known(List<T> items, Function<T, String> idOf, String id, YamlValue at, String kind) {
        Optional<T> item = items.stream().filter(candidate -> idOf.apply(candidate).equals(id)).findFirst();
        if (item.isEmpty()) {
            error("decision.unknown-" + kind, at, "the table has no " + kind + " '" + id + "'",
                    Spelling.didYouMean(id, items.stream().map(idOf).toList(), "its " + kind + "s are"));
        }
        return item;
    }

    private boolean requireMap(YamlValue node, String key, String shape) {
        if (!node.isMap()) {
            error("decision.not-a-map", node, "'" + key + "' should be a block of 'key: value' lines", "write " + shape);
            return false;
        }
        return true;
    }

    private static <T> String ids(List<T> items, Function<T, String> idOf) {
        return String.join(", ", items.stream().map(idOf).toList());
    }

    /** Lets a rule or example be dropped when reading it found anything wrong. */
    private int problemCount() {
        return problems.all().size();
    }

    private void error(String id, YamlValue at, String message, String fix) {
        problems.add(Problem.error(id, at.location(), message, fix));
    }
}
