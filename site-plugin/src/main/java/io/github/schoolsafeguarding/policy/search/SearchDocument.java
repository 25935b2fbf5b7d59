package io.github.schoolsafeguarding.policy.search;

/**
 * One thing a search can find: a page (its top, down to its first section) or one section of it.
 *
 * @param url where it is, relative to the area's folder, with {@code #id} for a section
 * @param kind what it is
 * @param title the page's {@code h1}, or the section's heading (a contact's name)
 * @param page the title of the page a section is on; empty for a page
 * @param headings the headings inside it that have no link of their own, and on a page the titles of
 *     its sections
 * @param body its text
 */
public record SearchDocument(String url, Kind kind, String title, String page, String headings, String body) {}
