package io.github.schoolsafeguarding.policy.decision;

import io.github.schoolsafeguarding.policy.check.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Small tables for tests, written the way a maintainer writes them. */
public final class TestTables {

    /** The inputs most fixtures share: a boolean, an enum of three values and an integer from 0 to 17. */
    public static final String INPUTS = """
            inputs:
              - {id: adult, question: Adult, help: Any adult, type: boolean}
              - id: context
                question: Why
                help: Ask
                type: enum
                values: [{id: romantic, label: R}, {id: attention-seeking, label: A}, {id: other, label: O}]
              - {id: age, question: Age, help: Years, type: integer, min: 0, max: 17}
            outputs:
              - id: action
                label: Action
                values:
                  - {id: refer, label: Refer, text: Refer.}
                  - {id: handle, label: Handle, text: Handle.}
                  - {id: watch, label: Watch, text: Watch.}
            """;

    private TestTables() {}

    /**
     * A table with {@link #INPUTS} and the given hit policy, rules and examples. Each rule is
     * {@code "<when> -> <action>"} with {@code <when>} a YAML flow map; each example is
     * {@code "<given> -> <action>"}.
     */
    public static DecisionTable table(Path dir, String hitPolicy, List<String> rules, List<String> examples) {
        StringBuilder yaml = new StringBuilder("id: t\nquestion: What to do\nhit_policy: " + hitPolicy + "\nsources: [s]\n");
        yaml.append(INPUTS).append("rules:\n");
        for (String rule : rules) {
            String[] parts = rule.split(" -> ");
            yaml.append("  - when: ").append(parts[0]).append("\n    then: {action: ").append(parts[1])
                    .append("}\n    why: Because.\n    source: s\n");
        }
        if (!examples.isEmpty()) {
            yaml.append("examples:\n");
            for (int i = 0; i < examples.size(); i++) {
                String[] parts = examples.get(i).split(" -> ");
                yaml.append("  - {name: example ").append(i + 1).append(", source: s, given: ").append(parts[0])
                        .append(", expect: {action: ").append(parts[1]).append("}}\n");
            }
        }
        return read(dir, "t", yaml.toString());
    }

    /** Reads a table from YAML text, failing the test on any problem. */
    public static DecisionTable read(Path dir, String id, String yaml) {
        try {
            Path file = Files.writeString(dir.resolve(id + ".yaml"), yaml);
            Problems problems = new Problems();
            DecisionTable table = DecisionTableReader.read(file, problems).orElse(null);
            if (!problems.isEmpty()) {
                throw new AssertionError(problems.all() + "\nin\n" + yaml);
            }
            return table;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
