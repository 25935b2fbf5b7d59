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
        return table.examples().stream().flatMap(example -> check(table, example).stream()).toList();
    }

    /**
     * Checks one example, which may come from the table's file or from a guidance page (its
     * location says which): a problem there if the table does not give the expected outcome.
     */
    public Optional<Problem> check(DecisionTable table, Example example) {
        String actual;
        try {
            Decision decision = DecisionEngine.evaluate(table, example.given());
            if (decision.outcome().equals(example.expect())) {
                return Optional.empty();
            }
            actual = "the table gives " + decision.outcome() + " (" + Rule.numbers(decision.rules()) + ")";
        } catch (DecisionException e) {
            actual = e.getMessage();
        }
        return Optional.of(Problem.error(ID, example.location(),
                "example '" + example.name() + "' of table '" + table.id() + "' expects " + example.expect() + ", but " + actual,
                "if the example is right, correct the rules; otherwise correct the example"));
    }

    @Override
    public String kind() {
        return "examples that do not hold";
    }
}
