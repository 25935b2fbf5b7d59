package io.github.schoolsafeguarding.policy.content;

import io.github.schoolsafeguarding.policy.check.Location;
import java.time.LocalDate;

/**
 * A change made to a page, from its front matter's {@code amendments:}, so that schools can see
 * what changed since they last read it.
 *
 * @param change one sentence in plain English saying what changed
 */
public record Amendment(LocalDate date, String change, Location location) {}
