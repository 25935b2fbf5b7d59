package io.github.schoolsafeguarding.policy.decision;

import java.util.List;

/**
 * The result of evaluating a table.
 *
 * @param rules the numbers of the rules that decided, as written (from 1): under {@code first} the
 *     one that fired, otherwise every rule that matched
 * @param outcome the value of each output
 */
public record Decision(List<Integer> rules, Outcome outcome) {

    public Decision {
        rules = List.copyOf(rules);
    }
}
