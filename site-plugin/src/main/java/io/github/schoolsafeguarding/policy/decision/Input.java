package io.github.schoolsafeguarding.policy.decision;

import io.github.schoolsafeguarding.policy.check.Location;
import java.util.OptionalInt;

/**
 * A question the reader answers about the case. Every value an input can take has a whole-number
 * code ({@code false} = 0 and {@code true} = 1, an enum value's position, an integer itself), so that
 * conditions, regions and the engine treat every type alike.
 */
public sealed interface Input permits BooleanInput, EnumInput, IntegerInput {

    /** The id, in snake_case, by which rules, examples, forms and callers name the input. */
    String id();

    /** The question put to the reader, in plain English. */
    String question();

    /** Help for answering the question. */
    String help();

    /** Where the input is written. */
    Location location();

    /** The codes of every value the input can take. */
    IntervalSet domain();

    /** The code of a value written as text ({@code "true"}, {@code "romantic"}, {@code "14"}), or empty if the input has no such value. */
    OptionalInt code(String value);

    /** The value with code {@code code}, written the way the YAML writes it. */
    String value(int code);

    /** The values this input accepts, in words, for messages: "true or false". */
    String acceptedValues();
}
