package io.github.schoolsafeguarding.policy.site;

import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.content.Contact;
import io.github.schoolsafeguarding.policy.content.RoleContact;
import io.github.schoolsafeguarding.policy.content.Source;
import io.github.schoolsafeguarding.policy.decision.AnyValue;
import io.github.schoolsafeguarding.policy.decision.BooleanCondition;
import io.github.schoolsafeguarding.policy.decision.BooleanInput;
import io.github.schoolsafeguarding.policy.decision.Choice;
import io.github.schoolsafeguarding.policy.decision.Condition;
import io.github.schoolsafeguarding.policy.decision.DecisionEngine;
import io.github.schoolsafeguarding.policy.decision.DecisionTable;
import io.github.schoolsafeguarding.policy.decision.DecisionTableJson;
import io.github.schoolsafeguarding.policy.decision.EnumInput;
import io.github.schoolsafeguarding.policy.decision.Example;
import io.github.schoolsafeguarding.policy.decision.Input;
import io.github.schoolsafeguarding.policy.decision.IntegerInput;
import io.github.schoolsafeguarding.policy.decision.IntegerInterval;
import io.github.schoolsafeguarding.policy.decision.Outcome;
import io.github.schoolsafeguarding.policy.decision.Output;
import io.github.schoolsafeguarding.policy.decision.OutputValue;
import io.github.schoolsafeguarding.policy.decision.Rule;
import io.github.schoolsafeguarding.policy.decision.ValueSet;
import io.github.schoolsafeguarding.policy.decision.verify.Verification;
import io.github.schoolsafeguarding.policy.render.PagePaths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the theme sees of a decision table: the question, each input as a form control would need
 * it, the rules as rows of readable cells, the examples with their outcomes, the verification
 * status, and, for each outcome, the contacts of the reader's own area. Documented in
 * theme/README.md.
 */
final class DecisionPageData {

    private final Map<String, Source> sources;
    private final List<Contact> contacts;
    private final List<DecisionTable> tables;

    /**
     * @param contacts every contact a reader in the area sees, the area's own first
     * @param tables every table, for the question of the table an outcome leads to
     */
    DecisionPageData(Map<String, Source> sources, List<Contact> contacts, List<DecisionTable> tables) {
        this.sources = sources;
        this.contacts = contacts;
        this.tables = tables;
    }

