package io.github.schoolsafeguarding.guidance.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.site.ContentSecurityPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page opened straight from disk ({@code file://}) in Chromium: its stylesheets and scripts
 * load and apply, nothing is logged as an error, and nothing is asked of any other host or of files
 * outside the site, as a school opening the site from a shared drive or a USB stick needs. Each
 * holds the site's Content-Security-Policy, which blocks none of that.
 */
@ExtendWith(SiteInChromium.class)
class OpenedFromDiskTest {

    /** What the body looks like in a document with no stylesheet: the site's own styles must change it. */
    private static final String BODY_STYLE = """
            var style = getComputedStyle(document.body);
            return [style.margin, style.fontFamily, style.fontSize, style.lineHeight, style.color,
                    style.backgroundColor].join(' | ');
            """;

    /** The stylesheets and scripts a page asks for, as the browser resolves their addresses. */
    private static final String STYLES_AND_SCRIPTS = """
            return Array.from(document.querySelectorAll('link[rel~="stylesheet"][href], script[src]'),
                function (element) {
                  return {url: element.src || element.href, applied: element.tagName === 'SCRIPT' || element.sheet !== null};
                });
            """;

    /** The policies the page holds in {@code <meta http-equiv>} elements. */
    private static final String POLICIES = """
            return Array.from(document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]'),
                function (meta) { return meta.content; });
            """;

    /** What the browser saw of one page: what it logged, what it asked for, and how it looks. */
    private record Visit(String page, String url, List<String> consoleErrors, List<Chromium.Request> requests,
            String bodyStyle, int styleSheets, List<?> stylesAndScripts, List<?> policies, boolean scripted) {}

    /** Each page is opened once, and the tests below read what was seen. */
    private static final List<Visit> VISITS = new ArrayList<>();

    private static String unstyledBody;

    @BeforeAll
    static void openEveryPage(Site site, Chromium browser, @TempDir Path folder) throws IOException {
        Path blank = Files.writeString(folder.resolve("blank.html"),
                "<!DOCTYPE html><html lang=\"en\"><title>Blank</title><p>No stylesheet.</p></html>");
        browser.open(blank);
        unstyledBody = (String) browser.run(BODY_STYLE);
        for (Path page : site.pages()) {
            browser.open(page);
            VISITS.add(new Visit(site.name(page), page.toUri().toString(), browser.consoleErrors(), browser.requests(),
                    (String) browser.run(BODY_STYLE), ((Number) browser.run("return document.styleSheets.length")).intValue(),
                    (List<?>) browser.run(STYLES_AND_SCRIPTS), (List<?>) browser.run(POLICIES),
                    Boolean.TRUE.equals(browser.run("return document.body.classList.contains('js-enabled')"))));
        }
    }

    @Test
    void everyPageLoadsItsStylesAndScriptsWithoutAnError() {
        List<String> problems = new ArrayList<>();
        for (Visit visit : VISITS) {
            visit.consoleErrors().forEach(error -> problems.add(visit.page() + ": console error " + error));
            if (unstyledBody.equals(visit.bodyStyle())) {
                problems.add(visit.page() + ": the body looks as it does with no stylesheet at all");
            }
            if (visit.styleSheets() == 0) {
                problems.add(visit.page() + ": no stylesheet applies");
            }
            List<String> loaded = visit.requests().stream().filter(Chromium.Request::loaded)
                    .map(Chromium.Request::url).toList();
            for (Object resource : visit.stylesAndScripts()) {
                Map<?, ?> file = (Map<?, ?>) resource;
                if (!loaded.contains(file.get("url"))) {
                    problems.add(visit.page() + ": " + file.get("url") + " did not load");
                } else if (!Boolean.TRUE.equals(file.get("applied"))) {
                    problems.add(visit.page() + ": " + file.get("url") + " loaded but does not apply");
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    /**
     * With the console clean above, this shows the policy holds nothing back that a page needs, from
     * {@code file://} too, where Chromium takes {@code 'self'} to be the site's own {@code file:} URLs.
     */
    @Test
    void everyPageHoldsTheSitesContentSecurityPolicyAndItsScriptsRunUnderIt() {
        List<String> problems = new ArrayList<>();
        for (Visit visit : VISITS) {
            if (!visit.policies().equals(List.of(ContentSecurityPolicy.POLICY))) {
                problems.add(visit.page() + ": its Content-Security-Policy is " + visit.policies());
            }
            if (!visit.scripted()) {
                problems.add(visit.page() + ": the script that marks the body as having JavaScript did not run");
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    /** The check above notices what the policy blocks: an inline script, from {@code file://}. */
    @Test
    void whatThePolicyBlocksIsSeen(Chromium browser, @TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("allowed.js"), "document.title = 'allowed';");
        Path page = Files.writeString(folder.resolve("inline.html"), "<!DOCTYPE html><html lang=\"en\"><head>"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + ContentSecurityPolicy.POLICY + "\">"
                + "<title>Inline</title></head><body><script src=\"allowed.js\"></script>"
                + "<script>document.title = 'inline';</script></body></html>");
        browser.open(page);
        assertEquals("allowed", browser.run("return document.title"), "the page's own file ran, the inline script did not");
        assertTrue(browser.consoleErrors().stream().anyMatch(error -> error.contains("Content Security Policy")),
                "the blocked script is logged as an error: " + browser.consoleErrors());
    }

    @Test
    void noPageAsksForAnythingOutsideTheSite(Site site) {
        List<String> outside = new ArrayList<>();
        for (Visit visit : VISITS) {
            assertTrue(visit.requests().stream().anyMatch(request -> request.url().equals(visit.url())),
                    "the browser's log shows " + visit.page() + " itself being loaded: " + visit.requests());
            visit.requests().stream().map(Chromium.Request::url).filter(url -> !site.holds(url))
                    .forEach(url -> outside.add(visit.page() + " asks for " + url));
        }
        assertTrue(outside.isEmpty(), outside.size() + " requests leave the site:\n" + String.join("\n", outside));
        int requests = VISITS.stream().mapToInt(visit -> visit.requests().size()).sum();
        assertTrue(requests >= 2 * VISITS.size(), "every page loads at least itself and a stylesheet: "
                + requests + " requests from " + VISITS.size() + " pages");
    }

    /** The check above notices a request that leaves, as the browser's log is what it reads. */
    @Test
    void aRequestToAnotherHostIsSeen(Chromium browser, @TempDir Path folder) throws IOException {
        Path page = Files.writeString(folder.resolve("tracked.html"), "<!DOCTYPE html><html lang=\"en\">"
                + "<title>Tracked</title><img src=\"http://127.0.0.1:9/pixel.gif\" alt=\"\"></html>");
        browser.open(page);
        assertTrue(browser.requests().stream().anyMatch(request -> request.url().equals("http://127.0.0.1:9/pixel.gif")
                && !request.loaded()), "the request to another host is in the log, and failed");
        assertTrue(browser.consoleErrors().stream().anyMatch(error -> error.contains("pixel.gif")),
                "its failure is logged as an error");
    }
}
