package io.github.schoolsafeguarding.policy.check.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.schoolsafeguarding.policy.ContentFixture;
import io.github.schoolsafeguarding.policy.site.SitePublisher;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WhatToDoNowTest {

    static final String FIX = " — start the page with a '## What to do now' section of a few short steps, taken from"
            + " the page's own advice, before its first other section";

    @TempDir
    Path folder;

    ContentFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ContentFixture(folder);
    }

    List<String> problems() {
        return SitePublisher.builder().content(fixture.content).theme(fixture.theme).build().check().stream()
                .filter(problem -> problem.id().equals("page.no-what-to-do-now"))
                .map(problem -> problem.format(folder))
                .toList();
    }

    /** Paragraphs of ten words each, {@code words} words in all. */
    static String text(int words) {
        return "Tell the designated safeguarding lead what you saw there today.\n\n".repeat(words / 10);
    }

    @Test
    void aLongGuidancePageThatDoesNotOpenWithWhatToDoNowIsAWarning() {
        fixture.page("pages/incidents/long.md", "Long", 20, "## Background\n\n" + text(WhatToDoNow.LONG_PAGE_WORDS));

        assertEquals(List.of("content/pages/incidents/long.md:10: warning: the page has 2001 words, over 2000, and does"
                + " not open with '## What to do now' (its first section is 'Background')" + FIX), problems());
    }

    @Test
    void aLongPageOpeningWithWhatToDoNowAfterAnOpeningSentenceIsClean() {
        fixture.page("pages/incidents/long.md", "Long", 20, "If a child is in danger, call 999.\n\n## What to do now\n\n"
                + "1. Call 999.\n\n## Background\n\n" + text(WhatToDoNow.LONG_PAGE_WORDS));

        assertEquals(List.of(), problems());
    }

    @Test
    void whatToDoNowLowerDownIsNotAtTheTop() {
        fixture.page("pages/incidents/long.md", "Long", 20, "## Background\n\n" + text(WhatToDoNow.LONG_PAGE_WORDS)
                + "## What to do now\n\n1. Call 999.\n");

        assertEquals(1, problems().size());
    }

    @Test
    void aPageOfExactlyTheLimitAndCodeNeedNoSummary() {
        // 1990 words, a heading of one word and a last sentence of nine: 2000; the code block is not text
        fixture.page("pages/incidents/long.md", "Long", 20, "## Background\n\n" + text(WhatToDoNow.LONG_PAGE_WORDS - 10)
                + "```yaml\n" + "word ".repeat(500) + "\n```\n\nNine more words to reach the limit of it.\n");

        assertEquals(List.of(), problems());
    }

    @Test
    void anAreasOwnLongPageIsCheckedToo() {
        fixture.page("areas/north/pages/incidents/local.md", "Local", 30, text(WhatToDoNow.LONG_PAGE_WORDS + 10));

        assertEquals(List.of("content/areas/north/pages/incidents/local.md:10: warning: the page has 2010 words, over"
                + " 2000, and does not open with '## What to do now'" + FIX), problems());
    }

    @Test
    void referencePagesAreNotGuidancePages() {
        String longText = "## Background\n\n" + text(WhatToDoNow.LONG_PAGE_WORDS + 100);
        fixture.page("pages/glossary.md", "Glossary", 90, longText);
        fixture.page("pages/incidents/policy.md", "Policy", 30, longText);
        fixture.layout("pages/incidents/policy.md", "school-policy");
        fixture.page("pages/maintainers/index.md", "For maintainers", 95, "Notes.\n");
        fixture.write("content/pages/maintainers/index.md", fixture.read("content/pages/maintainers/index.md")
                .replace("review_due: 2027-11-01\n", "review_due: 2027-11-01\nnavigation: footer\n"));
        fixture.page("pages/maintainers/writing.md", "Writing", 10, longText);
        fixture.page("pages/incidents/index.md", "Incidents", 10, longText);

        assertEquals(List.of(), problems());
    }
}
