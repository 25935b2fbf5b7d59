package io.github.schoolsafeguarding.policy.decision.verify;

import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.decision.DecisionTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs every check on a table: gaps, overlaps that break the hit policy, unreachable and redundant
 * rules, examples that do not hold, rules without an example, and more classes of answers than the
 * decision helper can try. Stateless and thread-safe.
 *
 * <p>Bounded on any table: the checks that ask whether rules cover a region share one budget of
 * steps, and running out of it is one {@code decision.too-complex} error; and a kind of finding
 * that passes {@link #LISTED} is listed only that far, under a line that counts the rest, so that a
 * first draft with thousands of overlaps gives a report a person can read.
 */
public final class DecisionTableVerifier {

    public static final String TOO_COMPLEX = "decision.too-complex";

    /** The findings of one kind listed for one table; the rest are counted. */
    public static final int LISTED = 20;

    private DecisionTableVerifier() {}

    public static Verification verify(DecisionTable table) {
        return verify(table, new Coverage());
    }

    static Verification verify(DecisionTable table, Coverage coverage) {
        List<TableCheck> checks = List.of(new GapCheck(coverage), new OverlapCheck(), new UnreachableRuleCheck(coverage),
                new SubsumedRuleCheck(), new ExampleOutcomeCheck(), new ExampleCoverageCheck(coverage), new ClassCountCheck());
        List<Problem> findings = new ArrayList<>();
        boolean tooComplex = false;
        for (TableCheck check : checks) {
            try {
                findings.addAll(listed(table, check, check.check(table)));
            } catch (TableTooComplex e) {
                if (!tooComplex) {
                    findings.add(tooComplex(table, e));
                }
                tooComplex = true;
            }
        }
        return new Verification(table, findings, ExampleCoverage.of(table));
    }

    private static Problem tooComplex(DecisionTable table, TableTooComplex e) {
        return Problem.error(TOO_COMPLEX, table.location(),
                "table '" + table.id() + "' is too complex to check for gaps and unreachable rules: its "
                        + table.rules().size() + " rules on " + table.inputs().size() + " inputs overlap in so many ways that"
                        + " the check stopped after " + count(e.steps()) + " steps",
                "split it into smaller tables that each decide one thing (an outcome can lead to the next table with"
                        + " 'next:'), or give its rules more conditions so that fewer of them overlap");
    }

    /** The first {@link #LISTED} findings in reading order, after a line that counts them all, if there are more. */
    private static List<Problem> listed(DecisionTable table, TableCheck check, List<Problem> found) {
        if (found.size() <= LISTED) {
            return found;
        }
        List<Problem> first = found.stream().sorted(Problem.READING_ORDER).limit(LISTED).toList();
        Problem sample = first.get(0);
        Problem count = new Problem(sample.id(), sample.severity(), table.location(),
                "table '" + table.id() + "' has " + count(found.size()) + " " + check.kind() + ": the first " + LISTED
                        + " are listed, and " + count(found.size() - LISTED) + " more are not",
                "fix those listed and build again, since one change often fixes many; a table with this many"
                        + " is easier to get right as several smaller tables");
        List<Problem> listed = new ArrayList<>(first);
        listed.add(count);
        return listed;
    }

    /** 40868 as "40,868". */
    private static String count(long number) {
        return String.format(Locale.ROOT, "%,d", number);
    }
}
