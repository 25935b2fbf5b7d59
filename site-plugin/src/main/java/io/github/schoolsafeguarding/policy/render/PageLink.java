package io.github.schoolsafeguarding.policy.render;

import io.github.schoolsafeguarding.policy.check.Location;

/**
 * A link from one page to another page of the site, kept so that it can be checked once every page
 * of the area is known.
 *
 * @param page the path of the page it leads to ({@code incidents/index.md})
 * @param anchor the heading id it leads to, or empty for the top of the page
 */
public record PageLink(String page, String anchor, Location location) {}
