package io.github.schoolsafeguarding.policy.decision.verify;

import java.util.List;

/**
 * A rule of a {@code first} table that can never decide, because earlier rules match every
 * combination it matches.
 *
 * @param rule the rule's number
 * @param hiddenBy the numbers of the earlier rules that share combinations with it
 */
public record UnreachableRule(int rule, List<Integer> hiddenBy) {

    public UnreachableRule {
        hiddenBy = List.copyOf(hiddenBy);
    }
}
