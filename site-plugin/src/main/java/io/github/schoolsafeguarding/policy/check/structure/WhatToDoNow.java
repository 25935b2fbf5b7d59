package io.github.schoolsafeguarding.policy.check.structure;

import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.check.text.PageText;
import io.github.schoolsafeguarding.policy.check.text.Passage;
import io.github.schoolsafeguarding.policy.content.Page;
import io.github.schoolsafeguarding.policy.render.NodeText;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * A long guidance page opens with what to do: a reader on a phone, with a child waiting, should not
 * have to scroll through ten minutes of reading to find the next step. A page of a guidance section
 * with more than {@link #LONG_PAGE_WORDS} words of text whose first second-level heading is not
 * {@value #HEADING} is a warning ({@code page.no-what-to-do-now}). Reference pages are not guidance
 * pages: pages with a layout of their own (legislation, sources, a policy template...), top-level
 * pages such as the glossary, section index pages, and the sections linked from the footer (for
 * maintainers).
 */
public final class WhatToDoNow {

    /** The heading that opens a long page, as the page writes it. */
    public static final String HEADING = "What to do now";

    /**
     * About ten minutes' reading, and some twenty screens of a phone: when the build was written the
     * five guidance pages over it were 2,100 to 2,900 words long, and the next ones 1,500 to 1,950.
     */
    public static final int LONG_PAGE_WORDS = 2000;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /**
     * The pages of guidance sections among {@code pages}: not reference pages, indexes, or pages of
     * a footer section.
     */
    public List<Page> guidance(Collection<Page> pages) {
        Set<String> footerIndexes = pages.stream().filter(page -> page.isIndex() && page.meta().inFooter())
                .map(Page::path).collect(Collectors.toSet());
        return pages.stream().filter(page -> {
            int slash = page.path().lastIndexOf('/');
            return page.meta().layout().isEmpty() && !page.isIndex() && slash >= 0
                    && !footerIndexes.contains(page.path().substring(0, slash) + "/index.md");
        }).toList();
    }

    /** Checks one page of guidance (see {@link #guidance}). */
    public void checkGuidance(PageText text, Problems problems) {
        Page page = text.page();
        int words = words(text);
        Optional<String> first = firstSectionHeading(text.document()).map(heading -> NodeText.of(heading).trim());
        if (words > LONG_PAGE_WORDS && !first.filter(HEADING::equals).isPresent()) {
            problems.add(Problem.warning("page.no-what-to-do-now", Location.of(page.file(), page.bodyLine()),
                    "the page has " + words + " words, over " + LONG_PAGE_WORDS + ", and does not open with '## "
                            + HEADING + "'" + first.map(title -> " (its first section is '" + title + "')").orElse(""),
                    "start the page with a '## " + HEADING + "' section of a few short steps, taken from the"
                            + " page's own advice, before its first other section"));
        }
    }

    /** The words a reader reads: paragraphs, list items, headings and table cells, without code. */
    static int words(PageText text) {
        int words = 0;
        for (Passage passage : text.blocks()) {
            Matcher word = WORD.matcher(passage.prose());
            while (word.find()) {
                words++;
            }
        }
        return words;
    }

    private static Optional<Heading> firstSectionHeading(Node document) {
        Heading[] first = new Heading[1];
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                if (first[0] == null && heading.getLevel() == 2) {
                    first[0] = heading;
                }
            }
        });
        return Optional.ofNullable(first[0]);
    }
}
