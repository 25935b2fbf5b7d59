package io.github.schoolsafeguarding.policy.content;

import io.github.schoolsafeguarding.policy.check.Location;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a page's front matter says about it. {@code exitThisPage} is set on pages about abuse or
 * exploitation, or on their section's index page for every page of the section; a page may say
 * {@code false} to opt out of its section's setting. A top-level page {@code inFooter} is linked from
 * every page's footer rather than the header's navigation: the reference pages a reader seldom needs.
 * {@code keys} says where each key is written, so that a rule about a date can point at its line.
 * {@code duties} are the legal or mandatory duties the page states with 'must'; {@code summaryLocation}
 * is where the summary's text starts in the front matter, for a problem found in its wording.
 * {@code amendments} are what changed on the page and when, newest first. {@code overrides} is, on an
 * area's copy of a shared page, the version of the shared page it was copied from.
 */
public record PageMeta(
        String title,
        String summary,
        int order,
        List<String> sources,
        String owner,
        LocalDate lastReviewed,
        LocalDate reviewDue,
        Optional<String> layout,
        Optional<Boolean> exitThisPage,
        boolean inFooter,
        List<Duty> duties,
        Location summaryLocation,
        Map<String, Location> keys,
        List<Amendment> amendments,
        Optional<SharedVersion> overrides) {

    /** Where a key the page was read with is written; every required key is. */
    public Location at(String key) {
        return keys.get(key);
    }
}
