package io.github.schoolsafeguarding.policy.decision;

import io.github.schoolsafeguarding.policy.check.Location;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A worked example: a complete set of answers and the outcome the table must give for them. The
 * build evaluates every example, so an example that no longer holds stops the build.
 *
 * @param given a value for every input, keyed by input id, written as the YAML writes values
 */
public record Example(String name, String source, Map<String, String> given, Outcome expect, Location location) {

    public Example {
        given = Collections.unmodifiableMap(new LinkedHashMap<>(given));
    }
}
