package io.github.schoolsafeguarding.policy.decision.verify;

import io.github.schoolsafeguarding.policy.decision.HitPolicy;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * The YAML of tables that push the verifier. The messy one is what a partnership's first draft of a
 * big table might be: a third of the inputs each boolean, enum (five values) and integer (0 to
 * 100); every rule constrains two or three of them at random (one or two enum values, or an
 * integer range with random ends), and there is no catch-all rule, so rules overlap everywhere (60
 * of them leave gaps; 300 cover every case many times over); the same seed gives the same table.
 * The pigeonhole one is small but as hard as a table gets. Used by the tests that keep the
 * verifier bounded and by {@code src/bench/MessyTable.java}.
 */
public final class LargeTables {

    private static final List<String> VALUES = List.of("a", "b", "c", "d", "e");

    private LargeTables() {}

    /** A messy table {@code id} of {@code inputs} inputs and {@code rules} rules under {@code policy}. */
    public static String messy(String id, HitPolicy policy, int inputs, int rules, long seed) {
        Random random = new Random(seed);
        StringBuilder yaml = start(id, policy);
        for (int i = 0; i < inputs; i++) {
            yaml.append("  - {id: input_").append(i).append(", question: Q, help: H, ").append(switch (i % 3) {
                case 0 -> "type: boolean}";
                case 1 -> "type: enum, values: [" + String.join(", ", VALUES.stream().map(v -> "{id: " + v + ", label: " + v + "}").toList()) + "]}";
                default -> "type: integer, min: 0, max: 100}";
            }).append('\n');
        }
        yaml.append(OUTPUTS);
        for (int number = 1; number <= rules; number++) {
            StringBuilder when = new StringBuilder();
            int constrained = 2 + random.nextInt(2);
            Set<Integer> used = new TreeSet<>();
            while (used.size() < constrained) {
                used.add(random.nextInt(inputs));
            }
            for (int input : used) {
                when.append(when.length() == 0 ? "" : ", ").append("input_").append(input).append(": ").append(condition(input, random));
            }
            rule(yaml, when.toString(), "xyz".charAt(random.nextInt(3)));
        }
        return yaml.toString();
    }

    /**
     * A table that says no two of {@code holes + 1} pigeons (enum inputs) may sit in the same of
     * {@code holes} holes: a rule for each pair and hole, of two conditions each. The rules leave no
     * gap (the pigeons cannot all sit apart), but a proof of that by case splitting takes a number of
     * steps that grows with the factorial of the holes: the textbook hard case for any method that
     * splits cases, as the verifier does.
     */
    public static String pigeonholes(String id, HitPolicy policy, int holes) {
        StringBuilder yaml = start(id, policy);
        String values = String.join(", ", IntStream.range(0, holes).mapToObj(hole -> "{id: h" + hole + ", label: H}").toList());
        for (int pigeon = 0; pigeon <= holes; pigeon++) {
            yaml.append("  - {id: pigeon_").append(pigeon).append(", question: Q, help: H, type: enum, values: [").append(values).append("]}\n");
        }
        yaml.append(OUTPUTS);
        for (int first = 0; first <= holes; first++) {
            for (int second = first + 1; second <= holes; second++) {
                for (int hole = 0; hole < holes; hole++) {
                    rule(yaml, "pigeon_" + first + ": h" + hole + ", pigeon_" + second + ": h" + hole, 'x');
                }
            }
        }
        return yaml.toString();
    }

    private static final String OUTPUTS = """
            outputs:
              - id: action
                label: Action
                values:
                  - {id: x, label: X, text: X.}
                  - {id: y, label: Y, text: Y.}
                  - {id: z, label: Z, text: Z.}
            rules:
            """;

    private static StringBuilder start(String id, HitPolicy policy) {
        return new StringBuilder("id: " + id + "\nquestion: What to do\nhit_policy: " + policy.yamlName() + "\nsources: [s]\ninputs:\n");
    }

    private static void rule(StringBuilder yaml, String when, char action) {
        yaml.append("  - when: {").append(when).append("}\n    then: {action: ").append(action).append("}\n    why: Because.\n    source: s\n");
    }

    private static String condition(int input, Random random) {
        return switch (input % 3) {
            case 0 -> Boolean.toString(random.nextBoolean());
            case 1 -> {
                int from = random.nextInt(VALUES.size());
                List<String> listed = VALUES.subList(from, Math.min(VALUES.size(), from + 1 + random.nextInt(2)));
                yield (random.nextInt(4) == 0 ? "'not " : "'") + "[" + String.join(", ", listed) + "]'";
            }
            default -> {
                int low = random.nextInt(101);
                int high = random.nextInt(101);
                yield "'[" + Math.min(low, high) + ".." + Math.max(low, high) + "]'";
            }
        };
    }
}
