package io.github.schoolsafeguarding.policy.decision;

import io.github.schoolsafeguarding.policy.check.Location;
import java.util.List;
import java.util.Optional;

/**
 * One possible answer of an output: its id, a short label, the text that tells the reader what to do,
 * and the contact roles (such as {@code police-non-emergency}) whose local numbers the site shows
 * beside it.
 *
 * @param seriousness how serious the outcome is, when the table says
 * @param next the table that decides what comes next, for an outcome that leaves the school to act
 *     on its own judgement until something changes (the DSL's risk assessment, say, is decided by
 *     whether the incident is aggravated or experimental)
 */
public record OutputValue(String id, String label, String text, List<String> contacts, Optional<NextTable> next,
        Optional<Seriousness> seriousness) {

    /** The id of the table an outcome leads to, and where the outcome names it. */
    public record NextTable(String table, Location location) {}

    public OutputValue {
        contacts = List.copyOf(contacts);
    }

    public OutputValue(String id, String label, String text, List<String> contacts) {
        this(id, label, text, contacts, Optional.empty(), Optional.empty());
    }
}
