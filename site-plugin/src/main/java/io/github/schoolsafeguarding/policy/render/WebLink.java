package io.github.schoolsafeguarding.policy.render;

import io.github.schoolsafeguarding.policy.check.Location;

/**
 * A link from a page to an address outside the site ({@code https:}, {@code http:}), kept so that
 * it can be checked online when a maintainer asks for that.
 */
public record WebLink(String address, Location location) {}
