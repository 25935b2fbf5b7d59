package io.github.schoolsafeguarding.guidance.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * axe-core, Deque's accessibility checker, run in the page a {@link Chromium} has open. The script
 * is the {@code axe.min.js} that Deque publishes on Maven Central inside
 * {@code com.deque.html.axe-core:selenium} (the WebJar of axe-core there stops at 4.6.3, before the
 * WCAG 2.2 rules); the version that ran is written in {@code target/browser/axe-summary.txt}.
 *
 * <pre>{@code
 * browser.open(site.page(area + "/contacts.html"));
 * Axe.Result result = Axe.check(browser, Axe.WCAG_22_AA);
 * result.violations();   // empty when the page passes
 * }</pre>
 */
public final class Axe {

    /** The rules for WCAG 2.2 at levels A and AA, as axe-core tags them. */
    public static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final String SOURCE = read("/axe.min.js");

    /** Only the violations come back whole; for the other rules their ids are all that is needed. */
    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
              .then(function (results) {
                done({
                  version: results.testEngine.version,
                  violations: results.violations.map(function (rule) {
                    return {id: rule.id, impact: rule.impact || '', help: rule.help,
                            targets: rule.nodes.map(function (node) { return node.target.join(' '); })};
                  }),
                  rules: [].concat(results.violations, results.passes, results.incomplete, results.inapplicable)
                    .map(function (rule) { return rule.id; })
                });
              }, function (error) { done({error: String(error)}); });
            """;

    private Axe() {}

    /** One rule the page breaks: its id, how much it matters, what it asks for, and where. */
    public record Violation(String rule, String impact, String help, List<String> targets) {

        /** One line: the rule, its impact, its help text and the first few elements, as CSS selectors. */
        public String describe() {
            int shown = Math.min(targets.size(), 5);
            String where = String.join(", ", targets.subList(0, shown))
                    + (targets.size() > shown ? " and " + (targets.size() - shown) + " more" : "");
            return rule + " (" + impact + ") " + help + ": " + where;
        }
    }

    /** What axe-core found on one page, and the ids of every rule it ran. */
    public record Result(String version, List<Violation> violations, List<String> rulesRun) {}

    /** Puts axe-core in every page the browser opens from now on, which saves sending it for each. */
    public static void preload(Chromium browser) {
        browser.runOnEveryPage(SOURCE);
    }

    /** Runs the rules with any of the given tags on the page open in the browser. */
    public static Result check(Chromium browser, List<String> tags) {
        if (!Boolean.TRUE.equals(browser.run("return typeof axe === 'object'"))) {
            browser.run(SOURCE);
        }
        Map<?, ?> result = (Map<?, ?>) browser.runAsync(RUN, tags);
        if (result.containsKey("error")) {
            throw new IllegalStateException("axe-core failed: " + result.get("error"));
        }
        List<Violation> violations = ((List<?>) result.get("violations")).stream()
                .map(Map.class::cast)
                .map(rule -> new Violation((String) rule.get("id"), (String) rule.get("impact"),
                        (String) rule.get("help"),
                        ((List<?>) rule.get("targets")).stream().map(String::valueOf).toList()))
                .toList();
        List<String> rules = ((List<?>) result.get("rules")).stream().map(String::valueOf).distinct().sorted().toList();
        return new Result((String) result.get("version"), violations, rules);
    }

    private static String read(String resource) {
        try (InputStream in = Axe.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
