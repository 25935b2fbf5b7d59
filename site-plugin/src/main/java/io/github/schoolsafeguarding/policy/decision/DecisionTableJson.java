package io.github.schoolsafeguarding.policy.decision;

import io.github.schoolsafeguarding.policy.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A table as the browser evaluates it ({@code theme/assets/decisions.js}): ids and conditions only,
 * no wording, each condition normalised to what it accepts so that the script needs no parser of
 * the YAML notation:
 *
 * <pre>{@code
 * {"id":"cse-risk-level","hit_policy":"first",
 *  "inputs":[{"id":"under_13","type":"boolean"},
 *            {"id":"context","type":"enum","values":["romantic","other"]},
 *            {"id":"age","type":"integer","min":0,"max":17},
 *            {"id":"low_count","type":"integer","min":0,"max":23,"checklist":["late-or-missing",…]}],
 *  "outputs":[{"id":"risk_level","values":["none","low","medium","high"]}],
 *  "rules":[{"number":1,"when":{"under_13":true,"context":["other"],"age":[[0,12],[16,17]]},
 *            "then":{"risk_level":"high"}}]}
 * }</pre>
 *
 * A boolean condition is {@code true} or {@code false}, an enum condition the values it allows (a
 * {@code not} list already turned round), an integer condition its sorted closed intervals, clipped
 * to the input's min and max; a condition that allows every value is left out, as the YAML may
 * leave it out. Every {@code </} is written {@code <\/}, which JSON reads the same, so the text can
 * sit inside an HTML {@code <script>} element without ending it.
 */
public final class DecisionTableJson {

    private DecisionTableJson() {}

    public static String of(DecisionTable table) {
        String json = "{\"id\":" + Json.string(table.id())
                + ",\"hit_policy\":" + Json.string(table.hitPolicy().yamlName())
                + ",\"inputs\":" + list(table.inputs().stream().map(DecisionTableJson::input).toList())
                + ",\"outputs\":" + list(table.outputs().stream().map(DecisionTableJson::output).toList())
                + ",\"rules\":" + list(table.rules().stream().map(rule -> rule(table, rule)).toList())
                + "}";
        return json.replace("</", "<\\/");
    }

    private static String input(Input input) {
        String start = "{\"id\":" + Json.string(input.id()) + ",\"type\":";
        if (input instanceof EnumInput choices) {
            return start + "\"enum\",\"values\":" + strings(choices.values().stream().map(Choice::id).toList()) + "}";
        }
        if (input instanceof IntegerInput number) {
            return start + "\"integer\",\"min\":" + number.min() + ",\"max\":" + number.max()
                    + (number.hasChecklist() ? ",\"checklist\":" + strings(number.checklist().stream().map(Choice::id).toList()) : "")
                    + "}";
        }
        return start + "\"boolean\"}";
    }

    private static String output(Output output) {
        return "{\"id\":" + Json.string(output.id())
                + ",\"values\":" + strings(output.values().stream().map(OutputValue::id).toList()) + "}";
    }

    private static String rule(DecisionTable table, Rule rule) {
        List<String> when = new ArrayList<>();
        for (int i = 0; i < table.inputs().size(); i++) {
            Input input = table.inputs().get(i);
            IntervalSet accepted = table.region(rule).values(i);
            if (!accepted.equals(input.domain())) {
                when.add(Json.string(input.id()) + ":" + accepted(input, accepted));
            }
        }
        String then = rule.then().entrySet().stream()
                .map(entry -> Json.string(entry.getKey()) + ":" + Json.string(entry.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
        return "{\"number\":" + rule.number() + ",\"when\":" + when.stream().collect(Collectors.joining(",", "{", "}"))
                + ",\"then\":" + then + "}";
    }

    /** What a condition accepts, in the input's own terms rather than as codes. */
    private static String accepted(Input input, IntervalSet accepted) {
        if (input instanceof BooleanInput) {
            // not "any", so exactly one of its two values
            return input.value(accepted.first());
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < accepted.intervalCount(); i++) {
            if (input instanceof IntegerInput) {
                parts.add("[" + accepted.low(i) + "," + accepted.high(i) + "]");
            } else {
                for (int code = accepted.low(i); code <= accepted.high(i); code++) {
                    parts.add(Json.string(input.value(code)));
                }
            }
        }
        return list(parts);
    }

    private static String strings(List<String> texts) {
        return list(texts.stream().map(Json::string).toList());
    }

    private static String list(List<String> items) {
        return "[" + String.join(",", items) + "]";
    }
}
