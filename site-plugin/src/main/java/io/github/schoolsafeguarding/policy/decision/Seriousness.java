package io.github.schoolsafeguarding.policy.decision;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How serious an outcome is, by what it asks of the reader, so that a 999 call or a referral looks
 * different from something the school handles itself, in words as well as colour. Written on an
 * output value as {@code seriousness: emergency}; most serious first.
 */
public enum Seriousness {
    /** A child or someone else may be in danger now. */
    EMERGENCY("Call 999 now"),
    /** The police, children's social care, the LADO or another agency must be told. */
    REFERRAL("Refer or report"),
    /** The reader asks others (the police's local team, the child protection lead) before deciding. */
    ADVICE("Get advice"),
    /** The designated safeguarding lead takes it from here. */
    DSL("Tell your DSL"),
    /** The school deals with it under its own policies. */
    SCHOOL("Handle in school"),
    /** Describes the case (its type, whether an offence was committed); another output says what to do. */
    INFORMATION("About the case");

    private final String words;

    Seriousness(String words) {
        this.words = words;
    }

    /** What the outcome's tag says to the reader. */
    public String words() {
        return words;
    }

    /** The name written in the YAML: {@code emergency}, {@code referral}... */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Seriousness> fromYamlName(String name) {
        return Arrays.stream(values()).filter(level -> level.yamlName().equals(name)).findFirst();
    }

    /** Every name the YAML may use, most serious first. */
    public static List<String> yamlNames() {
        return Arrays.stream(values()).map(Seriousness::yamlName).toList();
    }
}
