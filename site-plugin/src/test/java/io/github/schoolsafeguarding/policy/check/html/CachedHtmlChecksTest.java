package io.github.schoolsafeguarding.policy.check.html;

import static io.github.schoolsafeguarding.policy.check.html.HtmlCheckRun.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.cache.BuildCache;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML checks with a build cache: a page checked before, by the same code, is not checked again,
 * and its findings come back exactly as the checks made them; anything else is checked.
 */
class CachedHtmlChecksTest {

    /** Pages that break every HTML rule between them, some on several pages, and one that breaks none. */
    private static final List<HtmlPage> PAGES = List.of(
            page("north/a.html", "<h1>A</h1>\n<h3 data-policy-source=\"content/pages/a.md:7:1\">Skipped</h3>\n"
                    + "<p><div>a block in a paragraph</div></p>"),
            page("north/b.html", "<h1>B</h1>\n<img src=\"b.png\">\n<p><a href=\"c.html\">click here</a>\n"
                    + "<a data-policy-source=\"content/pages/a.md:20:3\" href=\"tel:01275888808\">Call the council</a></p>"),
            page("south/a.html", "<h1>A</h1>\n<h3 data-policy-source=\"content/pages/a.md:7:1\">Skipped</h3>\n"
                    + "<p><div>a block in a paragraph</div></p>"),
            page("south/b.html", "<h1>B</h1>\n<p>“Quotes”, line\nbreaks and <a href=\"d.html\">here</a> <a href=\"e.html\"></a></p>"),
            page("south/c.html", "<h1>C</h1>\n<p>Nothing wrong here.</p>"));

    @TempDir
    Path folder;

    @Test
    void aWarmRunChecksNoPageAndReportsWhatAColdRunAndARunWithoutCacheReport() {
        List<Problem> withoutCache = problems(BuildCache.none(), PAGES);
        BuildCache cold = BuildCache.in(folder);
        List<Problem> coldProblems = problems(cold, PAGES);
        BuildCache warm = BuildCache.in(folder);
        List<Problem> warmProblems = problems(warm, PAGES);

        assertEquals(Set.of(NuHtmlValidator.ID, HeadingOrder.ID, ImageAlt.ID, LinkText.EMPTY, LinkText.VAGUE,
                TelLinks.ID), withoutCache.stream().map(Problem::id).collect(Collectors.toCollection(TreeSet::new)));
        assertEquals(withoutCache, coldProblems);
        assertEquals(withoutCache, warmProblems);
        assertEquals(List.of(0, PAGES.size()), counts(cold));
        assertEquals(List.of(PAGES.size(), 0), counts(warm));
    }

    @Test
    void aChangedPageIsCheckedAgainAndNoOtherIs() {
        problems(BuildCache.in(folder), PAGES);
        List<HtmlPage> changed = new ArrayList<>(PAGES);
        HtmlPage b = PAGES.get(1);
        changed.set(1, new HtmlPage(b.file(), b.source(), b.markedHtml().replace("click here", "the C page")));

        BuildCache warm = BuildCache.in(folder);
        List<Problem> problems = problems(warm, changed);

        assertEquals(List.of(PAGES.size() - 1, 1), counts(warm));
        assertEquals(problems(BuildCache.none(), changed), problems);
    }

    @Test
    void theSameHtmlPublishedAsAnotherFileOrFromAnotherSourceIsCheckedAgain() {
        problems(BuildCache.in(folder), PAGES);
        HtmlPage a = PAGES.get(0);
        List<HtmlPage> moved = List.of(new HtmlPage("east/a.html", a.source(), a.markedHtml()),
                new HtmlPage(a.file(), Path.of("content/pages/other.md"), a.markedHtml()));

        BuildCache warm = BuildCache.in(folder);
        List<Problem> problems = problems(warm, moved);

        assertEquals(List.of(0, 2), counts(warm));
        assertEquals(problems(BuildCache.none(), moved), problems);
    }

    @Test
    void otherRulesCheckEveryPageAgain() {
        problems(BuildCache.in(folder), PAGES);
        BuildCache newRules = BuildCache.in(folder);
        Problems problems = new Problems();
        try (HtmlChecks checks = new HtmlChecks(newRules, HtmlChecks.RULES_VERSION + 1)) {
            checks.start(PAGES);
            checks.report(problems);
        }

        assertEquals(List.of(0, PAGES.size()), counts(newRules));
        assertEquals(problems(BuildCache.none(), PAGES), problems.all());
    }

    @Test
    void aSpoiledEntryIsCheckedAgainAndReplaced() throws IOException {
        List<Problem> expected = problems(BuildCache.in(folder), PAGES);
        List<Path> entries;
        try (Stream<Path> files = Files.list(folder.resolve(HtmlChecks.CACHE_SHELF))) {
            entries = files.sorted().toList();
        }
        assertEquals(PAGES.size(), entries.size());
        for (Path entry : entries) {
            byte[] bytes = Files.readAllBytes(entry);
            Files.write(entry, Arrays.copyOf(bytes, bytes.length / 2));
        }

        BuildCache spoiled = BuildCache.in(folder);
        assertEquals(expected, problems(spoiled, PAGES));
        assertEquals(List.of(0, PAGES.size()), counts(spoiled));
        BuildCache mended = BuildCache.in(folder);
        assertEquals(expected, problems(mended, PAGES));
        assertEquals(List.of(PAGES.size(), 0), counts(mended));
    }

    @Test
    void findingsComeBackFieldByField() throws IOException {
        List<Finding> findings = new ArrayList<>();
        NuHtmlValidator validator = new NuHtmlValidator();
        for (HtmlPage page : PAGES) {
            List<Finding> found = new ArrayList<>(validator.check(page));
            CheckedPage checked = new CheckedPage(page);
            for (PageRule rule : List.of(new HeadingOrder(), new ImageAlt(), new LinkText(), new TelLinks())) {
                rule.check(checked, found);
            }
            assertEquals(found, StoredFindings.read(StoredFindings.write(found), page));
            findings.addAll(found);
        }
        assertTrue(findings.stream().anyMatch(finding -> finding.column() > 0 && finding.location().line() > 0));
        Finding withoutFix = new Finding("x", findings.get(0).severity(), findings.get(0).location(), "m", null,
                PAGES.get(0), 1, 2);
        assertEquals(List.of(withoutFix), StoredFindings.read(StoredFindings.write(List.of(withoutFix)), PAGES.get(0)));
    }

    private static List<Problem> problems(BuildCache cache, List<HtmlPage> pages) {
        Problems problems = new Problems();
        try (HtmlChecks checks = new HtmlChecks(cache)) {
            checks.start(pages);
            checks.report(problems);
        }
        return problems.all();
    }

    /** Hits, then misses. */
    private static List<Integer> counts(BuildCache cache) {
        return List.of(cache.hits(HtmlChecks.CACHE_SHELF), cache.misses(HtmlChecks.CACHE_SHELF));
    }
}
