package io.github.schoolsafeguarding.policy.decision.verify;

import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.decision.Decision;
import io.github.schoolsafeguarding.policy.decision.DecisionEngine;
import io.github.schoolsafeguarding.policy.decision.DecisionException;
import io.github.schoolsafeguarding.policy.decision.DecisionTable;
import io.github.schoolsafeguarding.policy.decision.Example;
import io.github.schoolsafeguarding.policy.decision.Rule;
import java.util.List;
import java.util.Optional;

/** Evaluates every worked example and reports those whose expected outcome the table does not give. */
public final class ExampleOutcomeCheck implements TableCheck {

    public static final String ID = "decision.example-mismatch";

    @Override
    public List<Problem> check(DecisionTable table) {
        return table.examples().stream()
                .flatMap(example -> mismatch(table, example).stream())
                .map(actual -> Problem.error(ID, actual.example().location(),
                        "example '" + actual.example().name() + "' of table '" + table.id() + "' expects "
                                + actual.example().expect() + ", but " + actual.result(),
                        "if the example is right, correct the rules; otherwise correct the example"))
                .toList();
    }

    /** What the table gave instead of an example's expected outcome, in words. */
    private record Mismatch(Example example, String result) {}

    private static Optional<Mismatch> mismatch(DecisionTable table, Example example) {
        try {
            Decision decision = DecisionEngine.evaluate(table, example.given());
            if (decision.outcome().equals(example.expect())) {
                return Optional.empty();
            }
            return Optional.of(new Mismatch(example, "the table gives " + decision.outcome() + " (" + Rule.numbers(decision.rules()) + ")"));
        } catch (DecisionException e) {
            return Optional.of(new Mismatch(example, e.getMessage()));
        }
    }
}
