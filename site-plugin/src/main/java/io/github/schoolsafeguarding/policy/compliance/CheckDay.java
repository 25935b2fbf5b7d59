package io.github.schoolsafeguarding.policy.compliance;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The day the date rules are checked for, and what messages call it. A build checks for today; a
 * test or a rebuild checks for a fixed day, and a message that says "has not come yet" of a day that
 * has come sends its reader looking for the wrong mistake: with a fixed day, the date may be right and
 * the fixed day behind it.
 *
 * @param fixedDay how messages name a fixed day, for example "the tests' fixed day"; empty for today
 */
public record CheckDay(LocalDate date, Optional<String> fixedDay) {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public CheckDay {
        Objects.requireNonNull(date);
        Objects.requireNonNull(fixedDay);
    }

    public static CheckDay today(LocalDate date) {
        return new CheckDay(date, Optional.empty());
    }

    public static CheckDay fixed(LocalDate date, String name) {
        return new CheckDay(date, Optional.of(name));
    }

    /** For example "today, 4 December 2026" or "the tests' fixed day, 4 December 2026". */
    public String described() {
        return fixedDay.orElse("today") + ", " + DAY.format(date);
    }

    /** What to add to the advice for a date after this day: nothing for today, which no date may pass. */
    String ifTheDateIsRight() {
        return fixedDay.map(name -> "; if that date is right, " + name + " is behind it: move it on").orElse("");
    }
}
