package io.github.schoolsafeguarding.policy.check.html;

import java.util.List;

/** A rule about the HTML of one page, read from the page as a document tree. */
interface PageRule {

    void check(CheckedPage page, List<Finding> findings);
}
