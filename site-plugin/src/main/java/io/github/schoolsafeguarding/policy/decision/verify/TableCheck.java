package io.github.schoolsafeguarding.policy.decision.verify;

import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.decision.DecisionTable;
import java.util.List;

/** One kind of fault a decision table can have. Implementations are stateless. */
public interface TableCheck {

    /** The faults of this kind in {@code table}, each at the place to fix it. */
    List<Problem> check(DecisionTable table);

    /** What the check finds, in the plural, as a count of them reads: "gaps", "redundant rules". */
    String kind();
}
