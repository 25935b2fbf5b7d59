package io.github.schoolsafeguarding.policy.content;

import io.github.schoolsafeguarding.policy.check.Location;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One of the published documents the guidance is written from, cited by its short {@code id} in
 * every page's front matter.
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
        String summary,
        Location location) {}
