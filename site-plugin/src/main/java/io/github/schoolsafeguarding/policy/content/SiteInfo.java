package io.github.schoolsafeguarding.policy.content;

/** The site as a whole, from {@code site.yaml}. */
public record SiteInfo(String title, String description) {}
