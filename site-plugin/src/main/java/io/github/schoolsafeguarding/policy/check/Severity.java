package io.github.schoolsafeguarding.policy.check;

/** An error stops the build; a warning is reported and, in strict mode, treated as an error. */
public enum Severity {
    ERROR,
    WARNING
}
