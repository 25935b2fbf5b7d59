package io.github.schoolsafeguarding.guidance.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import io.github.schoolsafeguarding.guidance.PublishedSite;
import io.github.schoolsafeguarding.policy.content.Content;
import io.github.schoolsafeguarding.policy.content.Page;
import io.github.schoolsafeguarding.policy.render.PagePaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;

/**
 * 'Exit this page' on pages about abuse and exploitation: the button, and three presses of Shift,
 * leave at once for a neutral page. The tests point the button at a page of the site, so that leaving
 * is seen without any request leaving the machine.
 */
@ExtendWith(SiteInChromium.class)
class ExitThisPageTest {

    private static final String EXIT_THIS_PAGE = "govuk-exit-this-page__button";
    private static final String BUTTON = "return document.querySelector('.govuk-exit-this-page__button')";

    /**
     * In every area: each section whose front matter asks for it offers the button on its own page and
     * on a page inside it; the home page and the top-level pages that do not ask for it do not.
     */
    @Test
    void pagesAboutAbuseOrExploitationOfferItAndOthersDoNot(Site site, Chromium browser) {
        Content content = PublishedSite.content();
        List<String> wrong = new ArrayList<>();
        for (String area : site.areas()) {
            Map<String, Page> pages = content.pagesFor(content.area(area).orElseThrow());
            List<String> offering = new ArrayList<>();
            pages.values().stream().filter(page -> page.isIndex() && page.meta().exitThisPage().orElse(false))
                    .forEach(section -> {
                        offering.add(section.path());
                        pages.values().stream().filter(page -> !page.isIndex() && page.meta().exitThisPage().isEmpty()
                                && PagePaths.folder(page.path()).equals(PagePaths.folder(section.path())))
                                .findFirst().ifPresent(page -> offering.add(page.path()));
                    });
            List<String> notOffering = pages.values().stream()
                    .filter(page -> !page.path().contains("/") && !page.meta().exitThisPage().orElse(false))
                    .map(Page::path).toList();
            assertTrue(!offering.isEmpty() && !notOffering.isEmpty(), area + ": no pages to try");
            for (String page : offering) {
                if (!offersTheButton(site, browser, area, page)) {
                    wrong.add(area + "/" + page + " has no 'Exit this page'");
                }
            }
            for (String page : notOffering) {
                if (offersTheButton(site, browser, area, page)) {
                    wrong.add(area + "/" + page + " offers 'Exit this page' but is not about abuse or exploitation");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static boolean offersTheButton(Site site, Chromium browser, String area, String page) {
        browser.open(site.page(area + "/" + PagePaths.htmlFile(page)));
        return browser.run(BUTTON) != null;
    }

    @Test
    void pressingShiftThreeTimesLeavesForTheNeutralPage(Site site, Chromium browser) {
        String neutral = leadToASitePage(site, browser);

        browser.press(Keys.SHIFT);
        browser.press(Keys.SHIFT);
        browser.press(Keys.SHIFT);

        browser.waitFor("return location.href === '" + neutral + "'", "the neutral page after three presses of Shift");
    }

    @Test
    void theButtonLeavesForTheNeutralPage(Site site, Chromium browser) {
        String neutral = leadToASitePage(site, browser);

        browser.run("document.querySelector('.govuk-exit-this-page__button').click()");

        browser.waitFor("return location.href === '" + neutral + "'", "the neutral page after the button");
    }

    @Test
    void withoutTestingTheButtonLeadsToTheSitesNeutralPage(Site site, Chromium browser) {
        Content content = PublishedSite.content();
        for (String area : site.areas()) {
            String neutral = content.area(area).orElseThrow().site().exitPage();
            browser.open(site.firstPageWith(area, EXIT_THIS_PAGE));

            assertEquals(neutral, browser.run(BUTTON + ".getAttribute('href')"), area);
            String host = java.net.URI.create(neutral).getHost();
            assertTrue(browser.requests().stream().noneMatch(request -> request.url().contains(host)),
                    area + ": nothing is asked of the neutral page until the reader leaves");
        }
    }

    /** Opens a page offering the button and points the button at the area picker, returning that page's address. */
    private static String leadToASitePage(Site site, Chromium browser) {
        browser.open(site.firstPageWith(site.areas().get(0), EXIT_THIS_PAGE));
        String neutral = site.page("index.html").toUri().toString();
        browser.run(BUTTON + ".setAttribute('href', arguments[0])", neutral);
        return neutral;
    }
}
