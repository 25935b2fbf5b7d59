package io.github.schoolsafeguarding.policy.decision;

import java.util.List;
import java.util.Optional;

/**
 * What the answers to some of a table's questions already settle, so that a helper can show the
 * outcome as soon as it is decided and leave out the questions that can no longer change it. Made by
 * {@link DecisionEngine#decidePartly}.
 *
 * @param outcome the outcome every way of answering the remaining questions leads to; empty while
 *     two ways lead to different outcomes (or one of them to none)
 * @param rules when decided, the rules behind the outcome: those that decide it whatever the
 *     remaining answers are, or, when no rule does so alone, every rule that decides it for some of
 *     them, in rule order; empty while undecided
 * @param needed the ids of the unanswered questions whose answer can still change the outcome (for
 *     some answers to the other unanswered ones), in table order; empty when decided (and when no
 *     completion can be decided, which the build does not let a published table do)
 */
public record PartialDecision(Optional<Outcome> outcome, List<Integer> rules, List<String> needed) {

    public PartialDecision {
        rules = List.copyOf(rules);
        needed = List.copyOf(needed);
    }

    public boolean decided() {
        return outcome.isPresent();
    }
}
