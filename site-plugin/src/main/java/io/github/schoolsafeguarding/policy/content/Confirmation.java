package io.github.schoolsafeguarding.policy.content;

import java.time.LocalDate;

/**
 * That someone confirmed a contact's details with the service itself, as opposed to copying them
 * from a document: only a confirmed contact is shown to readers as checked.
 *
 * @param on the day the details were confirmed
 * @param by who confirmed them (a name or a role)
 * @param how how: a call to the service, or the service's own web page read, with its address
 */
public record Confirmation(LocalDate on, String by, String how) {}
