package io.github.schoolsafeguarding.guidance.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The search page as a reader uses it, from {@code file://}: a deep link runs its query, typing
 * updates the results, misspellings and word starts still find the page, the count is announced, the
 * results are reached by keyboard, and nothing is asked for outside the site.
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

    @ParameterizedTest(name = "{0}: \"{1}\" ({4})")
    @CsvSource(delimiter = ';', textBlock = """
            london; When to call 999 or 101; incidents/call-999-or-101.html; 1; a page's exact title
            london; knife; incidents/weapons-and-searching-pupils.html#if-you-find-a-knife-or-weapon; 1; one word, found in a heading
            london; grooming; glossary.html#grooming; 1; a glossary term
            london; Childline; contacts.html#contact-childline; 1; a national contact's name
            bedfordshire; Central Intelligence Bureau; contacts.html#contact-bedfordshire-police-central-intelligence-bureau; 1; an area contact's name
            north-somerset; Single Point of Access; contacts.html#contact-north-somerset-single-point-of-access; 2; an area contact's name
            london; section 547; legislation.html#education-act-1996-section-547; 2; a section of an act (after the trespass page's section on it)
            london; search a phone; decisions/device-search.html; 1; a task in the reader's words, answered by its decision table
            london; safegaurding lead; glossary.html#designated-safeguarding-lead; 1; two letters swapped
            london; county lin; glossary.html#county-lines; 1; the start of a word
            bedfordshire; sexual exploitaton risk; decisions/cse-risk-level.html; 2; a letter missing
            """)
    void aDeepLinkFindsTheExpectedResultAtTheTop(String area, String query, String expected, int within, String kind,
            Site site, Chromium browser) {
        List<String> results = search(browser, site.page(area + "/search.html"), query);

        List<String> top = results.subList(0, Math.min(within, results.size()));
        assertTrue(top.stream().anyMatch(result -> result.startsWith(expected + " |")),
                "\"" + query + "\" should find " + expected + (within == 1 ? " first" : " in the first " + within)
                        + "; found " + results.subList(0, Math.min(5, results.size())));
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
        browser.open(site.page("london/search.html"));
        browser.driver().findElement(By.cssSelector("main input[name=q]")).sendKeys("exit this");
        browser.waitFor(SETTLED, "the results of typing");

        String status = browser.driver().findElement(By.id("search-status")).getText();
        assertTrue(status.matches("\\d+ results? for exit this.*"), status);
        assertEquals("polite", browser.driver().findElement(By.id("search-status")).getAttribute("aria-live"));
        assertEquals("?q=exit+this", browser.run("return location.search"));
    }

    @Test
    void theKeyboardGoesFromTheSearchBoxToTheFirstResult(Site site, Chromium browser) {
        search(browser, site.page("london/search.html"), "grooming");
        browser.driver().findElement(By.cssSelector("main input[name=q]")).click();

        browser.press(Keys.TAB);
        assertEquals("Search", browser.run("return document.activeElement.textContent.trim()"));
        browser.press(Keys.TAB);
        assertEquals("Grooming", browser.run("return document.activeElement.textContent"));
        browser.press(Keys.ENTER);
        assertTrue(browser.driver().getCurrentUrl().endsWith("london/glossary.html#grooming"),
                browser.driver().getCurrentUrl());
    }

    @Test
    void aSearchAsksForNothingOutsideTheSitesOwnFiles(Site site, Chromium browser) {
        search(browser, site.page("london/search.html"), "child sexual exploitation police referral");

        assertEquals(List.of(), browser.requests().stream().map(Chromium.Request::url)
                .filter(url -> !site.holds(url.split("\\?")[0])).toList());
        assertTrue(browser.requests().stream().anyMatch(request -> request.url().contains("/search/")),
                "the index was loaded");
    }

    private static List<String> search(Chromium browser, Path searchPage, String query) {
        browser.open(searchPage, "q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        browser.waitFor(SETTLED, "the results for \"" + query + "\"");
        return ((List<?>) browser.run(RESULTS)).stream().map(String::valueOf).toList();
    }
}
