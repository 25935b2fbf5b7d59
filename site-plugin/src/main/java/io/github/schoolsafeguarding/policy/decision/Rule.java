package io.github.schoolsafeguarding.policy.decision;

import io.github.schoolsafeguarding.policy.check.Location;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of a table.
 *
 * @param number the rule's number as written, counting from 1; findings and outcomes use it
 * @param when one condition per input, in the table's input order ({@link AnyValue} where the YAML
 *     leaves the input out)
 * @param then the value id of every output, keyed by output id in the table's output order
 * @param why a short reason citing the source
 * @param source the short name of the source document
 */
public record Rule(int number, List<Condition> when, Map<String, String> then, String why, String source,
        Location location) {

    public Rule {
        when = List.copyOf(when);
        then = Collections.unmodifiableMap(new LinkedHashMap<>(then));
    }

    /** Rule numbers as a sentence says them: "rule 2", "rules 2 and 3", "rules 1, 4 and 6". */
    public static String numbers(List<Integer> numbers) {
        if (numbers.size() == 1) {
            return "rule " + numbers.get(0);
        }
        List<String> texts = numbers.stream().map(String::valueOf).toList();
        return "rules " + String.join(", ", texts.subList(0, texts.size() - 1)) + " and " + texts.get(texts.size() - 1);
    }
}
