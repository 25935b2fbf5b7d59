package io.github.schoolsafeguarding.policy.content;

import io.github.schoolsafeguarding.policy.check.Location;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One of the published documents the guidance is written from, cited by its short {@code id} in
 * every page's front matter.
 *
 * @param checked when a maintainer last checked that a source past its review date, or superseded,
 *     is still right to rely on; with {@code keptBecause}, why it is
 */
public record Source(
        String id,
        String title,
        String publisher,
        Optional<String> area,
        Optional<String> version,
        Optional<String> published,
        Optional<LocalDate> reviewDue,
        Optional<String> supersededBy,
        Optional<LocalDate> checked,
        Optional<String> keptBecause,
        String summary,
        Location location) {

    /** Whether a maintainer has recorded when and why the guidance still relies on it. */
    public boolean isKept() {
        return checked.isPresent() && keptBecause.isPresent();
    }

    /** Whether the source is past its own review date on {@code today}, or has been replaced. */
    public boolean isOutOfDate(LocalDate today) {
        return supersededBy.isPresent() || reviewDue.filter(today::isAfter).isPresent();
    }
}
