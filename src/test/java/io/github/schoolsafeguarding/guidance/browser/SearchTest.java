package io.github.schoolsafeguarding.guidance.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.guidance.ReadersWords;
import io.github.schoolsafeguarding.policy.search.SearchIndex;
import io.github.schoolsafeguarding.policy.search.Tokenizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Interactive;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.yaml.snakeyaml.Yaml;

/**
 * The search page as a reader uses it, from {@code file://}: a deep link runs its query, typing
 * updates the results, misspellings and word starts still find the page, the count is announced, the
 * results are reached by keyboard, and nothing is asked for outside the site. On a phone, the word a
 * reader types finds the guidance first, by the guidance's own word for it where that differs, and
 * guidance whose title matches comes before the glossary, contacts, laws and sources.
 */
@ExtendWith(SiteInChromium.class)
class SearchTest {

    /** The results as "address | title", best first. */
    private static final String RESULTS = """
            return [].map.call(document.querySelectorAll('#search-results li'), function (item) {
              var link = item.querySelector('a');
              return link.getAttribute('href') + ' | ' + link.textContent;
            });
            """;

    private static final String SETTLED = "return document.getElementById('search-status').textContent !== ''";

    /** The results shown as {title, kind, page}: the kind line reads "Guidance, on the page X" for a section. */
    private static final String SHOWN = """
            return [].map.call(document.querySelectorAll('#search-results li'), function (item) {
              var kind = item.querySelector('.search-results__kind').textContent;
              var on = kind.indexOf(', on the page ');
              return [item.querySelector('a').textContent, on < 0 ? kind : kind.slice(0, on),
                on < 0 ? '' : kind.slice(on + ', on the page '.length)];
            });
            """;

    /** Runs searches with the page's own search code: gives each query's results as {title, kind} and its total. */
    private static final String SEARCH_EACH = """
            var queries = arguments[0];
            var done = arguments[arguments.length - 1];
            var answers = [];
            queries.reduce(function (previous, query) {
              return previous.then(function () {
                return window.safeguardingSearch.search(query).then(function (found) {
                  answers.push({ total: found.total, results: found.results.map(function (result) {
                    return [result.title, result.kind];
                  }) });
                });
              });
            }, Promise.resolve()).then(function () { done(answers); }, function (error) { done(String(error)); });
            """;

    /** What a reader acts on: the kinds that are not reference (contacts, glossary, laws, sources). */
    private static final Set<String> GUIDANCE = Set.of("Guidance", "Decision table");

    /**
     * Each query in every area whose site holds the expected result (an area's own contact is only in
     * that area's), so a new area is searched the same way.
     */
    @ParameterizedTest(name = "\"{0}\" ({3})")
    @CsvSource(delimiter = ';', textBlock = """
            When to call 999 or 101; incidents/call-999-or-101.html; 1; a page's exact title
            knife; incidents/weapons-and-searching-pupils.html#if-you-find-a-knife-or-weapon; 1; one word, found in a heading
            grooming; glossary.html#grooming; 1; a glossary term
            Childline; contacts.html#contact-childline; 1; a national contact's name
            Central Intelligence Bureau; contacts.html#contact-bedfordshire-police-central-intelligence-bureau; 2; an area contact's name (beside the route for when it is closed, which names it too)
            Single Point of Access; sharing-nudes/north-somerset-contacts.html#single-point-of-access; 1; an area contact's name, the area's guidance on it before its contact entry
            section 547; legislation.html#education-act-1996-section-547; 3; a section of an act (after the trespass guidance on it, section and page)
            search a phone; decisions/device-search.html; 1; a task in the reader's words, answered by its decision table
            safegaurding lead; glossary.html#designated-safeguarding-lead; 5; two letters swapped (after the decision tables whose titles and outcomes name the lead)
            county lin; other-harms/criminal-exploitation-and-county-lines.html#county-lines; 1; the start of a word (the guidance's section before the glossary term)
            sexual exploitaton risk; decisions/cse-risk-level.html; 2; a letter missing
            """)
    void aDeepLinkFindsTheExpectedResultAtTheTop(String query, String expected, int within, String kind,
            Site site, Chromium browser) {
        List<String> areas = site.areas().stream().filter(area -> holds(site, area, expected)).toList();
        assertTrue(!areas.isEmpty(), "no area's site holds " + expected);
        for (String area : areas) {
            List<String> results = search(browser, site.page(area + "/search.html"), query);

            List<String> top = results.subList(0, Math.min(within, results.size()));
            assertTrue(top.stream().anyMatch(result -> result.startsWith(expected + " |")),
                    area + ": \"" + query + "\" should find " + expected + (within == 1 ? " first" : " in the first " + within)
                            + "; found " + results.subList(0, Math.min(5, results.size())));
        }
    }

