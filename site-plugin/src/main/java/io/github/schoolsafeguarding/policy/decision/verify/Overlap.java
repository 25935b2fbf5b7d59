package io.github.schoolsafeguarding.policy.decision.verify;

/**
 * Two rules that both match some combination of answers, and one such combination.
 *
 * @param first the earlier rule's number
 * @param second the later rule's number
 */
public record Overlap(int first, int second, int[] combination) {}
