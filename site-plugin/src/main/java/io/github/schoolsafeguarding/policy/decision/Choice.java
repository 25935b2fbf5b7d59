package io.github.schoolsafeguarding.policy.decision;

/** A value of an enum input, or an item of a checklist: an id for machines, a label for people. */
public record Choice(String id, String label) {}
