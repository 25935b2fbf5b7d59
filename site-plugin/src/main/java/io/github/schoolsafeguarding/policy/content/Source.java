package io.github.schoolsafeguarding.policy.content;

import io.github.schoolsafeguarding.policy.check.Location;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One of the published documents the guidance is written from, cited by its short {@code id} in
 * every page's front matter.
 *
 * @param address where the document is published, for readers to open it
 * @param supersededBy what replaced it: another source's short name, or a description where the
 *     replacement is not a source of this guidance
 * @param supersedes the short names of the sources this one replaces
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
        Optional<String> address,
        Optional<LocalDate> reviewDue,
        Optional<String> supersededBy,
        List<String> supersedes,
        Optional<LocalDate> checked,
        Optional<String> keptBecause,
        String summary,
        Location location) {

    /** The short name of the source that replaced this one, when {@code superseded_by} names one. */
    public Optional<String> supersededById() {
        return supersededBy.filter(text -> ContentReader.KEBAB_CASE.matcher(text).matches());
    }

    /** Whether a maintainer has recorded when and why the guidance still relies on it. */
    public boolean isKept() {
        return checked.isPresent() && keptBecause.isPresent();
    }

    /** Whether the source is past its own review date on {@code today}, or has been replaced. */
    public boolean isOutOfDate(LocalDate today) {
        return supersededBy.isPresent() || reviewDue.filter(today::isAfter).isPresent();
    }
}
