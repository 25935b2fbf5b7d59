package io.github.schoolsafeguarding.policy.decision;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a table combines the rules that match, as in DMN. */
public enum HitPolicy {
    /** Exactly one rule matches each combination of answers. */
    UNIQUE,
    /** Rules are tried in order; the first that matches decides. */
    FIRST,
    /** Several rules may match, but they must give the same outcome. */
    ANY,
    /** Every matching rule contributes, in rule order: each output becomes a list. */
    COLLECT;

    /** The name written in the YAML: {@code unique}, {@code first}, {@code any}, {@code collect}. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<HitPolicy> fromYamlName(String name) {
        return Arrays.stream(values()).filter(policy -> policy.yamlName().equals(name)).findFirst();
    }
}
