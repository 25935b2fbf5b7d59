package io.github.schoolsafeguarding.guidance.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Most readers hold a phone: on every page of every area, at 375 by 812, the header's search box is
 * wide enough for a thumb to type into, and a search typed there finds what the reader asked for.
 */
@ExtendWith(SiteInChromium.class)
class PhoneSearchBoxTest {

    static final int PHONE_WIDTH = 375;
    static final int PHONE_HEIGHT = 812;

    /** The smallest share of the screen's width the box may take. */
    static final double LEAST_SHARE = 0.6;

    private static final String BOX = ".app-header__search input[name=q]";

    @Test
    void theHeaderSearchBoxTakesMostOfThePhonesWidthOnEveryPage(Site site, Chromium browser) {
        browser.windowSize(PHONE_WIDTH, PHONE_HEIGHT);
        List<String> narrow = new ArrayList<>();
        int checked = 0;
        for (Path page : site.pages()) {
            browser.open(page);
            List<WebElement> boxes = browser.driver().findElements(By.cssSelector(BOX));
            if (boxes.isEmpty()) {
                continue;
            }
            checked++;
            long width = ((Number) browser.run("return Math.round(arguments[0].getBoundingClientRect().width)",
                    boxes.get(0))).longValue();
            long screen = ((Number) browser.run("return document.documentElement.clientWidth")).longValue();
            if (width < LEAST_SHARE * screen) {
                narrow.add(site.name(page) + ": " + width + " of " + screen + " pixels");
            }
        }
        assertTrue(checked > 0, "no page has a header search box");
        assertTrue(narrow.isEmpty(), narrow.size() + " pages have a search box too narrow to type into:\n"
                + String.join("\n", narrow));
    }

    @Test
    void aWordTypedIntoTheHeaderBoxOfAnAreasHomePageFindsTheGuidance(Site site, Chromium browser) {
        browser.windowSize(PHONE_WIDTH, PHONE_HEIGHT);
        for (String area : site.areas()) {
            browser.open(site.page(area + "/index.html"));
            WebElement box = browser.driver().findElement(By.cssSelector(BOX));
            box.click();
            box.sendKeys("knife", Keys.ENTER);
            browser.waitFor("return document.getElementById('search-status') !== null"
                    + " && document.getElementById('search-status').textContent !== ''", "the results of 'knife'");

            Object first = browser.run("var link = document.querySelector('#search-results li a');"
                    + " return link === null ? '' : link.getAttribute('href')");
            assertTrue(String.valueOf(first).startsWith("incidents/weapons-and-searching-pupils.html"),
                    area + ": 'knife' typed on the home page should find the weapons guidance first; found " + first);
        }
    }
}
