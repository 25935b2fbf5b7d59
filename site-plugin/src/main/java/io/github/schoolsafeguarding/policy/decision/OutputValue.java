package io.github.schoolsafeguarding.policy.decision;

import java.util.List;

/**
 * One possible answer of an output: its id, a short label, the text that tells the reader what to do,
 * and the contact roles (such as {@code police-non-emergency}) whose local numbers the site shows
 * beside it.
 */
public record OutputValue(String id, String label, String text, List<String> contacts) {

    public OutputValue {
        contacts = List.copyOf(contacts);
    }
}
