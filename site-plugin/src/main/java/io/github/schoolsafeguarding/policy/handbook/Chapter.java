package io.github.schoolsafeguarding.policy.handbook;

/**
 * One published page as the handbook takes it.
 *
 * @param file the page's HTML file below the area's folder, as the site publishes it
 * @param title the page's title, for the contents list and the PDF's outline
 * @param level 1 for a top-level page or section, 2 for a page inside a section, and so on
 * @param rulesOnly for a decision table's page: only its rules and outcomes, not its examples or
 *     how it is checked, which serve the website's editors rather than the handbook's readers
 */
public record Chapter(String file, String title, int level, boolean rulesOnly) {}
