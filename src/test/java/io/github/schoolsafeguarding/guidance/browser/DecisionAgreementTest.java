package io.github.schoolsafeguarding.guidance.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.check.ContentException;
import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.decision.BooleanInput;
import io.github.schoolsafeguarding.policy.decision.Decider;
import io.github.schoolsafeguarding.policy.decision.DecisionEngine;
import io.github.schoolsafeguarding.policy.decision.DecisionException;
import io.github.schoolsafeguarding.policy.decision.DecisionTable;
import io.github.schoolsafeguarding.policy.decision.DecisionTableJson;
import io.github.schoolsafeguarding.policy.decision.DecisionTableReader;
import io.github.schoolsafeguarding.policy.decision.EquivalenceClasses;
import io.github.schoolsafeguarding.policy.decision.HitPolicy;
import io.github.schoolsafeguarding.policy.decision.Input;
import io.github.schoolsafeguarding.policy.decision.IntegerInput;
import io.github.schoolsafeguarding.policy.decision.IntervalSet;
import io.github.schoolsafeguarding.policy.decision.PartialDecision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.json.Json;

/**
 * The browser's evaluator ({@code assets/decisions.js}, reading the table embedded in its decision
 * page) decides every case as the engine does through {@code policy:decide}: for every canonical
 * table, one case from every equivalence class of answers and a fixed sample of random ones, on the
 * table's page in every area; part-answered cases as the engine's partial decisions; and, on hand-written tables the build would refuse, the same errors
 * for a gap, a broken hit policy and answers that do not fit. Counts per table go to
 * {@code target/browser/decision-agreement.txt}.
 */
@ExtendWith(SiteInChromium.class)
class DecisionAgreementTest {

    static final Path DECISIONS = Path.of("content/decisions");
    static final int RANDOM_CASES = 200;
    static final long SEED = 20261122L;
    /** Cases sent to the browser in one script call: a few kilobytes of JSON each way. */
    static final int BATCH = 100;

    private static final Json JSON = new Json();

    /**
     * Each case's decision, or the error the table gave, as {@link #decide} reports them. The table
     * is a table id (the one embedded in the open page) or {@code {json: text}} (a table from elsewhere).
     */
    private static final String EVALUATE = """
            var decisions = window.SafeguardingDecisions;
            var table = typeof arguments[0] === 'string' ? decisions.table(arguments[0]) : JSON.parse(arguments[0].json);
            return arguments[1].map(function (given) {
              try { return decisions.evaluate(table, given); } catch (e) { return {error: e.message}; }
            });
            """;

    /** The same cases through decidePartly, reporting what the engine's partial decision reports. */
    private static final String DECIDE_PARTLY = """
            var decisions = window.SafeguardingDecisions;
            var table = decisions.table(arguments[0]);
            return arguments[1].map(function (given) {
              var decided = decisions.decidePartly(table, given);
              return {decided: decided.decided, outcome: decided.outcome, rules: decided.rules, needed: decided.needed};
            });
            """;

    /** Part-answered cases sent per table at most: every combination of classes and blanks, up to this. */
    static final int PARTIAL_CASES = 3000;

    private static final Map<String, String> REPORT = new TreeMap<>();
    private static final Map<String, String> PARTIAL_REPORT = new TreeMap<>();

