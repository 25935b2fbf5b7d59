package io.github.schoolsafeguarding.policy.decision;

/**
 * A table cannot decide for the answers given: an answer names an unknown input or a value the
 * input does not have, an input has no answer, no rule matches, or the matching rules break the
 * hit policy. The message names what is wrong and what is accepted.
 */
public class DecisionException extends RuntimeException {

    public DecisionException(String message) {
        super(message);
    }
}
