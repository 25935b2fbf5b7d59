package io.github.schoolsafeguarding.policy.decision.verify;

import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.decision.BooleanInput;
import io.github.schoolsafeguarding.policy.decision.Choice;
import io.github.schoolsafeguarding.policy.decision.Decision;
import io.github.schoolsafeguarding.policy.decision.DecisionEngine;
import io.github.schoolsafeguarding.policy.decision.DecisionException;
import io.github.schoolsafeguarding.policy.decision.DecisionTable;
import io.github.schoolsafeguarding.policy.decision.EnumInput;
import io.github.schoolsafeguarding.policy.decision.EquivalenceClasses;
import io.github.schoolsafeguarding.policy.decision.Example;
import io.github.schoolsafeguarding.policy.decision.Input;
import io.github.schoolsafeguarding.policy.decision.IntegerInput;
import io.github.schoolsafeguarding.policy.decision.Output;
import io.github.schoolsafeguarding.policy.decision.OutputValue;
import io.github.schoolsafeguarding.policy.decision.Rule;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A table and everything the build knows about it, as plain text that stays the same from run to
 * run and machine to machine: the table in table notation, its verification, the result of every
 * example, and the outcome for every class of equivalent answers. Committed as approved test
 * output, it turns a change of policy into a diff a reviewer can read.
 */
public final class DecisionTableReport {

    /** Beyond this many classes the report shows the first ones only, and says so. */
    public static final int MAX_CLASSES = 1000;

    private DecisionTableReport() {}

    public static String render(DecisionTable table, Verification verification) {
        StringBuilder text = new StringBuilder();
        text.append("Decision table ").append(table.id()).append('\n')
                .append("Question: ").append(table.question()).append('\n')
                .append("Hit policy: ").append(table.hitPolicy().yamlName()).append('\n')
                .append("Sources: ").append(String.join(", ", table.sources())).append("\n\n");
        inputs(table, text);
        outputs(table, text);
        rules(table, text);
        verification(table, verification, text);
        examples(table, text);
        classes(table, text);
        return text.toString();
    }

    private static void inputs(DecisionTable table, StringBuilder text) {
        text.append("Inputs\n");
        for (Input input : table.inputs()) {
            text.append("  ").append(input.id()).append(" (").append(type(input)).append("): ").append(input.question()).append('\n');
        }
        text.append('\n');
    }

    private static String type(Input input) {
        if (input instanceof BooleanInput) {
            return "boolean";
        }
        if (input instanceof EnumInput enumInput) {
            return "enum: " + String.join(", ", enumInput.values().stream().map(Choice::id).toList());
        }
        IntegerInput integer = (IntegerInput) input;
        return "integer " + integer.min() + ".." + integer.max()
                + (integer.hasChecklist() ? ", ticks on a checklist of " + integer.checklist().size() : "");
    }

    private static void outputs(DecisionTable table, StringBuilder text) {
        text.append("Outputs\n");
        for (Output output : table.outputs()) {
            text.append("  ").append(output.id()).append(": ").append(output.label()).append('\n');
            for (OutputValue value : output.values()) {
                text.append("    ").append(value.id()).append(": ").append(value.label())
                        .append(value.seriousness().map(level -> " (" + level.yamlName() + ")").orElse(""))
                        .append(value.contacts().isEmpty() ? "" : " [contacts: " + String.join(", ", value.contacts()) + "]").append('\n');
            }
        }
        text.append('\n');
    }

    /** The rules as a grid: a column per input, then a column per output, as a DMN table prints. */
    private static void rules(DecisionTable table, StringBuilder text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("rule"));
        table.inputs().forEach(input -> header.add(input.id()));
        table.outputs().forEach(output -> header.add(output.id()));
        rows.add(header);
        for (Rule rule : table.rules()) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(rule.number())));
            IntStream.range(0, table.inputs().size()).forEach(i -> row.add(rule.when().get(i).notation(table.inputs().get(i))));
            table.outputs().forEach(output -> row.add(rule.then().get(output.id())));
            rows.add(row);
        }
        int[] widths = new int[header.size()];
        rows.forEach(row -> IntStream.range(0, row.size()).forEach(i -> widths[i] = Math.max(widths[i], row.get(i).length())));
        text.append("Rules\n");
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < row.size(); i++) {
                line.append(i == 0 ? "" : i == table.inputs().size() + 1 ? " || " : " | ")
                        .append(row.get(i)).append(" ".repeat(widths[i] - row.get(i).length()));
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        text.append("\nWhy\n");
        table.rules().forEach(rule -> text.append("  ").append(rule.number()).append(". ").append(rule.why())
                .append(" (").append(rule.source()).append(")\n"));
        text.append('\n');
    }

    private static void verification(DecisionTable table, Verification verification, StringBuilder text) {
        Path base = table.location().file().toAbsolutePath().getParent();
        text.append("Verification\n");
        if (verification.findings().isEmpty()) {
            text.append("  no gaps, no overlaps against the hit policy, no unreachable or redundant rules\n");
        }
        for (Problem finding : verification.findings()) {
            text.append("  ").append(finding.format(base)).append('\n');
        }
        text.append("  Examples: ").append(verification.coverage()).append("\n\n");
    }

    private static void examples(DecisionTable table, StringBuilder text) {
        text.append("Examples\n");
        for (Example example : table.examples()) {
            String result;
            try {
                Decision decision = DecisionEngine.evaluate(table, example.given());
                String actual = decision.outcome() + " (" + Rule.numbers(decision.rules()) + ")";
                result = decision.outcome().equals(example.expect()) ? "ok     " + example.name() + ": " + actual
                        : "WRONG  " + example.name() + ": expected " + example.expect() + ", but the table gives " + actual;
            } catch (DecisionException e) {
                result = "WRONG  " + example.name() + ": expected " + example.expect() + ", but " + e.getMessage();
            }
            text.append("  ").append(result).append('\n');
        }
        text.append('\n');
    }

    private static void classes(DecisionTable table, StringBuilder text) {
        EquivalenceClasses classes = EquivalenceClasses.of(table);
        BigInteger count = classes.count();
        text.append("Outcome for each class of answers (").append(count).append(count.equals(BigInteger.ONE) ? " class" : " classes");
        if (count.compareTo(BigInteger.valueOf(MAX_CLASSES)) > 0) {
            text.append("; the first ").append(MAX_CLASSES).append(" shown");
        }
        text.append(")\n");
        for (int[] representative : classes.representatives(MAX_CLASSES)) {
            String outcome;
            try {
                Decision decision = DecisionEngine.evaluate(table, representative);
                outcome = decision.outcome() + " (" + Rule.numbers(decision.rules()) + ")";
            } catch (DecisionException e) {
                outcome = "cannot decide: " + e.getMessage();
            }
            text.append("  ").append(classes.describe(representative)).append(" -> ").append(outcome).append('\n');
        }
    }
}
