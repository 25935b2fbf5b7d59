package io.github.schoolsafeguarding.guidance.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page of every area, opened from {@code file://} in Chromium, breaks none of axe-core's
 * rules for WCAG 2.2 at levels A and AA. A summary per area goes to {@code target/browser/axe-summary.txt}
 * for the release note.
 */
@ExtendWith(SiteInChromium.class)
class AccessibilityTest {

    static final Path SUMMARY = Path.of("target", "browser", "axe-summary.txt");

    /** The area picker at the root is checked as a group of its own, before the areas. */
    static final String AREA_PICKER = "the area picker";

    /** Each group of pages checked (the area picker, then each area), with every page's result. */
    private static final Map<String, Map<String, Axe.Result>> RESULTS = new LinkedHashMap<>();

    private static String browserVersion = "";

    @TestFactory
    Stream<DynamicTest> everyPageMeetsWcag22AA(Site site, Chromium browser) {
        browserVersion = browser.version();
        Axe.preload(browser);
        Map<String, List<Path>> groups = new LinkedHashMap<>();
        groups.put(AREA_PICKER, List.of(site.page("index.html")));
        site.areas().forEach(area -> groups.put(area, site.pages(area)));
        return groups.entrySet().stream().map(group -> dynamicTest(group.getKey(), () -> {
            Map<String, Axe.Result> results = new TreeMap<>();
            for (Path page : group.getValue()) {
                browser.open(page);
                results.put(site.name(page), Axe.check(browser, Axe.WCAG_22_AA));
            }
            RESULTS.put(group.getKey(), results);
            if (!group.getKey().equals(AREA_PICKER)) {
                assertTrue(results.keySet().containsAll(List.of(group.getKey() + "/compliance.html",
                        group.getKey() + "/amendments.html")), group.getKey() + ": the pages the engine writes"
                        + " about the guidance are checked too: " + results.keySet());
            }
            List<String> failures = new ArrayList<>();
            results.forEach((page, result) -> {
                if (!result.violations().isEmpty()) {
                    failures.add(page);
                    result.violations().forEach(violation -> failures.add("  " + violation.describe()));
                }
            });
            assertTrue(failures.isEmpty(), group.getKey() + ": axe-core found violations of WCAG 2.2 AA on "
                    + results.values().stream().filter(result -> !result.violations().isEmpty()).count() + " of "
                    + results.size() + " pages:\n" + String.join("\n", failures));
        }));
    }

    /** The check above fails where it should: axe-core is loaded, runs its rules and reports what it finds. */
    @Test
    void aPageBreakingTheRulesIsCaught(Chromium browser, @TempDir Path folder) throws IOException {
        Path page = Files.writeString(folder.resolve("broken.html"), "<!DOCTYPE html><html><title>Broken</title>"
                + "<main><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\">"
                + "<p style=\"color:#bbb;background:#fff\">Pale text</p></main></html>");
        browser.open(page);
        Axe.Result result = Axe.check(browser, Axe.WCAG_22_AA);
        assertEquals(List.of("color-contrast", "html-has-lang", "image-alt"),
                result.violations().stream().map(Axe.Violation::rule).sorted().toList());
        assertEquals("image-alt (critical) Images must have alternative text: img",
                result.violations().stream().filter(violation -> violation.rule().equals("image-alt"))
                        .findFirst().orElseThrow().describe());
    }

    @AfterAll
    static void writeSummary() throws IOException {
        if (RESULTS.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        String version = RESULTS.values().stream().flatMap(results -> results.values().stream())
                .map(Axe.Result::version).findFirst().orElseThrow();
        lines.add("axe-core " + version + " in Chromium " + browserVersion + ", every page opened from file://,"
                + " rules tagged " + String.join(", ", Axe.WCAG_22_AA) + " (WCAG 2.2 A and AA)");
        RESULTS.forEach((group, results) -> {
            Map<String, List<Axe.Violation>> byRule = new TreeMap<>();
            Map<String, Integer> pagesByRule = new TreeMap<>();
            TreeSet<String> rulesRun = new TreeSet<>();
            results.values().forEach(result -> {
                rulesRun.addAll(result.rulesRun());
                result.violations().forEach(violation -> {
                    byRule.computeIfAbsent(violation.rule(), rule -> new ArrayList<>()).add(violation);
                    pagesByRule.merge(violation.rule(), 1, Integer::sum);
                });
            });
            int violations = pagesByRule.values().stream().mapToInt(Integer::intValue).sum();
            lines.add(group + ": " + results.size() + (results.size() == 1 ? " page" : " pages") + " checked, "
                    + violations + (violations == 1 ? " violation" : " violations") + ", "
                    + rulesRun.size() + " rules run");
            byRule.forEach((rule, found) -> lines.add("  " + rule + " (" + found.get(0).impact() + "): "
                    + pagesByRule.get(rule) + " pages, "
                    + found.stream().mapToInt(violation -> violation.targets().size()).sum() + " elements - "
                    + found.get(0).help()));
        });
        lines.add("rules run: " + String.join(", ", RESULTS.values().stream()
                .flatMap(results -> results.values().stream()).flatMap(result -> result.rulesRun().stream())
                .collect(Collectors.toCollection(TreeSet::new))));
        Files.createDirectories(SUMMARY.getParent());
        Files.write(SUMMARY, lines, StandardCharsets.UTF_8);
    }
}
