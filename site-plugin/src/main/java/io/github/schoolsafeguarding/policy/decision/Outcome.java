package io.github.schoolsafeguarding.policy.decision;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a table decides: for each output id, its value id. Under the {@code collect} hit policy an
 * output may hold several values (or none), in rule order; otherwise it holds exactly one.
 */
public record Outcome(Map<String, List<String>> values) {

    public Outcome {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        values.forEach((output, list) -> copy.put(output, List.copyOf(list)));
        values = Collections.unmodifiableMap(copy);
    }

    /** The outcome of one rule: each output with its single value. */
    public static Outcome of(Map<String, String> single) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        single.forEach((output, value) -> values.put(output, List.of(value)));
        return new Outcome(values);
    }

    /** The single value of {@code output}; for tables that do not collect. */
    public String value(String output) {
        List<String> list = values.get(output);
        if (list == null || list.size() != 1) {
            throw new IllegalStateException("output '" + output + "' has " + (list == null ? "no" : list.size()) + " values");
        }
        return list.get(0);
    }

    /** {@code action=dsl-risk-assessment, police=refer}; several collected values show as {@code [a, b]}. */
    @Override
    public String toString() {
        return values.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + (entry.getValue().size() == 1 ? entry.getValue().get(0)
                        : "[" + String.join(", ", entry.getValue()) + "]"))
                .collect(Collectors.joining(", "));
    }
}
