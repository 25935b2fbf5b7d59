package io.github.schoolsafeguarding.policy.decision.verify;

import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.decision.DecisionTable;
import io.github.schoolsafeguarding.policy.decision.EquivalenceClasses;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

/**
 * Refuses a table with more classes of answers than a reader's browser can try. The decision helper
 * on a table's page works out, after each answer, whether the answers so far already decide the
 * outcome, by trying one combination from every class of the unanswered questions: the product of
 * each input's number of {@linkplain EquivalenceClasses classes}. For a first draft of 30 inputs that
 * is billions of billions, and the page would hang where a reader needs it in an emergency.
 */
public final class ClassCountCheck implements TableCheck {

    public static final String ID = "decision.too-many-classes";

    /** The most classes a table may have; the real tables have up to a few hundred. */
    public static final BigInteger MAX_CLASSES = BigInteger.valueOf(100_000);

    @Override
    public List<Problem> check(DecisionTable table) {
        BigInteger count = EquivalenceClasses.of(table).count();
        if (count.compareTo(MAX_CLASSES) <= 0) {
            return List.of();
        }
        return List.of(Problem.error(ID, table.location(),
                "table '" + table.id() + "' has " + String.format(Locale.ROOT, "%,d", count) + " classes of answers (every"
                        + " combination of its " + table.inputs().size() + " inputs' values that its rules tell apart), more"
                        + " than the " + String.format(Locale.ROOT, "%,d", MAX_CLASSES) + " its page's decision helper can try in"
                        + " a reader's browser",
                "split it into smaller tables that each decide one thing (an outcome can lead to the next table with"
                        + " 'next:'), or use fewer inputs, values and integer thresholds"));
    }

    @Override
    public String kind() {
        return "tables with too many classes of answers";
    }
}
