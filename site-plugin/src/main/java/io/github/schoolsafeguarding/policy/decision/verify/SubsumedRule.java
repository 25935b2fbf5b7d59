package io.github.schoolsafeguarding.policy.decision.verify;

/**
 * A rule that another makes redundant.
 *
 * @param rule the redundant rule's number
 * @param by the number of the rule that matches all its cases with the same outcome
 */
public record SubsumedRule(int rule, int by) {}
