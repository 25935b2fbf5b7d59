package io.github.schoolsafeguarding.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.decision.DecisionTable;
import io.github.schoolsafeguarding.policy.decision.DecisionTableReader;
import io.github.schoolsafeguarding.policy.decision.verify.DecisionTableVerifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The canonical decision tables are all in content/decisions and every rule has an example.
 * (That they verify without a single finding is part of {@link RealContentTest}.)
 */
class DecisionTablesTest {

    private static final Path DECISIONS = Path.of("content/decisions");

    /** The table ids fixed by shared/spec/decision-tables.md. */
    private static final Set<String> CANONICAL = Set.of("sharing-nudes-referral", "sexting-incident-type",
            "explicit-content-guidance", "school-incident-response", "missing-pupil", "device-search", "weapon-search",
            "cse-risk-level", "underage-sexual-activity", "call-police");

    @Test
    void everyCanonicalTableIsPresent() {
        Problems problems = new Problems();
        Set<String> ids = new TreeSet<>();
        DecisionTableReader.readAll(DECISIONS, problems).forEach(table -> ids.add(table.id()));
        Set<String> missing = new TreeSet<>(CANONICAL);
        missing.removeAll(ids);
        assertTrue(missing.isEmpty(), "canonical tables missing or unreadable: " + missing);
    }

    /** A referral or a 999 call looks different from what the school handles, on every page and record. */
    @Test
    void everyOutcomeSaysHowSeriousItIs() {
        List<String> unmarked = new ArrayList<>();
        for (DecisionTable table : DecisionTableReader.readAll(DECISIONS, new Problems())) {
            table.outputs().forEach(output -> output.values().stream().filter(value -> value.seriousness().isEmpty())
                    .forEach(value -> unmarked.add(table.id() + ": " + output.id() + "=" + value.id())));
        }
        assertEquals(List.of(), unmarked, "give every output value a 'seriousness'");
    }

    @Test
    void everyRuleHasAnExample() {
        Problems problems = new Problems();
        List<String> uncovered = new ArrayList<>();
        for (DecisionTable table : DecisionTableReader.readAll(DECISIONS, problems)) {
            List<Integer> missing = DecisionTableVerifier.verify(table).coverage().notExercised();
            if (!missing.isEmpty()) {
                uncovered.add(table.id() + ": rules " + missing + " have no example");
            }
        }
        assertEquals(List.of(), uncovered, "every rule needs a worked example");
    }
}
