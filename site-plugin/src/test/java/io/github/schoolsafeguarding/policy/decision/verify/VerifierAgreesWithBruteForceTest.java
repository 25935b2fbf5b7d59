package io.github.schoolsafeguarding.policy.decision.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.decision.AnyValue;
import io.github.schoolsafeguarding.policy.decision.BooleanCondition;
import io.github.schoolsafeguarding.policy.decision.BooleanInput;
import io.github.schoolsafeguarding.policy.decision.Choice;
import io.github.schoolsafeguarding.policy.decision.Condition;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The verifier reasons about regions; these properties check it against the plain truth, found by
 * listing every combination of small random tables (2 to 4 inputs of mixed types, 1 to 8 rules).
 */
class VerifierAgreesWithBruteForceTest {

    private static final Location NOWHERE = Location.of(Path.of("random.yaml"));
    private static final Output ACTION = new Output("action", "Action",
            List.of(value("a"), value("b"), value("c")), NOWHERE);

    @Property(tries = 300)
    void aGapIsReportedExactlyWhenSomeCombinationMatchesNoRule(@ForAll("tables") DecisionTable table) {
        Optional<int[]> gap = new GapCheck().gap(table);
        boolean bruteForceGap = combinations(table).stream().anyMatch(combination -> matching(table, combination).isEmpty());

        assertEquals(bruteForceGap, gap.isPresent());
        gap.ifPresent(combination -> {
            assertTrue(table.everyCombination().contains(combination));
            assertEquals(List.of(), matching(table, combination), "the reported gap " + table.describe(combination));
        });
    }

    @Property(tries = 300)
    void overlapsAreReportedExactlyForRulesThatMatchTogetherAgainstTheHitPolicy(@ForAll("tables") DecisionTable table) {
        List<Overlap> overlaps = new OverlapCheck().overlaps(table);
        Set<List<Integer>> bruteForcePairs = new HashSet<>();
        if (table.hitPolicy() == HitPolicy.UNIQUE || table.hitPolicy() == HitPolicy.ANY) {
            for (int[] combination : combinations(table)) {
                List<Rule> matched = matching(table, combination);
                for (Rule first : matched) {
                    for (Rule second : matched) {
                        boolean forbidden = table.hitPolicy() == HitPolicy.UNIQUE || !first.then().equals(second.then());
                        if (first.number() < second.number() && forbidden) {
                            bruteForcePairs.add(List.of(first.number(), second.number()));
                        }
                    }
                }
            }
        }

        assertEquals(bruteForcePairs, new HashSet<>(overlaps.stream().map(overlap -> List.of(overlap.first(), overlap.second())).toList()));
        for (Overlap overlap : overlaps) {
            List<Integer> matched = matching(table, overlap.combination()).stream().map(Rule::number).toList();
            assertTrue(matched.containsAll(List.of(overlap.first(), overlap.second())), "both rules match the reported combination");
        }
    }

    @Property(tries = 300)
    void aRuleIsUnreachableExactlyWhenItIsNeverTheFirstMatch(@ForAll("tables") DecisionTable table) {
        Set<Integer> decisive = new HashSet<>();
        combinations(table).forEach(combination -> matching(table, combination).stream().findFirst()
                .ifPresent(rule -> decisive.add(rule.number())));
        Set<Integer> bruteForce = table.hitPolicy() != HitPolicy.FIRST ? Set.of()
                : new HashSet<>(IntStream.rangeClosed(1, table.rules().size()).filter(rule -> !decisive.contains(rule)).boxed().toList());

        List<UnreachableRule> unreachable = new UnreachableRuleCheck().unreachableRules(table);

        assertEquals(bruteForce, new HashSet<>(unreachable.stream().map(UnreachableRule::rule).toList()));
        unreachable.forEach(found -> assertTrue(found.hiddenBy().stream().allMatch(rule -> rule < found.rule())));
    }

    @Property(tries = 300)
    void aRedundantRuleIsCoveredByARuleWithTheSameOutcome(@ForAll("tables") DecisionTable table) {
        for (SubsumedRule found : new SubsumedRuleCheck().subsumedRules(table)) {
            Rule rule = table.rules().get(found.rule() - 1);
            Rule wider = table.rules().get(found.by() - 1);
            assertEquals(rule.then(), wider.then());
            for (int[] combination : combinations(table)) {
                assertFalse(table.region(rule).contains(combination) && !table.region(wider).contains(combination));
            }
        }
    }

    /**
     * The verifier shares one budget and one store of answers between its checks; that changes
     * nothing it reports, beyond listing a kind of finding only so far.
     */
    @Property(tries = 300)
    void theVerifierReportsWhatEachCheckFindsOnItsOwn(@ForAll("tables") DecisionTable table) {
        List<TableCheck> checks = List.of(new GapCheck(), new OverlapCheck(), new UnreachableRuleCheck(), new SubsumedRuleCheck(),
                new ExampleOutcomeCheck(), new ExampleCoverageCheck(), new ClassCountCheck());
        List<Problem> expected = checks.stream()
                .flatMap(check -> check.check(table).stream().sorted(Problem.READING_ORDER).limit(DecisionTableVerifier.LISTED))
                .sorted(Problem.READING_ORDER).toList();

        List<Problem> reported = DecisionTableVerifier.verify(table).findings().stream()
                .filter(problem -> !problem.message().endsWith("more are not")).toList();

        assertEquals(expected, reported);
    }

