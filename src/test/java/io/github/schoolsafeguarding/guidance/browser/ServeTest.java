package io.github.schoolsafeguarding.guidance.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.guidance.PublishedSite;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.serve.Preview;
import io.github.schoolsafeguarding.policy.site.SitePublisher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * What a maintainer sees while {@code mvn policy:serve} runs on a copy of the real content: the open
 * page reloads after they save a change, a change that breaks the build shows its problems over the
 * last good page (on a phone too), and fixing it takes them away and reloads the page.
 */
@ExtendWith(SiteInChromium.class)
class ServeTest {

    private static final String PANEL = "policy-build-problems";

    /** A full build of one area of the real content takes tens of seconds on a busy CI machine. */
    private static final Duration BUILD = Duration.ofMinutes(5);

    @TempDir
    Path folder;

    @Test
    void thePageReloadsAfterAnEditAndShowsAFailedBuildOverTheLastGoodPage(Chromium browser) throws Exception {
        PublishedSite.copyContentAndTheme(folder);
        Path content = folder.resolve("content");
        String area = firstArea(content);
        Path source = aSharedPlainPage(content, area);
        String pagePath = content.resolve("pages").relativize(source).toString().replaceAll("\\.md$", ".html");
        List<String> original = Files.readAllLines(source);
        int titleLine = titleLine(original);
        String title = original.get(titleLine - 1).substring("title: ".length());
        Path site = folder.resolve("site");
        SitePublisher publisher = PublishedSite.builder().content(content).theme(folder.resolve("theme"))
                .areas(List.of(area)).build();
        List<String> log = new ArrayList<>();

        try (Preview preview = Preview.start(publisher, site, List.of(content, folder.resolve("theme")), 0, folder,
                new Recorder(log))) {
            assertEquals(1, preview.builds(), "the first build: " + log);
            assertNoReloadScriptIn(site);
            browser.open(preview.address().resolve(area + "/" + pagePath));
            assertEquals(title, heading(browser));
            assertEquals(List.of(), pagesOwnErrors(browser, preview), "the page and the preview's script keep to"
                    + " the Content-Security-Policy the server sends and the page holds");
            assertEquals(1L, browser.run("return document.querySelectorAll('script[src=\"/__policy/reload.js\"]').length"));

            // an edit, saved: the page reloads by itself with it
            saveAndWaitForReload(browser, source, replaced(original, titleLine, "title: " + title + " (edited)"), log);
            assertEquals(title + " (edited)", heading(browser));

            // a break: the problems show over the last good page, which does not reload
            markThePage(browser);
            Files.write(source, replaced(original, titleLine, "title: " + title + ": broken: here"));
            waitForPanel(browser, log);
            String shown = panelText(browser);
            String where = "content/pages/" + content.resolve("pages").relativize(source) + ":" + titleLine;
            assertTrue(shown.contains(where), "the file and line " + where + " are shown: " + shown);
            assertTrue(shown.contains("[yaml.syntax]"), "the rule is shown: " + shown);
            assertTrue(shown.contains("this is not valid YAML"), "the message is shown: " + shown);
            assertTrue(shown.contains("What to do: "), "what to do is shown: " + shown);
            assertEquals("alert", browser.run("return document.getElementById('" + PANEL + "').getAttribute('role')"));
            assertEquals(Boolean.TRUE, browser.run("return document.policyMarked"), "the page did not reload");
            assertEquals(title + " (edited)", heading(browser), "the last good page is still there");
            assertNoReloadScriptIn(site);

            // on a phone: the panel fits the screen and passes the accessibility rules
            browser.windowSize(375, 812);
            Map<?, ?> fit = (Map<?, ?>) browser.run("""
                    var panel = document.getElementById(arguments[0]);
                    var widest = Math.max.apply(null, Array.from(panel.querySelectorAll('*'),
                        function (element) { return element.getBoundingClientRect().right; }));
                    return {right: panel.getBoundingClientRect().right, widest: widest,
                            scrolls: panel.scrollWidth > panel.clientWidth};
                    """, PANEL);
            assertTrue(((Number) fit.get("right")).doubleValue() <= 375, "the panel fits 375 pixels: " + fit);
            assertTrue(((Number) fit.get("widest")).doubleValue() <= 375, "its text fits 375 pixels: " + fit);
            assertEquals(Boolean.FALSE, fit.get("scrolls"), "it does not scroll sideways: " + fit);
            List<String> violations = Axe.check(browser, Axe.WCAG_22_AA).violations().stream()
                    .map(Axe.Violation::describe).toList();
            assertEquals(List.of(), violations);

            // it can be put away, and comes back on the next page opened while the build is still broken
            browser.driver().findElement(By.cssSelector("#" + PANEL + " button")).click();
            assertFalse(panelShown(browser));
            browser.driver().navigate().refresh();
            waitForPanel(browser, log);
            browser.press(Keys.ESCAPE);
            assertFalse(panelShown(browser));
            browser.driver().navigate().refresh();
            waitForPanel(browser, log);
            browser.windowSize(Chromium.DESKTOP_WIDTH, Chromium.DESKTOP_HEIGHT);

            // the fix: the problems go and the page reloads with it
            saveAndWaitForReload(browser, source, replaced(original, titleLine, "title: " + title + " (fixed)"), log);
            assertEquals(title + " (fixed)", heading(browser));
            assertNoReloadScriptIn(site);
            assertEquals(List.of(), pagesOwnErrors(browser, preview), "showing the problems and reloading break no"
                    + " rule either");
            assertTrue(log.stream().anyMatch(line -> line.startsWith("failed ")), log.toString());
        }
    }

