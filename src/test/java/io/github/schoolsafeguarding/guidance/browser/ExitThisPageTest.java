package io.github.schoolsafeguarding.guidance.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
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

    private static final String BUTTON = "return document.querySelector('.govuk-exit-this-page__button')";

    @Test
    void pagesAboutAbuseOrExploitationOfferItAndOthersDoNot(Site site, Chromium browser) {
        List<String> wrong = new ArrayList<>();
        for (String page : List.of("london/cse/warning-signs.html", "london/sharing-nudes/index.html",
                "london/other-harms/prevent-and-channel.html", "bedfordshire/cse/referring-in-bedfordshire.html",
                "north-somerset/decisions/cse-risk-level.html")) {
            browser.open(site.page(page));
            if (browser.run(BUTTON) == null) {
                wrong.add(page + " has no 'Exit this page'");
            }
        }
        for (String page : List.of("london/index.html", "london/incidents/call-999-or-101.html", "london/contacts.html")) {
            browser.open(site.page(page));
            if (browser.run(BUTTON) != null) {
                wrong.add(page + " offers 'Exit this page' but is not about abuse or exploitation");
            }
        }
        assertEquals(List.of(), wrong);
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
        browser.open(site.page("london/cse/what-cse-is.html"));

        assertEquals("https://www.bbc.co.uk/weather", browser.run(BUTTON + ".getAttribute('href')"));
        assertTrue(browser.requests().stream().noneMatch(request -> request.url().contains("bbc")),
                "nothing is asked of the neutral page until the reader leaves");
    }

    /** Opens a CSE page and points its button at the area picker, returning that page's address. */
    private static String leadToASitePage(Site site, Chromium browser) {
        browser.open(site.page("london/cse/what-cse-is.html"));
        String neutral = site.page("index.html").toUri().toString();
        browser.run(BUTTON + ".setAttribute('href', arguments[0])", neutral);
        return neutral;
    }
}
