package io.github.schoolsafeguarding.policy.check.html;

import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.check.Severity;

/**
 * One rule broken at one place of one page, before the same finding on other pages is gathered into
 * one problem.
 *
 * @param location where to edit: the Markdown or template line that wrote the element, or the page's
 *     source file when the engine wrote it
 * @param line where the element is in the published page
 * @param column where in that line, or 0 when the line says enough
 */
record Finding(String rule, Severity severity, Location location, String message, String fix, HtmlPage page,
        int line, int column) {}
