package io.github.schoolsafeguarding.policy.decision.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.decision.DecisionTable;
import io.github.schoolsafeguarding.policy.decision.DecisionTableReader;
import io.github.schoolsafeguarding.policy.decision.HitPolicy;
import io.github.schoolsafeguarding.policy.decision.TestTables;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The verifier ends on any table, with a report a person can read: a kind of finding is listed
 * only so far, with a count of the rest, and a table too hard to check is refused with one error
 * that names it. (How long it takes is measured by {@code src/bench/MessyTable.java}, not here.)
 */
class VerifierStaysBoundedTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(HitPolicy.class)
    void aMessyTableOfThreeHundredRulesIsVerifiedWithEachKindOfFindingListedOnlySoFar(HitPolicy policy) {
        DecisionTable table = TestTables.read(dir, "messy", LargeTables.messy("messy", policy, 30, 300, 17));

        Verification verification = DecisionTableVerifier.verify(table);

        Map<String, Long> byKind = verification.findings().stream().collect(Collectors.groupingBy(Problem::id, Collectors.counting()));
        assertTrue(byKind.values().stream().allMatch(count -> count <= DecisionTableVerifier.LISTED + 1), byKind::toString);
        assertEquals(null, byKind.get(DecisionTableVerifier.TOO_COMPLEX), "the messy table is within the budget");
        assertEquals(List.of("messy.yaml:1:5: warning: table 'messy' has 300 rules without an example: the first 20 are listed,"
                        + " and 280 more are not"),
                counts(verification, ExampleCoverageCheck.ID));
        if (policy == HitPolicy.UNIQUE || policy == HitPolicy.ANY) {
            int overlaps = new OverlapCheck().overlaps(table).size();
            assertTrue(overlaps > 1000, "the table is messy: " + overlaps + " overlaps");
            assertEquals(List.of(String.format(java.util.Locale.ROOT, "messy.yaml:1:5: table 'messy' has %,d overlaps against its"
                    + " hit policy: the first 20 are listed, and %,d more are not", overlaps, overlaps - 20)),
                    counts(verification, OverlapCheck.ID));
        }
    }

    @Test
    void theListedFindingsAreTheFirstInReadingOrder() {
        DecisionTable table = TestTables.read(dir, "messy", LargeTables.messy("messy", HitPolicy.UNIQUE, 30, 300, 17));
        List<Problem> all = new OverlapCheck().check(table).stream().sorted(Problem.READING_ORDER).toList();

        List<Problem> listed = DecisionTableVerifier.verify(table).findings().stream()
                .filter(problem -> problem.id().equals(OverlapCheck.ID) && !problem.message().contains("more are not")).toList();

        assertEquals(all.subList(0, DecisionTableVerifier.LISTED), listed);
    }

    @Test
    void aFewFindingsOfAKindAreAllListedWithoutACount() {
        DecisionTable table = TestTables.table(dir, "unique", List.of("{adult: true} -> refer", "{age: \"< 13\"} -> handle"), List.of());

        assertEquals(List.of(), DecisionTableVerifier.verify(table).findings().stream()
                .filter(problem -> problem.message().contains("more are not")).toList());
    }

    @ParameterizedTest
    @EnumSource(value = HitPolicy.class, names = {"UNIQUE", "FIRST"})
    void aTableTooHardToCheckIsRefusedWithOneErrorNamingIt(HitPolicy policy) {
        // ten holes take billions of steps to prove gap-free; the budget is 100 million
        DecisionTable table = TestTables.read(dir, "pigeons", LargeTables.pigeonholes("pigeons", policy, 10));

        Verification verification = DecisionTableVerifier.verify(table);

        List<Problem> tooComplex = verification.findings().stream()
                .filter(problem -> problem.id().equals(DecisionTableVerifier.TOO_COMPLEX)).toList();
        assertEquals(List.of("pigeons.yaml:1:5: table 'pigeons' is too complex to check for gaps and unreachable rules: its 550 rules"
                        + " on 11 inputs overlap in so many ways that the check stopped after 100,000,000 steps — split it into"
                        + " smaller tables that each decide one thing (an outcome can lead to the next table with 'next:'), or give"
                        + " its rules more conditions so that fewer of them overlap"),
                tooComplex.stream().map(problem -> problem.format(dir)).toList());
        assertTrue(verification.hasErrors());
        // the checks that compare rules pairwise still report
        assertEquals(policy == HitPolicy.UNIQUE, verification.findings().stream().anyMatch(problem -> problem.id().equals(OverlapCheck.ID)));
    }

    @Test
    void theSameTableGivesTheSameVerdictWithTheSameBudget() {
        DecisionTable table = TestTables.read(dir, "pigeons", LargeTables.pigeonholes("pigeons", HitPolicy.FIRST, 6));

        Verification within = DecisionTableVerifier.verify(table, new Coverage(10_000_000));
        Verification beyond = DecisionTableVerifier.verify(table, new Coverage(10_000));

        assertEquals(List.of(), within.findings().stream().filter(problem -> problem.id().equals(DecisionTableVerifier.TOO_COMPLEX)
                || problem.id().equals(GapCheck.ID)).toList(), "six holes are proved gap-free");
        assertEquals(List.of(DecisionTableVerifier.TOO_COMPLEX), beyond.findings().stream().map(Problem::id)
                .filter(id -> id.equals(DecisionTableVerifier.TOO_COMPLEX) || id.equals(GapCheck.ID)).toList());
        assertEquals(beyond.findings(), DecisionTableVerifier.verify(table, new Coverage(10_000)).findings());
    }

    @Test
    void everyRealTableTakesAFarSmallerShareOfTheBudget() {
        Problems problems = new Problems();
        for (DecisionTable table : DecisionTableReader.readAll(Path.of("../content/decisions"), problems)) {
            Coverage coverage = new Coverage();
            DecisionTableVerifier.verify(table, coverage);
            assertTrue(coverage.spent() < Coverage.STEPS / 1000, table.id() + " took " + coverage.spent() + " steps");
        }
    }

    private static List<String> counts(Verification verification, String id) {
        return verification.findings().stream()
                .filter(problem -> problem.id().equals(id) && problem.message().contains("more are not"))
                .map(problem -> problem.format(verification.table().location().file().getParent()).split(" — ")[0])
                .toList();
    }
}