    Map<String, Object> table(DecisionTable table, Verification verification) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", table.id());
        data.put("question", table.question());
        data.put("hit_policy", table.hitPolicy().yamlName());
        data.put("sources", table.sources().stream().filter(sources::containsKey)
                .map(id -> TemplateData.source(sources.get(id))).toList());
        data.put("inputs", table.inputs().stream().map(DecisionPageData::input).toList());
        data.put("outputs", table.outputs().stream().map(this::output).toList());
        data.put("rules", table.rules().stream().map(rule -> rule(table, rule)).toList());
        data.put("examples", TemplateData.block(table.examples().stream().map(example -> example(table, example)).toList()));
        data.put("verification", verification(verification));
        data.put("json", DecisionTableJson.of(table));
        return data;
    }

    /** A worked example as a guidance page shows it: the answers, then what the table decides. */
    Map<String, Object> example(DecisionTable table, Example example) {
        Outcome outcome = DecisionEngine.evaluate(table, example.given()).outcome();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("name", example.name());
        data.put("source", sources.containsKey(example.source()) ? sources.get(example.source()).title() : example.source());
        data.put("answers", table.inputs().stream().map(input -> Map.of(
                "question", input.question(),
                "answer", answer(input, example.given().get(input.id())))).toList());
        data.put("outcome", outcome(table, outcome));
        return data;
    }

    private static Map<String, Object> input(Input input) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", input.id());
        data.put("question", input.question());
        data.put("help", input.help());
        if (input instanceof BooleanInput) {
            data.put("boolean", true);
            data.put("values", List.of(Map.of("name", input.id(), "id", "true", "label", "Yes"),
                    Map.of("name", input.id(), "id", "false", "label", "No")));
        } else if (input instanceof EnumInput choices) {
            data.put("enum", true);
            data.put("values", choices.values().stream().map(choice -> choice(input, choice)).toList());
        } else if (input instanceof IntegerInput number) {
            data.put("integer", true);
            data.put("min", number.min());
            data.put("max", number.max());
            data.put("checklist", TemplateData.block(number.checklist().stream().map(choice -> choice(input, choice)).toList()));
        }
        return data;
    }

    /** A radio button or tick box: {@code name} is the input's id, as the helper's DOM contract says. */
    private static Map<String, Object> choice(Input input, Choice choice) {
        return Map.of("name", input.id(), "id", choice.id(), "label", choice.label());
    }

    private Map<String, Object> output(Output output) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", output.id());
        data.put("label", output.label());
        data.put("values", output.values().stream().map(value -> outputValue(output, value)).toList());
        return data;
    }

    private Map<String, Object> outputValue(Output output, OutputValue value) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("output_id", output.id());
        data.put("id", value.id());
        data.put("label", value.label());
        data.put("text", value.text());
        data.put("contacts", TemplateData.block(contactsFor(value.contacts())));
        value.seriousness().ifPresent(level -> data.put("seriousness", Map.of("id", level.yamlName(), "words", level.words())));
        value.next().flatMap(next -> tables.stream().filter(table -> table.id().equals(next.table())).findFirst())
                .ifPresent(next -> data.put("next", Map.of("question", next.question(),
                        "url", PagePaths.htmlFile(next.id() + ".md"))));
        return data;
    }

    /**
     * The area's contacts (then national ones) for each role, in the order the roles are named, each
     * followed by the contacts to call when it is closed.
     */
    List<Map<String, Object>> contactsFor(List<String> roles) {
        return RoleContact.forRoles(contacts, roles).stream().map(TemplateData::roleContact).toList();
    }

    private Map<String, Object> rule(DecisionTable table, Rule rule) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("number", rule.number());
        List<Map<String, Object>> cells = new ArrayList<>();
        for (int i = 0; i < table.inputs().size(); i++) {
            cells.add(Map.of("question", table.inputs().get(i).question(),
                    "text", readable(rule.when().get(i), table.inputs().get(i))));
        }
        data.put("conditions", cells);
        data.put("outcome", outcome(table, Outcome.of(rule.then())));
        data.put("why", rule.why());
        data.put("source", sources.containsKey(rule.source()) ? sources.get(rule.source()).title() : rule.source());
        return data;
    }

    private List<Map<String, Object>> outcome(DecisionTable table, Outcome outcome) {
        List<Map<String, Object>> cells = new ArrayList<>();
        for (Output output : table.outputs()) {
            List<OutputValue> values = outcome.values().getOrDefault(output.id(), List.of()).stream()
                    .map(id -> output.value(id).orElseThrow()).toList();
            cells.add(Map.of(
                    "output", output.label(),
                    "label", values.isEmpty() ? "None" : values.stream().map(OutputValue::label).collect(Collectors.joining("; ")),
                    "text", values.stream().map(OutputValue::text).collect(Collectors.joining(" "))));
        }
        return cells;
    }

    private static Map<String, Object> verification(Verification verification) {
        List<String> warnings = verification.findings().stream().filter(problem -> !problem.isError())
                .map(Problem::message).toList();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("clean", warnings.isEmpty());
        data.put("warnings", TemplateData.block(warnings));
        data.put("coverage", verification.coverage().toString());
        return data;
    }

    /** A rule's condition as a reader says it: "Yes", "Romantic or Other", "13 to 15", "Any". */
    static String readable(Condition condition, Input input) {
        if (condition instanceof AnyValue) {
            return "Any";
        }
        if (condition instanceof BooleanCondition yesNo) {
            return yesNo.value() ? "Yes" : "No";
        }
        if (condition instanceof ValueSet set && input instanceof EnumInput choices) {
            String labels = set.values().stream()
                    .map(id -> choices.values().stream().filter(choice -> choice.id().equals(id))
                            .map(Choice::label).findFirst().orElse(id))
                    .collect(Collectors.joining(" or "));
            return set.complement() ? "Not " + labels : labels;
        }
        if (condition instanceof IntegerInterval interval && input instanceof IntegerInput number) {
            if (interval.low() == interval.high()) {
                return Integer.toString(interval.low());
            }
            if (interval.low() <= number.min()) {
                return interval.high() + " or fewer";
            }
            if (interval.high() >= number.max()) {
                return interval.low() + " or more";
            }
            return interval.low() + " to " + interval.high();
        }
        return condition.notation(input);
    }

    private static String answer(Input input, String value) {
        if (input instanceof BooleanInput) {
            return Boolean.parseBoolean(value) ? "Yes" : "No";
        }
        if (input instanceof EnumInput choices) {
            return choices.values().stream().filter(choice -> choice.id().equals(value)).map(Choice::label)
                    .findFirst().orElse(value);
        }
        return value;
    }
}
