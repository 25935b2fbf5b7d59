package io.github.schoolsafeguarding.policy.check.html;

import static io.github.schoolsafeguarding.policy.check.html.CheckedPage.quote;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * One h1 per page, and no level skipped on the way down: readers of a screen reader move through a
 * page by its headings, and a missing level makes them think they missed a section.
 */
final class HeadingOrder implements PageRule {

    static final String ID = "html.heading-order";

    @Override
    public void check(CheckedPage page, List<Finding> findings) {
        List<Element> headings = page.document().select("h1, h2, h3, h4, h5, h6");
        if (headings.stream().noneMatch(heading -> level(heading) == 1)) {
            findings.add(page.errorOnPage(ID, "the page has no h1 heading",
                    "give the page one main heading (h1) saying what it is about"));
        }
        int previous = 1;
        boolean seenH1 = false;
        for (Element heading : headings) {
            int level = level(heading);
            if (level == 1 && seenH1) {
                findings.add(page.error(ID, heading, "second h1 heading " + quote(heading.text())
                                + ": a page has one h1, its title",
                        "make it an h2 (## in Markdown) or lower"));
            } else if (level > previous + 1) {
                findings.add(page.error(ID, heading, "heading " + quote(heading.text()) + " is an h" + level
                                + " straight after an h" + previous + ", skipping h" + (previous + 1),
                        "make it an h" + (previous + 1) + " (" + "#".repeat(previous + 1)
                                + " in Markdown), or add the missing level above it"));
            }
            seenH1 |= level == 1;
            previous = level;
        }
    }

    private static int level(Element heading) {
        return heading.normalName().charAt(1) - '0';
    }
}