    /** Every combination of the table's inputs: the brute force these properties compare with. */
    private static List<int[]> combinations(DecisionTable table) {
        List<int[]> combinations = new ArrayList<>();
        combinations.add(new int[0]);
        for (Input input : table.inputs()) {
            List<int[]> longer = new ArrayList<>();
            for (int[] prefix : combinations) {
                for (int code = input.domain().first(); input.domain().contains(code); code++) {
                    int[] combination = java.util.Arrays.copyOf(prefix, prefix.length + 1);
                    combination[prefix.length] = code;
                    longer.add(combination);
                }
            }
            combinations = longer;
        }
        return combinations;
    }

    /** Every rule that matches, in order, whatever the hit policy. */
    private static List<Rule> matching(DecisionTable table, int[] combination) {
        return table.rules().stream().filter(rule -> table.region(rule).contains(combination)).toList();
    }

    @Provide
    Arbitrary<DecisionTable> tables() {
        return input().list().ofMinSize(2).ofMaxSize(4)
                .map(VerifierAgreesWithBruteForceTest::withIds)
                .flatMap(inputs -> Combinators.combine(Arbitraries.of(HitPolicy.class), rule(inputs).list().ofMinSize(1).ofMaxSize(8))
                        .as((policy, rules) -> new DecisionTable("random", "random", policy, List.of("s"), inputs, List.of(ACTION),
                                numbered(rules), List.of(), NOWHERE)));
    }

    /** An input with a placeholder id: a boolean, an enum of 2 to 4 values, or an integer from 0 to at most 6. */
    private static Arbitrary<Input> input() {
        return Arbitraries.oneOf(
                Arbitraries.just(new BooleanInput("x", "q", "h", NOWHERE)),
                Arbitraries.integers().between(2, 4).map(size -> new EnumInput("x", "q", "h",
                        IntStream.range(0, size).mapToObj(i -> new Choice("v" + i, "V" + i)).toList(), NOWHERE)),
                Arbitraries.integers().between(0, 6).map(max -> new IntegerInput("x", "q", "h", 0, max, List.of(), NOWHERE)));
    }

    private static List<Input> withIds(List<Input> inputs) {
        return IntStream.range(0, inputs.size()).mapToObj(i -> {
            String id = "input_" + i;
            Input input = inputs.get(i);
            if (input instanceof EnumInput enumInput) {
                return new EnumInput(id, "q", "h", enumInput.values(), NOWHERE);
            }
            if (input instanceof IntegerInput integer) {
                return new IntegerInput(id, "q", "h", integer.min(), integer.max(), List.of(), NOWHERE);
            }
            return (Input) new BooleanInput(id, "q", "h", NOWHERE);
        }).toList();
    }

    /** A rule with number 0 (numbered later): a condition per input, and one of three outcomes. */
    private static Arbitrary<Rule> rule(List<Input> inputs) {
        List<Arbitrary<Condition>> conditions = inputs.stream().map(VerifierAgreesWithBruteForceTest::condition).toList();
        return Combinators.combine(Combinators.combine(conditions).as(list -> list), Arbitraries.of("a", "b", "c"))
                .as((when, action) -> new Rule(0, when, Map.of("action", action), "why", "s", NOWHERE));
    }

    private static Arbitrary<Condition> condition(Input input) {
        Arbitrary<Condition> specific;
        if (input instanceof BooleanInput) {
            specific = Arbitraries.of(true, false).map(BooleanCondition::new);
        } else if (input instanceof EnumInput enumInput) {
            List<String> values = enumInput.values().stream().map(Choice::id).toList();
            specific = Combinators.combine(Arbitraries.subsetOf(values).ofMinSize(1), Arbitraries.of(true, false))
                    .as((subset, complement) -> (Condition) new ValueSet(values.stream().filter(subset::contains).toList(), complement))
                    .filter(condition -> !condition.accepted(input).isEmpty());
        } else {
            IntegerInput integer = (IntegerInput) input;
            Arbitrary<Integer> bound = Arbitraries.integers().between(integer.min(), integer.max());
            specific = Combinators.combine(bound, bound).as((a, b) -> new IntegerInterval(Math.min(a, b), Math.max(a, b)));
        }
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.just(AnyValue.INSTANCE)),
                net.jqwik.api.Tuple.of(3, specific));
    }

    private static List<Rule> numbered(List<Rule> rules) {
        return IntStream.range(0, rules.size()).mapToObj(i -> {
            Rule rule = rules.get(i);
            return new Rule(i + 1, rule.when(), rule.then(), rule.why(), rule.source(), rule.location());
        }).toList();
    }

    private static OutputValue value(String id) {
        return new OutputValue(id, id, id, List.of());
    }
}
