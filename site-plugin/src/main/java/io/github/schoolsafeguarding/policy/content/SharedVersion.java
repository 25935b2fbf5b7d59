package io.github.schoolsafeguarding.policy.content;

import io.github.schoolsafeguarding.policy.check.Location;

/**
 * What an area's copy of a shared page records in its front matter about the shared page it was
 * copied from, so that the build can tell when the shared page has changed since:
 *
 * <pre>
 * overrides:
 *   page: cse/what-cse-is.md
 *   sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
 * </pre>
 *
 * @param page the shared page's path under {@code content/pages/}
 * @param sha256 the hash of the shared page's text as it was when copied (see {@code override.PageHash})
 * @param location where {@code overrides:} is written, where a warning about the copy points
 * @param hashLocation where the hash is written, the text that marking the copy up to date replaces
 */
public record SharedVersion(String page, String sha256, Location location, Location hashLocation) {

    /** The front matter key. */
    public static final String KEY = "overrides";
}