    /**
     * The console's errors but the one for the browser's own request for {@code /favicon.ico}, which
     * no page asks for and the site does not have.
     */
    private static List<String> pagesOwnErrors(Chromium browser, Preview preview) {
        String favicon = preview.address().resolve("favicon.ico") + " ";
        return browser.consoleErrors().stream().filter(error -> !error.startsWith(favicon)).toList();
    }

    /** The first area's folder, in name order. */
    private static String firstArea(Path content) throws IOException {
        try (Stream<Path> areas = Files.list(content.resolve("areas"))) {
            return areas.filter(Files::isDirectory).map(area -> area.getFileName().toString()).sorted().findFirst()
                    .orElseThrow(() -> new AssertionError("the content has no areas"));
        }
    }

    /** A shared page with no layout of its own that the area does not replace with its own. */
    private static Path aSharedPlainPage(Path content, String area) throws IOException {
        Path pages = content.resolve("pages");
        try (Stream<Path> files = Files.walk(pages)) {
            return files.filter(file -> file.toString().endsWith(".md") && !file.getFileName().toString().equals("index.md"))
                    .filter(file -> !Files.exists(content.resolve("areas").resolve(area).resolve("pages")
                            .resolve(pages.relativize(file).toString())))
                    .filter(file -> frontMatter(file).stream().noneMatch(line -> line.startsWith("layout:")))
                    .sorted().findFirst().orElseThrow(() -> new AssertionError("no shared page to edit"));
        }
    }

    private static List<String> frontMatter(Path page) {
        try {
            List<String> lines = Files.readAllLines(page);
            return lines.subList(1, lines.subList(1, lines.size()).indexOf("---") + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line of the title in the front matter, counting from 1 as the build's messages do. */
    private static int titleLine(List<String> lines) {
        for (int i = 1; i < lines.size() && !lines.get(i).equals("---"); i++) {
            if (lines.get(i).startsWith("title: ")) {
                return i + 1;
            }
        }
        throw new AssertionError("the page has no title line");
    }

    private static List<String> replaced(List<String> lines, int line, String with) {
        List<String> changed = new ArrayList<>(lines);
        changed.set(line - 1, with);
        return changed;
    }

    /** Leaves a mark on the page that a reload wipes away. */
    private static void markThePage(Chromium browser) {
        browser.run("document.policyMarked = true");
    }

    /** Saves the page as an editor would, and waits for the open page to reload with no problems shown. */
    private static void saveAndWaitForReload(Chromium browser, Path source, List<String> lines, List<String> log)
            throws IOException, InterruptedException {
        markThePage(browser);
        Files.write(source, lines);
        waitFor(browser, "return document.policyMarked === undefined", "the page to reload after a save", log);
        assertFalse(panelShown(browser));
    }

    private static void waitForPanel(Chromium browser, List<String> log) throws InterruptedException {
        waitFor(browser, "return document.getElementById('" + PANEL + "') !== null", "the build's problems", log);
    }

    private static String heading(Chromium browser) {
        return ((String) browser.run("return document.querySelector('main h1').textContent")).strip();
    }

    private static boolean panelShown(Chromium browser) {
        return Boolean.TRUE.equals(browser.run("return document.getElementById('" + PANEL + "') !== null"));
    }

    private static String panelText(Chromium browser) {
        return (String) browser.run("return document.getElementById('" + PANEL + "').innerText");
    }

    private static void waitFor(Chromium browser, String script, String what, List<String> log) throws InterruptedException {
        long until = System.nanoTime() + BUILD.toNanos();
        while (!Boolean.TRUE.equals(browser.run(script))) {
            if (System.nanoTime() > until) {
                throw new AssertionError("waited " + BUILD.toMinutes() + " minutes for " + what + "; builds: " + log);
            }
            Thread.sleep(100);
        }
    }

    private static void assertNoReloadScriptIn(Path site) throws IOException {
        for (Path page : PublishedSite.htmlFiles(site)) {
            assertFalse(Files.readString(page).contains("__policy"), page + " is published with the preview's script");
        }
    }

    /** The build log, a line per build. */
    private record Recorder(List<String> log) implements Preview.Log {

        @Override
        public void published(SitePublisher.Publication site, Duration took) {
            log.add("published " + site.pages() + " pages in " + took.toMillis() + " ms");
        }

        @Override
        public void failed(String summary, List<Problem> problems, Duration took) {
            log.add("failed " + summary + " in " + took.toMillis() + " ms: "
                    + problems.stream().map(problem -> problem.report(Path.of(""))).toList());
        }

        @Override
        public void refused(String request) {
            log.add(request);
        }
    }
}
