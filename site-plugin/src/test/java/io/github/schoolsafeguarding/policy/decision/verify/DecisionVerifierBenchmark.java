// Run from the repository root:
//   mvn -q -f site-plugin/pom.xml test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.github.schoolsafeguarding.policy.decision.verify.DecisionVerifierBenchmark
package io.github.schoolsafeguarding.policy.decision.verify;

import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.decision.AnyValue;
import io.github.schoolsafeguarding.policy.decision.BooleanCondition;
import io.github.schoolsafeguarding.policy.decision.BooleanInput;
import io.github.schoolsafeguarding.policy.decision.Choice;
import io.github.schoolsafeguarding.policy.decision.Condition;
import io.github.schoolsafeguarding.policy.decision.DecisionEngine;
import io.github.schoolsafeguarding.policy.decision.DecisionTable;
import io.github.schoolsafeguarding.policy.decision.EnumInput;
import io.github.schoolsafeguarding.policy.decision.HitPolicy;
import io.github.schoolsafeguarding.policy.decision.Input;
import io.github.schoolsafeguarding.policy.decision.IntegerInput;
import io.github.schoolsafeguarding.policy.decision.IntegerInterval;
import io.github.schoolsafeguarding.policy.decision.Output;
import io.github.schoolsafeguarding.policy.decision.OutputValue;
import io.github.schoolsafeguarding.policy.decision.Rule;
import io.github.schoolsafeguarding.policy.decision.ValueSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * How long verifying a large table takes: 30 inputs (booleans, enums, integers), 300 rules that
 * each constrain a few inputs and leave the rest as any, under each hit policy; then how long one
 * evaluation of it takes. Prints the median and spread of 11 timed runs after warm-up. A main rather than a test, because timings on a shared
 * build machine are not something to fail a build on.
 */
public final class DecisionVerifierBenchmark {

    private static final int INPUTS = 30;
    private static final int RULES = 300;
    private static final int WARM_UP_RUNS = 5;
    private static final int TIMED_RUNS = 11;
    private static final int EVALUATIONS = 20_000;
    private static final Location NOWHERE = Location.of(Path.of("benchmark.yaml"));

    public static void main(String[] args) {
        for (HitPolicy policy : HitPolicy.values()) {
            DecisionTable table = table(policy, new Random(20261122));
            for (int i = 0; i < WARM_UP_RUNS; i++) {
                DecisionTableVerifier.verify(table);
            }
            long[] millis = new long[TIMED_RUNS];
            int findings = 0;
            for (int i = 0; i < TIMED_RUNS; i++) {
                long start = System.nanoTime();
                findings = DecisionTableVerifier.verify(table).findings().size();
                millis[i] = (System.nanoTime() - start) / 1_000_000;
            }
            Arrays.sort(millis);
            System.out.printf("%-7s %d inputs, %d rules: median %d ms, min %d ms, max %d ms (%d findings)%n",
                    policy.yamlName(), INPUTS, RULES, millis[TIMED_RUNS / 2], millis[0], millis[TIMED_RUNS - 1], findings);
        }
        timeEvaluation(table(HitPolicy.FIRST, new Random(20261122)), new Random(7));
    }

    /** Evaluation, as a form or the decide goal calls it: answers as strings, keyed by input id. */
    private static void timeEvaluation(DecisionTable table, Random random) {
        List<Map<String, String>> answers = new ArrayList<>();
        for (int i = 0; i < EVALUATIONS; i++) {
            int[] combination = table.inputs().stream().mapToInt(input -> (int) (input.domain().first()
                    + random.nextInt((int) input.domain().size()))).toArray();
            answers.add(table.answers(combination));
        }
        long[] nanos = new long[TIMED_RUNS];
        for (int run = -WARM_UP_RUNS; run < TIMED_RUNS; run++) {
            long start = System.nanoTime();
            answers.forEach(given -> DecisionEngine.evaluate(table, given));
            if (run >= 0) {
                nanos[run] = (System.nanoTime() - start) / EVALUATIONS;
            }
        }
        Arrays.sort(nanos);
        System.out.printf("evaluate (first, %d rules): median %d ns, min %d ns, max %d ns per call%n",
                RULES, nanos[TIMED_RUNS / 2], nanos[0], nanos[TIMED_RUNS - 1]);
    }

    /**
     * Like a real table grown large: a third of the inputs each of boolean, enum and integer; each
     * rule constrains two to five of them, integers at a few shared thresholds; the last rule
     * catches everything else.
     */
    private static DecisionTable table(HitPolicy policy, Random random) {
        List<Input> inputs = new ArrayList<>();
        for (int i = 0; i < INPUTS; i++) {
            String id = "input_" + i;
            inputs.add(switch (i % 3) {
                case 0 -> new BooleanInput(id, "q", "h", NOWHERE);
                case 1 -> new EnumInput(id, "q", "h", List.of(new Choice("a", "A"), new Choice("b", "B"), new Choice("c", "C"),
                        new Choice("d", "D"), new Choice("e", "E")), NOWHERE);
                default -> new IntegerInput(id, "q", "h", 0, 100, List.of(), NOWHERE);
            });
        }
        List<OutputValue> values = List.of(new OutputValue("x", "X", "x", List.of()), new OutputValue("y", "Y", "y", List.of()),
                new OutputValue("z", "Z", "z", List.of()));
        List<Rule> rules = new ArrayList<>();
        for (int number = 1; number <= RULES; number++) {
            List<Condition> when = new ArrayList<>();
            inputs.forEach(input -> when.add(AnyValue.INSTANCE));
            int constrained = number == RULES ? 0 : 2 + random.nextInt(4);
            for (int k = 0; k < constrained; k++) {
                int position = random.nextInt(INPUTS);
                when.set(position, condition(inputs.get(position), random));
            }
            rules.add(new Rule(number, when, Map.of("action", values.get(random.nextInt(3)).id()), "why", "s", NOWHERE));
        }
        return new DecisionTable("benchmark", "q", policy, List.of("s"), inputs, List.of(new Output("action", "A", values, NOWHERE)),
                rules, List.of(), NOWHERE);
    }

    private static Condition condition(Input input, Random random) {
        if (input instanceof BooleanInput) {
            return new BooleanCondition(random.nextBoolean());
        }
        if (input instanceof EnumInput) {
            List<String> all = List.of("a", "b", "c", "d", "e");
            return new ValueSet(all.subList(random.nextInt(2), 2 + random.nextInt(2)), random.nextBoolean());
        }
        int[] thresholds = {13, 16, 18, 25, 65};
        int threshold = thresholds[random.nextInt(thresholds.length)];
        return random.nextBoolean() ? new IntegerInterval(0, threshold - 1) : new IntegerInterval(threshold, 100);
    }
}