    static List<DecisionTable> tables() {
        Problems problems = new Problems();
        List<DecisionTable> tables = DecisionTableReader.readAll(DECISIONS, problems);
        assertEquals(List.of(), problems.all());
        return tables;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void theBrowserDecidesEveryCaseAsTheEngineDoes(DecisionTable table, Site site, Chromium browser) throws ContentException {
        EquivalenceClasses classes = EquivalenceClasses.of(table);
        List<Map<String, Object>> cases = new ArrayList<>();
        classes.representatives(classes.count().intValueExact()).forEach(combination -> cases.add(given(table, combination)));
        int classCount = cases.size();
        Random random = new Random(SEED ^ table.id().hashCode());
        for (int i = 0; i < RANDOM_CASES; i++) {
            cases.add(given(table, randomCombination(table, random)));
        }
        List<Object> expected = decide(Decider.load(DECISIONS), table.id(), cases);

        List<String> disagreements = new ArrayList<>();
        int agreed = 0;
        for (String area : site.areas()) {
            browser.open(site.page(area + "/decisions/" + table.id() + ".html"));
            List<Object> actual = evaluateInBrowser(browser, table.id(), cases);
            for (int i = 0; i < cases.size(); i++) {
                if (expected.get(i).equals(actual.get(i))) {
                    agreed++;
                } else {
                    disagreements.add(area + ", case " + (i + 1) + " " + cases.get(i) + ":\n  engine:  " + expected.get(i)
                            + "\n  browser: " + actual.get(i));
                }
            }
        }
        REPORT.put(table.id(), String.format("%-28s %22d %12d %6d %16d", table.id(), classCount, RANDOM_CASES,
                site.areas().size(), agreed));

        assertTrue(disagreements.isEmpty(), "table " + table.id() + ": the browser and the engine disagree on "
                + disagreements.size() + " of " + cases.size() * site.areas().size() + " cases:\n"
                + String.join("\n", disagreements.subList(0, Math.min(10, disagreements.size()))));
        assertTrue(expected.stream().noneMatch(result -> ((Map<?, ?>) result).containsKey("error")),
                "a published table decides every case: " + expected);
    }

    /**
     * Answers to some of the questions: the browser's partial decision (decided or not, the outcome,
     * the rules behind it and the questions still needed) is the engine's, for every way of leaving
     * questions unanswered and answering the rest with one value from each equivalence class (a
     * fixed sample of them where there are more than {@link #PARTIAL_CASES}), in every area.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void theBrowserDecidesPartAnsweredCasesAsTheEngineDoes(DecisionTable table, Site site, Chromium browser) {
        List<Map<String, Object>> cases = partialAnswers(table);
        List<Object> expected = cases.stream().<Object>map(given -> partialDecision(table, given)).toList();
        List<String> disagreements = new ArrayList<>();
        for (String area : site.areas()) {
            browser.open(site.page(area + "/decisions/" + table.id() + ".html"));
            List<Object> actual = runInBrowser(browser, DECIDE_PARTLY, table.id(), cases);
            for (int i = 0; i < cases.size(); i++) {
                if (!expected.get(i).equals(actual.get(i))) {
                    disagreements.add(area + ", " + cases.get(i) + ":\n  engine:  " + expected.get(i) + "\n  browser: " + actual.get(i));
                }
            }
        }
        PARTIAL_REPORT.put(table.id(), String.format("%-28s %14d %6d %9d %8d", table.id(), cases.size(), site.areas().size(),
                expected.stream().filter(result -> Boolean.TRUE.equals(((Map<?, ?>) result).get("decided"))).count(),
                cases.size() * site.areas().size() - disagreements.size()));
        assertTrue(disagreements.isEmpty(), "table " + table.id() + ": the browser and the engine disagree on "
                + disagreements.size() + " part-answered cases:\n" + String.join("\n", disagreements.subList(0, Math.min(10, disagreements.size()))));
    }

    /** Each input unanswered or answered with one value of each of its classes; a seeded sample if there are too many. */
    private static List<Map<String, Object>> partialAnswers(DecisionTable table) {
        EquivalenceClasses classes = EquivalenceClasses.of(table);
        List<Map<String, Object>> answers = new ArrayList<>();
        answers.add(new LinkedHashMap<>());
        for (int i = 0; i < table.inputs().size(); i++) {
            Input input = table.inputs().get(i);
            List<Map<String, Object>> longer = new ArrayList<>();
            for (Map<String, Object> answer : answers) {
                longer.add(answer);
                for (IntervalSet inputClass : classes.classes().get(i)) {
                    Map<String, Object> with = new LinkedHashMap<>(answer);
                    with.put(input.id(), typed(input, inputClass.first()));
                    longer.add(with);
                }
            }
            answers = longer;
        }
        if (answers.size() > PARTIAL_CASES) {
            Collections.shuffle(answers, new Random(SEED ^ table.id().hashCode()));
            answers = answers.subList(0, PARTIAL_CASES);
        }
        return answers;
    }

    /** The engine's partial decision, in the terms the browser's is given. */
    private static Map<String, Object> partialDecision(DecisionTable table, Map<String, Object> given) {
        PartialDecision decision = DecisionEngine.decidePartly(table, given);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("decided", decision.decided());
        result.put("outcome", decision.outcome().map(outcome -> {
            Map<String, Object> values = new LinkedHashMap<>();
            outcome.values().forEach((output, list) -> values.put(output, table.hitPolicy() == HitPolicy.COLLECT ? list : list.get(0)));
            return (Object) values;
        }).orElse(null));
        result.put("rules", decision.rules().stream().map(Long::valueOf).toList());
        result.put("needed", decision.needed());
        return result;
    }

    /**
     * Tables the build refuses (a gap; two rules breaking 'unique'; two breaking 'any') and one that
     * collects, so that what the engine does when it cannot decide is matched too, and the collected
     * lists. Every combination of answers, and answers that do not fit.
     */
    @Test
    void theBrowserFailsAsTheEngineDoesWhenATableCannotDecide(@TempDir Path folder, Site site, Chromium browser)
            throws IOException, ContentException {
        writeTable(folder, "gap", "unique", "{adult: true} -> refer", "{adult: false, age: \"< 16\"} -> watch");
        writeTable(folder, "two-unique", "unique", "{age: \"< 13\"} -> refer", "{age: \">= 10\"} -> watch");
        writeTable(folder, "two-any", "any", "{adult: true} -> refer", "{context: romantic} -> refer", "{age: \"[3..4]\"} -> watch",
                "{} -> refer");
        writeTable(folder, "collected", "collect", "{adult: true} -> refer", "{context: \"not [other]\"} -> watch", "{age: 17} -> handle",
                "{age: \"< 17\"} -> watch");
        Decider decider = Decider.load(folder);
        browser.open(site.page(site.areas().get(0) + "/decisions/call-police.html"));
        Map<String, Integer> failures = new TreeMap<>();

        for (DecisionTable table : DecisionTableReader.readAll(folder, new Problems())) {
            List<Map<String, Object>> cases = new ArrayList<>();
            for (int adult = 0; adult <= 1; adult++) {
                for (int context = 0; context <= 2; context++) {
                    for (int age = 0; age <= 17; age++) {
                        cases.add(given(table, new int[] {adult, context, age}));
                    }
                }
            }
            cases.add(Map.of("adult", true, "context", "other"));
            cases.add(Map.of("adult", true, "context", "other", "age", 18));
            cases.add(Map.of("adult", true, "context", "sad", "age", 3));
            cases.add(Map.of("adult", true, "context", "other", "age", 3, "colour", "red"));

            List<Object> expected = decide(decider, table.id(), cases);
            List<Object> actual = evaluateInBrowser(browser, Map.of("json", DecisionTableJson.of(table)), cases);
            for (int i = 0; i < cases.size(); i++) {
                assertEquals(expected.get(i), actual.get(i), "table " + table.id() + ", case " + cases.get(i));
            }
            failures.put(table.id(), (int) expected.stream().filter(result -> ((Map<?, ?>) result).containsKey("error")).count());
        }
        // 4 unfitting answers each, and the combinations each table cannot decide: children aged 16 or 17
        // (of 3 contexts); ages 10 to 12 and 3 to 4 (of 2 x 3 adult and context)
        assertEquals(Map.of("collected", 4, "gap", 4 + 2 * 3, "two-any", 4 + 2 * 6, "two-unique", 4 + 3 * 6), failures);
    }

    @AfterAll
    static void writeCounts() throws IOException {
        Path report = Path.of("target/browser/decision-agreement.txt");
        Files.createDirectories(report.getParent());
        List<String> lines = new ArrayList<>();
        lines.add("Browser (decisions.js) against engine (policy:decide), case by case, on each area's decision page");
        lines.add(String.format("%-28s %22s %12s %6s %16s", "table", "equivalence classes", "random cases", "areas", "agreed"));
        lines.addAll(REPORT.values());
        lines.add("");
        lines.add("Part-answered cases: browser (decidePartly) against engine (DecisionEngine.decidePartly)");
        lines.add(String.format("%-28s %14s %6s %9s %8s", "table", "cases", "areas", "decided", "agreed"));
        lines.addAll(PARTIAL_REPORT.values());
        Files.write(report, lines);
    }

    /** What {@code policy:decide} prints for each case, parsed, or the error it reports. */
    private static List<Object> decide(Decider decider, String table, List<Map<String, Object>> cases) {
        List<Object> results = new ArrayList<>();
        for (Map<String, Object> given : cases) {
            Map<String, String> typed = new LinkedHashMap<>();
            given.forEach((input, value) -> typed.put(input, String.valueOf(value)));
            try {
                results.add(JSON.toType(decider.decide(table, typed), Map.class));
            } catch (DecisionException e) {
                results.add(Map.of("error", e.getMessage()));
            }
        }
        return results;
    }

    private static List<Object> evaluateInBrowser(Chromium browser, Object table, List<Map<String, Object>> cases) {
        return runInBrowser(browser, EVALUATE, table, cases);
    }

    private static List<Object> runInBrowser(Chromium browser, String script, Object table, List<Map<String, Object>> cases) {
        List<Object> results = new ArrayList<>();
        for (int from = 0; from < cases.size(); from += BATCH) {
            results.addAll((List<?>) browser.run(script, table, cases.subList(from, Math.min(cases.size(), from + BATCH))));
        }
        return results;
    }

    /** A combination of codes as the browser is given it: booleans, value ids and numbers. */
    private static Map<String, Object> given(DecisionTable table, int[] combination) {
        Map<String, Object> given = new LinkedHashMap<>();
        for (int i = 0; i < combination.length; i++) {
            Input input = table.inputs().get(i);
            given.put(input.id(), typed(input, combination[i]));
        }
        return given;
    }

    private static Object typed(Input input, int code) {
        String value = input.value(code);
        return input instanceof BooleanInput ? Boolean.valueOf(value) : input instanceof IntegerInput ? (Object) code : value;
    }

    private static int[] randomCombination(DecisionTable table, Random random) {
        return table.inputs().stream()
                .mapToInt(input -> input.domain().first() + random.nextInt((int) input.domain().size()))
                .toArray();
    }

    /** A table over a boolean, an enum of three values and an age from 0 to 17; each rule "{when} -> action". */
    private static void writeTable(Path folder, String id, String hitPolicy, String... rules) throws IOException {
        StringBuilder yaml = new StringBuilder("id: " + id + "\nquestion: What to do\nhit_policy: " + hitPolicy + """

                sources: [s]
                inputs:
                  - {id: adult, question: Adult, help: Any adult, type: boolean}
                  - {id: context, question: Why, help: Ask, type: enum, values: [{id: romantic, label: R}, {id: attention-seeking, label: A}, {id: other, label: O}]}
                  - {id: age, question: Age, help: Years, type: integer, min: 0, max: 17}
                outputs:
                  - {id: action, label: Action, values: [{id: refer, label: R, text: R.}, {id: handle, label: H, text: H.}, {id: watch, label: W, text: W.}]}
                rules:
                """);
        for (String rule : rules) {
            String[] parts = rule.split(" -> ");
            yaml.append("  - {when: ").append(parts[0]).append(", then: {action: ").append(parts[1])
                    .append("}, why: Because., source: s}\n");
        }
        Files.writeString(folder.resolve(id + ".yaml"), yaml);
    }
}
