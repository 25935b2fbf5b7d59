package io.github.schoolsafeguarding.policy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PagePathsTest {

    @ParameterizedTest
    @CsvSource({
        "index.md, ''",
        "sources.md, index.md",
        "incidents/index.md, index.md",
        "incidents/call.md, incidents/index.md",
        "a/b/index.md, a/index.md",
        "a/b/c.md, a/b/index.md",
    })
    void theParentOfAPageIsItsSectionsIndex(String page, String parent) {
        assertEquals(parent.isEmpty() ? Optional.empty() : Optional.of(parent), PagePaths.parent(page));
    }

    @ParameterizedTest
    @CsvSource({
        "incidents/call.md, index.md, incidents/index.md",
        "incidents/call.md, ../sources.md, sources.md",
        "incidents/call.md, /sources.md, sources.md",
        "incidents/call.md, ./a/../b.md, incidents/b.md",
        "index.md, incidents/call.md, incidents/call.md",
    })
    void resolvesLinksLikeABrowser(String from, String link, String page) {
        assertEquals(Optional.of(page), PagePaths.resolve(from, link));
    }

    @ParameterizedTest
    @CsvSource({
        "index.md, sources.html, sources.html",
        "incidents/call.md, index.html, ../index.html",
        "a/b/c.md, a/x.html, ../../a/x.html",
    })
    void linksAreRelativeToThePage(String from, String to, String href) {
        assertEquals(href, PagePaths.relative(from, to));
    }
}
