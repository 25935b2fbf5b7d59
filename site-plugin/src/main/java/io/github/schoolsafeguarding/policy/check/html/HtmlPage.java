package io.github.schoolsafeguarding.policy.check.html;

import java.nio.file.Path;

/**
 * A page of the site as rendered, before it is published.
 *
 * @param file where it is published in the site, e.g. {@code london/incidents/call-999-or-101.html}
 * @param source the file a maintainer edits to change it: its Markdown page, its decision table, or
 *     the template that makes it (the search page, the area picker)
 * @param markedHtml its HTML with {@link SourceMarks}; published without them
 */
public record HtmlPage(String file, Path source, String markedHtml) {}
