package io.github.schoolsafeguarding.policy.check.html;

import io.github.schoolsafeguarding.policy.cache.BuildCache;
import io.github.schoolsafeguarding.policy.cache.CacheKey;
import io.github.schoolsafeguarding.policy.cache.CodeIdentity;
import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.check.PageFailure;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.check.Severity;
import io.github.schoolsafeguarding.policy.incremental.Memo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import nu.validator.checker.Checker;
import org.jsoup.Jsoup;

/**
 * The rules on the HTML a build publishes: valid HTML (the W3C Nu HTML checker), headings in order,
 * images with alt text, links that say where they lead, {@code tel:} links that dial from anywhere.
 *
 * <p>Each problem is reported where a maintainer fixes it. A template's mistake spoils every page it
 * makes, so it is reported once, at the template's line, "on N pages, e.g. ..."; a Markdown page's
 * mistake at its own line, once, however many areas publish the page.
 */
public final class HtmlChecks implements AutoCloseable {

    private static final List<PageRule> RULES = List.of(new HeadingOrder(), new ImageAlt(), new LinkText(),
            new TelLinks());

    /**
     * The version of the checks' findings and of their stored form, in every cache key. The key holds
     * the code's identity too, so a new plugin never reads an old one's findings; raise this when
     * the findings change for a reason the code does not show (a rule that starts to read a file
     * other than the page), or when {@link StoredFindings} changes.
     */
    static final int RULES_VERSION = 1;

    /** Where the cache keeps each page's findings. */
    public static final String CACHE_SHELF = "html-checks";

    private static final int CORES = Math.max(1, Runtime.getRuntime().availableProcessors());

    /**
     * Pages waiting to be checked, per core. A page's marked HTML is twice its published size, and
     * checking is slower than rendering: without a bound, every page of a large site would wait in
     * memory at once (300 MB at 5,000 pages), so a build that renders too far ahead waits instead.
     */
    private static final int WAITING_PER_CORE = 8;

    /**
     * The stack of a thread that checks pages. The checker reads its HTML schema by recursion, which
     * takes more than a thread's usual 1 MB where the JVM compiles less (with
     * {@code -XX:TieredStopAtLevel=1}, which {@code .mvn/jvm.config} sets, it overflows).
     */
    private static final long STACK_BYTES = 64L * 1024 * 1024;

    /** The checker takes a moment per page, so pages are checked on every core while the build goes on. */
    private final ExecutorService workers = Executors.newFixedThreadPool(CORES,
            work -> new Thread(null, work, "html-checks", STACK_BYTES));
    private final Semaphore waiting = new Semaphore(CORES * WAITING_PER_CORE);
    private final ThreadLocal<NuHtmlValidator> validators = ThreadLocal.withInitial(NuHtmlValidator::new);
    private final List<Future<List<Finding>>> checking = new ArrayList<>();
    private final Optional<BuildCache.Shelf> cached;
    private final String version;
    private final Memo memo;

    /** Checks that check every page. */
    public HtmlChecks() {
        this(BuildCache.none());
    }

    /**
     * Checks that take a page's findings from {@code cache} when the same page, with the same source
     * marks, was checked before by the same code, and keep what they find there for the next build.
     */
    public HtmlChecks(BuildCache cache) {
        this(cache, Memo.NONE);
    }

    /**
     * Checks as {@link #HtmlChecks(BuildCache)}, that first take a page's findings from {@code memo}
     * when the last build checked the very same page: {@code serve} hands on the pages a change did
     * not touch as they were, which is found without reading them, where the cache's key would
     * hash every page again.
     */
    public HtmlChecks(BuildCache cache, Memo memo) {
        this(cache, RULES_VERSION, memo);
    }

    HtmlChecks(BuildCache cache, int rulesVersion) {
        this(cache, rulesVersion, Memo.NONE);
    }

    private HtmlChecks(BuildCache cache, int rulesVersion, Memo memo) {
        this.memo = memo;
        this.cached = cache.shelf(CACHE_SHELF);
        // the checks' code, and the checker's and the parser's: the plugin's jar pins them, a class folder does not
        this.version = cached.isEmpty() ? "" : rulesVersion + " " + CodeIdentity.of(HtmlChecks.class, Checker.class,
                Jsoup.class);
    }

    /** Checks the pages and reports what is wrong with them. */
    public static void check(List<HtmlPage> pages, Problems problems) {
        try (HtmlChecks checks = new HtmlChecks()) {
            checks.start(pages);
            checks.report(problems);
        }
    }

    /** Starts checking pages, in the background. */
    public void start(List<HtmlPage> pages) {
        pages.forEach(this::start);
    }

    /**
     * Starts checking a page, in the background, once fewer than a few pages per core are waiting:
     * a caller that renders pages faster than they are checked waits here.
     */
    public void start(HtmlPage page) {
        try {
            waiting.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to check " + page.file(), e);
        }
        checking.add(workers.submit(() -> {
            try {
                // a fault of the checks comes out of this thread named by the page's own file
                return PageFailure.building(page.source(), () -> memo.reuse("html checks",
                        List.of(page.file(), page.source(), Memo.sameObject(page.markedHtml())), () -> findings(page)));
            } finally {
                waiting.release();
            }
        }));
    }

    /**
     * Waits for the pages started so far, then reports their problems: in the order of the pages'
     * files, so that the report is the same however the work was shared out, and whether or not
     * they came from the cache. The cache then drops what these pages did not use: call it once.
     */
    public void report(Problems problems) {
        List<Finding> findings = new ArrayList<>();
        for (Future<List<Finding>> page : checking) {
            findings.addAll(result(page));
        }
        findings.sort(Comparator.comparing(finding -> finding.page().file()));
        Map<Gathered, List<Finding>> gathered = new LinkedHashMap<>();
        findings.forEach(finding -> gathered.computeIfAbsent(new Gathered(finding.rule(), finding.severity(),
                finding.location(), finding.message(), finding.fix()), key -> new ArrayList<>()).add(finding));
        gathered.forEach((problem, found) -> problems.add(new Problem(problem.rule(), problem.severity(),
                problem.location(), problem.message() + where(problem.location(), found), problem.fix())));
        cached.ifPresent(BuildCache.Shelf::dropUnused);
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    /** Findings that are one problem: the same rule, place and words, on however many pages. */
    private record Gathered(String rule, Severity severity, Location location, String message, String fix) {}

    private static List<Finding> result(Future<List<Finding>> page) {
        try {
            return page.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking the HTML", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the HTML checks failed", e.getCause());
        }
    }

    /** The page's findings as stored, or as the checks find them and then stored. */
    private List<Finding> findings(HtmlPage page) {
        if (cached.isEmpty()) {
            return check(page, validators.get());
        }
        BuildCache.Shelf shelf = cached.get();
        String key = new CacheKey().add(version).add(page.file()).add(page.source().toString()).add(page.markedHtml())
                .hex();
        Optional<List<Finding>> stored = shelf.get(key).flatMap(bytes -> stored(bytes, page));
        if (stored.isPresent()) {
            return stored.get();
        }
        List<Finding> findings = check(page, validators.get());
        shelf.put(key, StoredFindings.write(findings));
        return findings;
    }

    private static Optional<List<Finding>> stored(byte[] bytes, HtmlPage page) {
        try {
            return Optional.of(StoredFindings.read(bytes, page));
        } catch (IOException e) {
            return Optional.empty();
        }
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
