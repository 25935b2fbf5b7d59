package io.github.schoolsafeguarding.policy.override;

/** A command about an area's copies that cannot be done as asked; its message says what to do instead. */
public final class OverrideException extends Exception {

    private static final long serialVersionUID = 1L;

    OverrideException(String message) {
        super(message);
    }
}
