package io.github.schoolsafeguarding.policy.check.html;

import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.check.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The rules on the HTML a build publishes: valid HTML (the W3C Nu HTML checker), headings in order,
 * images with alt text, links that say where they lead, {@code tel:} links that dial from anywhere.
 *
 * <p>Each problem is reported where a maintainer fixes it. A template's mistake spoils every page it
 * makes, so it is reported once, at the template's line, "on N pages, e.g. ..."; a Markdown page's
 * mistake at its own line, once, however many areas publish the page.
 */
public final class HtmlChecks {

    private static final List<PageRule> RULES = List.of(new HeadingOrder(), new ImageAlt(), new LinkText(),
            new TelLinks());

    private HtmlChecks() {}

    /** Checks every page, on every core (the checker takes a moment per page), and reports in a stable order. */
    public static void check(List<HtmlPage> pages, Problems problems) {
        List<HtmlPage> sorted = pages.stream().sorted(Comparator.comparing(HtmlPage::file)).toList();
        List<List<Finding>> findings = findingsByPage(sorted);
        Map<Gathered, List<Finding>> gathered = new LinkedHashMap<>();
        findings.forEach(onPage -> onPage.forEach(finding -> gathered.computeIfAbsent(new Gathered(finding.rule(),
                finding.severity(), finding.location(), finding.message(), finding.fix()), key -> new ArrayList<>())
                .add(finding)));
        gathered.forEach((problem, found) -> problems.add(new Problem(problem.rule(), problem.severity(),
                problem.location(), problem.message() + where(problem.location(), found), problem.fix())));
    }

    /** Findings that are one problem: the same rule, place and words, on however many pages. */
    private record Gathered(String rule, Severity severity, Location location, String message, String fix) {}

    private static List<List<Finding>> findingsByPage(List<HtmlPage> pages) {
        List<List<Finding>> findings = new ArrayList<>(pages.stream().<List<Finding>>map(page -> List.of()).toList());
        AtomicInteger next = new AtomicInteger();
        int workers = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), pages.size()));
        ExecutorService executor = Executors.newFixedThreadPool(workers);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                running.add(executor.submit(() -> {
                    NuHtmlValidator validator = new NuHtmlValidator();
                    for (int page = next.getAndIncrement(); page < pages.size(); page = next.getAndIncrement()) {
                        findings.set(page, check(pages.get(page), validator));
                    }
                }));
            }
            for (Future<?> worker : running) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking the HTML", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the HTML checks failed", e.getCause());
        } finally {
            executor.shutdownNow();
        }
        return findings;
    }

    private static List<Finding> check(HtmlPage page, NuHtmlValidator validator) {
        List<Finding> findings = new ArrayList<>(validator.check(page));
        CheckedPage checked = new CheckedPage(page);
        RULES.forEach(rule -> rule.check(checked, findings));
        return findings;
    }

    /**
     * Nothing when the problem is at a line of the page's own Markdown, which says it all; otherwise
     * the published pages it is on, and where on the first of them.
     */
    private static String where(Location location, List<Finding> found) {
        if (location.line() > 0 && found.stream().allMatch(finding -> finding.page().source().equals(location.file()))) {
            return "";
        }
        Finding first = found.get(0);
        String example = first.page().file() + (first.line() > 0 ? " line " + first.line() : "")
                + (first.column() > 0 ? ", column " + first.column() : "");
        long pages = found.stream().map(finding -> finding.page().file()).distinct().count();
        return pages == 1 ? " (on " + example + ")" : " (on " + pages + " pages, e.g. " + example + ")";
    }
}