    /** Whether an area's site has the page, and the heading or entry a {@code #} in the link names. */
    private static boolean holds(Site site, String area, String link) {
        String[] parts = link.split("#", 2);
        Path page = site.root().resolve(area).resolve(parts[0]);
        return Files.isRegularFile(page) && (parts.length == 1 || Site.read(page).contains("id=\"" + parts[1] + "\""));
    }

    /** The statutory topics a designated safeguarding lead searches for first, in every area, by the words they type. */
    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = ';', textBlock = """
            FGM; other-harms/female-genital-mutilation.html
            LADO; incidents/allegations-against-staff.html
            allegation against a teacher; incidents/allegations-against-staff.html
            upskirting; other-harms/child-on-child-sexual-violence-and-harassment.html
            domestic abuse; other-harms/domestic-abuse-and-operation-encompass.html
            child on child; other-harms/child-on-child-sexual-violence-and-harassment.html
            children missing education; incidents/children-missing-education.html
            """)
    void theStatutoryTopicsAreFoundInEveryArea(String query, String page, Site site, Chromium browser) {
        for (String area : site.areas()) {
            List<String> results = search(browser, site.page(area + "/search.html"), query);

            List<String> top = results.subList(0, Math.min(3, results.size()));
            assertTrue(top.stream().anyMatch(result -> result.startsWith(page + " |") || result.startsWith(page + "#")),
                    area + ": \"" + query + "\" should find " + page + " in the first 3; found " + top);
        }
    }

    /** A search that finds nothing still leaves the reader somewhere to go: the 999 advice, the sections and the contacts. */
    @Test
    void aSearchThatFindsNothingOffersTheSectionsTheContactsAndThe999Advice(Site site, Chromium browser) {
        for (String area : site.areas()) {
            List<String> results = search(browser, site.page(area + "/search.html"), "qqzxv");
            assertEquals(List.of(), results, area);

            List<String> links = browser.driver().findElements(By.cssSelector("#search-empty a")).stream()
                    .filter(link -> link.isDisplayed()).map(link -> link.getAttribute("href")).toList();
            assertTrue(links.stream().anyMatch(link -> link.equals("tel:999")), area + ": " + links);
            assertTrue(links.stream().anyMatch(link -> link.endsWith("/contacts.html")), area + ": " + links);
            assertTrue(links.stream().filter(link -> link.endsWith("/index.html")).count() >= 3,
                    area + ": the sections: " + links);

            search(browser, site.page(area + "/search.html"), "knife");
            assertTrue(!browser.driver().findElement(By.id("search-empty")).isDisplayed(),
                    area + ": the suggestions go when a search finds something");
        }
    }

    @Test
    void typingUpdatesTheResultsAndTheAddressAndTheCountIsAnnounced(Site site, Chromium browser) {
        browser.open(site.page(site.areas().get(0) + "/search.html"));
        browser.driver().findElement(By.cssSelector("main input[name=q]")).sendKeys("exit this");
        browser.waitFor(SETTLED, "the results of typing");

        String status = browser.driver().findElement(By.id("search-status")).getText();
        assertTrue(status.matches("\\d+ results? for exit this.*"), status);
        assertEquals("polite", browser.driver().findElement(By.id("search-status")).getAttribute("aria-live"));
        assertEquals("?q=exit+this", browser.run("return location.search"));
    }

    @Test
    void theKeyboardGoesFromTheSearchBoxToTheFirstResult(Site site, Chromium browser) {
        search(browser, site.page(site.areas().get(0) + "/search.html"), "grooming");
        browser.driver().findElement(By.cssSelector("main input[name=q]")).click();

        browser.press(Keys.TAB);
        assertEquals("Search", browser.run("return document.activeElement.textContent.trim()"));
        browser.press(Keys.TAB);
        assertEquals("Grooming", browser.run("return document.activeElement.textContent"));
        browser.press(Keys.ENTER);
        assertTrue(browser.driver().getCurrentUrl().endsWith(site.areas().get(0) + "/glossary.html#grooming"),
                browser.driver().getCurrentUrl());
    }

    @Test
    void aSearchAsksForNothingOutsideTheSitesOwnFiles(Site site, Chromium browser) {
        search(browser, site.page(site.areas().get(0) + "/search.html"), "child sexual exploitation police referral");

        assertEquals(List.of(), browser.requests().stream().map(Chromium.Request::url)
                .filter(url -> !site.holds(url.split("\\?")[0])).toList());
        assertTrue(browser.requests().stream().anyMatch(request -> request.url().contains("/search/")),
                "the index was loaded");
    }

    /**
     * For every word readers use that the content's synonyms files list, in every area: a reader on a
     * phone taps the search box and types it; the first result is guidance (or a decision table)
     * whose title holds the reader's words or the guidance's words for them, and the results hold
     * everything a search for the guidance's words finds.
     */
    @Test
    void theReadersOwnWordsFindTheGuidanceFirstOnAPhone(Site site, Chromium browser) {
        browser.windowSize(PhoneSearchBoxTest.PHONE_WIDTH, PhoneSearchBoxTest.PHONE_HEIGHT);
        List<String> wrong = new ArrayList<>();
        int searched = 0;
        try {
            for (String area : site.areas()) {
                for (Map.Entry<String, List<String>> synonym : ReadersWords.of(area).entrySet()) {
                    String typed = synonym.getKey();
                    browser.open(site.page(area + "/search.html"));
                    WebElement box = browser.driver().findElement(By.cssSelector("main input[name=q]"));
                    tap(browser, box);
                    assertEquals(Boolean.TRUE, browser.run("return document.activeElement === arguments[0]", box),
                            area + ": a tap on the search box puts the cursor in it");
                    browser.press(typed, Keys.ENTER);
                    browser.waitFor(SETTLED, "the results for \"" + typed + "\"");
                    searched++;

                    List<List<String>> shown = rows(browser.run(SHOWN));
                    if (shown.isEmpty()) {
                        wrong.add(area + ": \"" + typed + "\" finds nothing");
                        continue;
                    }
                    List<String> first = shown.get(0);
                    List<String> phrases = new ArrayList<>(synonym.getValue());
                    phrases.add(typed);
                    if (!GUIDANCE.contains(first.get(1)) || phrases.stream().noneMatch(phrase ->
                            words(first.get(0) + " " + first.get(2)).containsAll(words(phrase)))) {
                        wrong.add(area + ": \"" + typed + "\" should find guidance about " + phrases + " first; found "
                                + shown.subList(0, Math.min(3, shown.size())));
                    }
                    List<Map<String, Object>> answers = searchEach(browser, List.of(typed));
                    long total = ((Number) answers.get(0).get("total")).longValue();
                    for (Map<String, Object> alone : searchEach(browser, synonym.getValue())) {
                        if (((Number) alone.get("total")).longValue() > total) {
                            wrong.add(area + ": \"" + typed + "\" finds " + total + " results, fewer than the "
                                    + alone.get("total") + " its synonyms " + synonym.getValue() + " find");
                        }
                    }
                }
            }
        } finally {
            // the other tests of the class share the browser, at its usual size
            browser.windowSize(Chromium.DESKTOP_WIDTH, Chromium.DESKTOP_HEIGHT);
        }
        assertTrue(searched > 0, "the content lists no synonyms");
        assertEquals(List.of(), wrong);
    }

    /**
     * For every glossary term and law in every area: where a guidance page or section (or a decision
     * table) has the term's words in its title, guidance comes first, above the glossary entry, the
     * law, a contact or a source that matches as well.
     */
    @Test
    void guidanceWhoseTitleMatchesComesBeforeTheReference(Site site, Chromium browser) {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String area : site.areas()) {
            List<String> terms = Stream.of("glossary.html", "legislation.html")
                    .flatMap(page -> headings(site.page(area + "/" + page))).distinct().toList();
            browser.open(site.page(area + "/search.html"));
            List<Map<String, Object>> answers = searchEach(browser, terms);
            for (int i = 0; i < terms.size(); i++) {
                List<List<String>> results = rows(answers.get(i).get("results"));
                Set<String> term = words(terms.get(i));
                boolean guidanceTitled = results.stream().anyMatch(result -> GUIDANCE.contains(result.get(1))
                        && words(result.get(0)).containsAll(term));
                if (guidanceTitled) {
                    checked++;
                    if (!GUIDANCE.contains(results.get(0).get(1))) {
                        wrong.add(area + ": \"" + terms.get(i) + "\" finds " + results.get(0)
                                + " before the guidance titled with it; found " + results.subList(0, Math.min(3, results.size())));
                    }
                }
            }
        }
        assertTrue(checked > 0, "no glossary term or law is the title of guidance too");
        assertEquals(List.of(), wrong);
    }

    /**
     * For every page and section of guidance (and every decision table) that the search index of an
     * area holds, in every area: a search for its title finds first a result whose shown title holds every word of it, not one that holds
     * them only in its sub-headings or a decision table's outcome labels.
     */
    @Test
    void everyGuidanceTitleFindsAResultWithThatTitleFirst(Site site, Chromium browser) {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String area : site.areas()) {
            List<String> titles = indexedDocuments(site.root().resolve(area)).stream()
                    .filter(document -> GUIDANCE.contains(document.get(1)) && !words(document.get(0)).isEmpty())
                    .map(document -> document.get(0)).distinct().toList();
            browser.open(site.page(area + "/search.html"));
            List<Map<String, Object>> answers = searchEach(browser, titles);
            for (int i = 0; i < titles.size(); i++) {
                List<List<String>> results = rows(answers.get(i).get("results"));
                checked++;
                if (results.isEmpty() || !GUIDANCE.contains(results.get(0).get(1))
                        || !words(results.get(0).get(0)).containsAll(words(titles.get(i)))) {
                    wrong.add(area + ": \"" + titles.get(i) + "\" finds " + results.subList(0, Math.min(3, results.size())));
                }
            }
        }
        assertTrue(checked > 0, "no guidance has a title");
        assertEquals(List.of(), wrong);
    }

    /** The documents of an area's search index as {title, kind}, read from its documents files. */
    private static List<List<String>> indexedDocuments(Path area) {
        Map<String, Object> index = call(area.resolve(SearchIndex.FOLDER + "index.js"));
        List<String> kinds = (List<String>) index.get("kinds");
        List<List<String>> documents = new ArrayList<>();
        for (int file = 0; documents.size() < (Integer) index.get("documents"); file++) {
            List<Object> call = call(area.resolve(SearchIndex.FOLDER + "documents-" + file + ".js"));
            for (Object document : (List<?>) call.get(1)) {
                List<?> fields = (List<?>) document;
                documents.add(List.of((String) fields.get(2), kinds.get((Integer) fields.get(1))));
            }
        }
        return documents;
    }

    /** What a file of the index passes to {@code safeguardingSearch}: the first argument, or all of them as a list. */
    @SuppressWarnings("unchecked")
    private static <T> T call(Path file) {
        String script = Site.read(file);
        List<Object> arguments = new Yaml().load("[" + script.substring(script.indexOf('(') + 1, script.lastIndexOf(')')) + "]");
        return (T) (arguments.size() == 1 ? arguments.get(0) : arguments);
    }

    /** A touch on the element, as a finger gives it, not a mouse click. */
    private static void tap(Chromium browser, WebElement element) {
        PointerInput finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");
        Sequence tap = new Sequence(finger, 0)
                .addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(element), 0, 0))
                .addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
                .addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
        ((Interactive) browser.driver()).perform(List.of(tap));
    }

    /** The words a search looks for in a text, as the index splits it. */
    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>(Tokenizer.words(text));
        words.removeAll(SearchIndex.STOP_WORDS);
        return words;
    }

    /** The text of each heading with an id on a published page: the terms, or the laws' sections. */
    private static Stream<String> headings(Path page) {
        try {
            return Jsoup.parse(page.toFile(), "UTF-8").select("main h3[id]").eachText().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> searchEach(Chromium browser, List<String> queries) {
        Object answers = browser.runAsync(SEARCH_EACH, queries);
        if (!(answers instanceof List)) {
            throw new AssertionError("the search failed: " + answers);
        }
        return (List<Map<String, Object>>) answers;
    }

    private static List<List<String>> rows(Object rows) {
        return ((List<?>) rows).stream().map(row -> ((List<?>) row).stream().map(String::valueOf).toList()).toList();
    }

    private static List<String> search(Chromium browser, Path searchPage, String query) {
        browser.open(searchPage, "q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        browser.waitFor(SETTLED, "the results for \"" + query + "\"");
        return ((List<?>) browser.run(RESULTS)).stream().map(String::valueOf).toList();
    }
}
