package io.github.schoolsafeguarding.policy.decision;

import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.yaml.Spelling;
import io.github.schoolsafeguarding.policy.yaml.YamlValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one cell of a rule's {@code when:} into a {@link Condition}, reporting what it cannot read. */
final class ConditionParser {

    private static final Pattern COMPARISON = Pattern.compile("(<=|>=|<|>|=)?\\s*(-?\\d{1,9})");
    private static final Pattern RANGE = Pattern.compile("\\[?\\s*(-?\\d{1,9})\\s*\\.\\.\\s*(-?\\d{1,9})\\s*]?");
    private static final Pattern NEGATION = Pattern.compile("not\\s+(.+)");

    private static final String INTEGER_FORMS =
            "write 14, < 13, <= 12, > 15, \">= 16\" or \"[13..15]\" (quote forms that start with > or [), or any";

    private ConditionParser() {}

    static Optional<Condition> parse(Input input, YamlValue cell, Problems problems) {
        if (cell.isNull()) {
            return Optional.of(AnyValue.INSTANCE);
        }
        if (cell.isList()) {
            return parseList(input, cell, problems);
        }
        Optional<String> written = cell.text().map(String::strip);
        if (written.isEmpty()) {
            problems.add(Problem.error("decision.bad-condition", cell.location(),
                    "the condition on '" + input.id() + "' should be a single line", forms(input)));
            return Optional.empty();
        }
        String text = written.get();
        if (text.equals("any") || text.equals("-")) {
            return Optional.of(AnyValue.INSTANCE);
        }
        if (input instanceof BooleanInput) {
            return parseBoolean(input, text, cell, problems);
        }
        if (input instanceof EnumInput enumInput) {
            return parseValueSet(enumInput, text, cell, problems);
        }
        return parseInterval((IntegerInput) input, text, cell, problems);
    }

    /** {@code [a, b]} unquoted is a YAML list: values for an enum, {@code [13..15]} for an integer. */
    private static Optional<Condition> parseList(Input input, YamlValue cell, Problems problems) {
        List<String> items = cell.items().stream().map(item -> item.text().orElse("").strip()).toList();
        if (input instanceof EnumInput enumInput) {
            return checkedValueSet(enumInput, items, false, cell, problems);
        }
        if (input instanceof IntegerInput integerInput && items.size() == 1) {
            return parseInterval(integerInput, items.get(0), cell, problems);
        }
        problems.add(Problem.error("decision.bad-condition", cell.location(),
                "a list is not a condition for " + describe(input), forms(input)));
        return Optional.empty();
    }

    private static Optional<Condition> parseBoolean(Input input, String text, YamlValue cell, Problems problems) {
        if (text.equals("true") || text.equals("false")) {
            return Optional.of(new BooleanCondition(Boolean.parseBoolean(text)));
        }
        problems.add(Problem.error("decision.bad-condition", cell.location(),
                "'" + text + "' is not a condition for " + describe(input), forms(input)));
        return Optional.empty();
    }

    private static Optional<Condition> parseValueSet(EnumInput input, String text, YamlValue cell, Problems problems) {
        Matcher negation = NEGATION.matcher(text);
        boolean complement = negation.matches();
        String listed = complement ? negation.group(1).strip() : text;
        if (listed.startsWith("[") != listed.endsWith("]")) {
            problems.add(Problem.error("decision.bad-condition", cell.location(),
                    "'" + text + "' is not a condition for " + describe(input), forms(input)));
            return Optional.empty();
        }
        if (listed.startsWith("[")) {
            listed = listed.substring(1, listed.length() - 1);
        }
        List<String> values = new ArrayList<>();
        for (String value : listed.split(",")) {
            if (!value.isBlank()) {
                values.add(value.strip());
            }
        }
        return checkedValueSet(input, values, complement, cell, problems);
    }

    private static Optional<Condition> checkedValueSet(EnumInput input, List<String> values, boolean complement,
            YamlValue cell, Problems problems) {
        List<String> known = input.values().stream().map(Choice::id).toList();
        boolean allKnown = true;
        for (String value : values) {
            if (!known.contains(value)) {
                allKnown = false;
                problems.add(Problem.error("decision.unknown-value", cell.location(),
                        "'" + value + "' is not a value of '" + input.id() + "'", Spelling.didYouMean(value, known, "its values are")));
            }
        }
        if (!allKnown) {
            return Optional.empty();
        }
        ValueSet condition = new ValueSet(known.stream().filter(values::contains).toList(), complement);
        return nonEmpty(input, condition, cell, problems);
    }

    private static Optional<Condition> parseInterval(IntegerInput input, String text, YamlValue cell, Problems problems) {
        Matcher comparison = COMPARISON.matcher(text);
        Matcher range = RANGE.matcher(text);
        long low;
        long high;
        if (comparison.matches()) {
            long n = Long.parseLong(comparison.group(2));
            String operator = comparison.group(1) == null ? "=" : comparison.group(1);
            low = switch (operator) {
                case ">" -> n + 1;
                case ">=", "=" -> n;
                default -> input.min();
            };
            high = switch (operator) {
                case "<" -> n - 1;
                case "<=", "=" -> n;
                default -> input.max();
            };
        } else if (range.matches()) {
            low = Long.parseLong(range.group(1));
            high = Long.parseLong(range.group(2));
        } else {
            problems.add(Problem.error("decision.bad-condition", cell.location(),
                    "'" + text + "' is not a condition for " + describe(input), forms(input)));
            return Optional.empty();
        }
        Condition condition = new IntegerInterval((int) Math.max(low, input.min()), (int) Math.min(high, input.max()));
        return nonEmpty(input, condition, cell, problems);
    }

    /** A condition no answer can meet is always a slip, and would make its rule silently dead. */
    private static Optional<Condition> nonEmpty(Input input, Condition condition, YamlValue cell, Problems problems) {
        if (condition.accepted(input).isEmpty()) {
            problems.add(Problem.error("decision.empty-condition", cell.location(),
                    "the condition on '" + input.id() + "' matches none of its values (" + input.acceptedValues() + ")",
                    "correct the condition, or remove the rule if it can never apply"));
            return Optional.empty();
        }
        return Optional.of(condition);
    }

    private static String describe(Input input) {
        String type = input instanceof BooleanInput ? "boolean" : input instanceof EnumInput ? "enum" : "integer";
        return type + " input '" + input.id() + "'";
    }

    private static String forms(Input input) {
        if (input instanceof BooleanInput) {
            return "write true or false, or any (or leave the input out) when the answer does not matter";
        }
        if (input instanceof EnumInput enumInput) {
            String first = enumInput.values().get(0).id();
            return "write a value (" + first + "), a list ([" + first + ", ...]), not and a list (not [" + first
                    + "]), or any; the values are " + String.join(", ", enumInput.values().stream().map(Choice::id).toList());
        }
        return INTEGER_FORMS;
    }
}
