package io.github.schoolsafeguarding.policy.content;

import io.github.schoolsafeguarding.policy.check.Location;

/**
 * A legal or mandatory duty that a page states with 'must', declared in its front matter so that a
 * reviewer can check the word against the document that imposes the duty.
 *
 * @param says the words of the page's sentence that state the duty, 'must' included, as the reader
 *     sees them (without Markdown marks)
 * @param source the short name of the document that states the duty (sources.yaml)
 * @param where where that document states it, such as "section 3.1.9" or "page 12"
 * @param location the declaration in the front matter, for a declaration that no longer matches
 */
public record Duty(String says, String source, String where, Location location) {}
