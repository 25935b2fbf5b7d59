package io.github.schoolsafeguarding.guidance.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * "Make your school's copy" on each area's model policy, from {@code file://}: typing fills every
 * blank of the field where it was, nothing is asked for or kept while the school types, and the
 * printed page is the school's policy, without the form, the template's notice or the site around it.
 */
@ExtendWith(SiteInChromium.class)
class SchoolCopyTest {

    static final String POLICY = "sharing-nudes/school-policy.html";

    /** What the school types into each text field, which the blanks then show as it is. */
    static final Map<String, String> TYPED = Map.of(
            "name", "St Aldhelm's C of E Primary School",
            "dsl", "Priya Shah",
            "deputy_dsl", "Tom O'Neill",
            "head_teacher", "Dr Ruth Okafor",
            "approved_by", "Mrs Ann Lee, chair of governors");

    /** Each date field's day, month and year as typed, and the date as the policy then writes it. */
    static final Map<String, List<String>> DATES = Map.of(
            "date_adopted", List.of("15", "9", "2026", "15 September 2026"),
            "next_review", List.of("14", "Sept", "2027", "14 September 2027"));

    /** Every blank of the page's text as [key, text shown, whether it is marked filled]. */
    private static final String BLANKS = """
            return [].map.call(document.querySelectorAll('.app-prose .school-field[data-school-field]'), function (blank) {
              return [blank.getAttribute('data-school-field'), blank.textContent,
                      String(blank.classList.contains('school-field--filled'))];
            });
            """;

    @Test
    void fillingTheFormFillsEveryBlankAndThePrintedCopyIsTheSchoolsPolicy(Site site, Chromium browser) {
        List<String> problems = new ArrayList<>();
        for (String area : site.areas()) {
            browser.open(site.page(area + "/" + POLICY));
            assertTrue(isVisible(browser, "[data-school-copy]"), area + ": the form is shown when scripts run");
            int requestsBeforeTyping = browser.requests().size();
            Object keptBeforeTyping = browser.kept();

            Map<String, String> expected = fill(browser);

            List<List<String>> blanks = blanks(browser);
            assertTrue(blanks.size() >= expected.size(), area + " has a blank for each field: " + blanks);
            for (List<String> blank : blanks) {
                if (!blank.get(1).equals(expected.get(blank.get(0))) || !blank.get(2).equals("true")) {
                    problems.add(area + ": the blank for " + blank.get(0) + " shows \"" + blank.get(1) + "\"");
                }
            }
            String text = (String) browser.run("return document.querySelector('.app-prose').textContent");
            assertTrue(text.contains(TYPED.get("name") + ": policy on sharing nudes"), area + ": the policy is the school's");
            assertTrue(!text.matches("(?s).*\\[(name of|date adopted|date of next review).*"), area + ": no blank is left");

            assertEquals(requestsBeforeTyping, browser.requests().size(), area + ": typing asks for nothing");
            assertEquals(List.of(), outsideTheSite(site, browser), area + ": requests outside the site's files");
            assertEquals(keptBeforeTyping, browser.kept(), area + ": storage, cookies, history and address after typing");
            assertEquals(List.of("0", "0", ""), ((List<?>) keptBeforeTyping).subList(0, 3), area + ": nothing stored");

            browser.emulatePrint(true);
            try {
                for (String furniture : List.of("[data-school-copy]", ".app-template-notice", ".govuk-header",
                        ".app-emergency", ".govuk-footer", "main h1", ".app-page-meta")) {
                    if (isVisible(browser, furniture)) {
                        problems.add(area + ": the printed copy shows " + furniture);
                    }
                }
                assertEquals("rgba(0, 0, 0, 0)", browser.run("return getComputedStyle("
                        + "document.querySelector('.school-field--filled')).backgroundColor"),
                        area + ": a filled blank prints as plain text");
                browser.screenshot(ScreenshotsTest.FOLDER.resolve(area + "-school-policy-copy.png"));
            } finally {
                browser.emulatePrint(false);
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(Files.isRegularFile(ScreenshotsTest.FOLDER.resolve(site.areas().get(0) + "-school-policy-copy.png")));
    }

    @Test
    void emptyingAFieldOrGivingNoRealDateShowsTheBlankAgain(Site site, Chromium browser) {
        browser.open(site.page(site.areas().get(0) + "/" + POLICY));
        WebElement name = browser.driver().findElement(By.id("school-copy-name"));
        name.sendKeys("Hill School");
        assertEquals("Hill School", blankText(browser, "name"));
        name.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        assertEquals("[name of school]", blankText(browser, "name"));

        typeDate(browser, "date_adopted", "31", "2", "2026");
        assertEquals("[date adopted]", blankText(browser, "date_adopted"), "there is no 31 February");
        typeDate(browser, "date_adopted", "28", "feb", "20");
        assertEquals("[date adopted]", blankText(browser, "date_adopted"), "a year of two digits is not yet a year");
        browser.driver().findElement(By.id("school-copy-date_adopted-year")).sendKeys(Keys.END, "26");
        assertEquals("28 February 2026", blankText(browser, "date_adopted"));
    }

    @Test
    void whatTheSchoolTypesIsShownAsTextNeverAsMarkup(Site site, Chromium browser) {
        browser.open(site.page(site.areas().get(0) + "/" + POLICY));
        String typed = "<img src=x onerror=alert(1)> & <b>Co</b>";
        browser.driver().findElement(By.id("school-copy-name")).sendKeys(typed);

        assertEquals(typed, blankText(browser, "name"));
        assertEquals(0L, browser.run("return document.querySelectorAll('.app-prose .school-field img, "
                + ".app-prose .school-field b').length"));
    }

    @Test
    void theButtonPrintsThePageAndPressingEnterSendsNothing(Site site, Chromium browser) {
        browser.open(site.page(site.areas().get(0) + "/" + POLICY));
        String page = browser.driver().getCurrentUrl();
        browser.run("window.printed = 0; window.print = function () { window.printed++; };");

        browser.driver().findElement(By.cssSelector("[data-school-copy-print]")).click();
        browser.driver().findElement(By.id("school-copy-dsl")).sendKeys("Priya Shah", Keys.ENTER);

        assertEquals(1L, browser.run("return window.printed"));
        assertEquals(page, browser.driver().getCurrentUrl(), "the form is never submitted");
        assertEquals("Priya Shah", blankText(browser, "dsl"));
    }

    /** Types every field's answer and gives back the text each field's blanks should then show. */
    private static Map<String, String> fill(Chromium browser) {
        Map<String, String> expected = new LinkedHashMap<>(TYPED);
        TYPED.forEach((key, typed) -> browser.driver().findElement(By.id("school-copy-" + key)).sendKeys(typed));
        DATES.forEach((key, date) -> {
            typeDate(browser, key, date.get(0), date.get(1), date.get(2));
            expected.put(key, date.get(3));
        });
        return expected;
    }

    private static void typeDate(Chromium browser, String key, String day, String month, String year) {
        List<String> parts = List.of("day", "month", "year");
        List<String> values = List.of(day, month, year);
        for (int i = 0; i < parts.size(); i++) {
            WebElement input = browser.driver().findElement(By.id("school-copy-" + key + "-" + parts.get(i)));
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, values.get(i));
        }
    }

    private static List<List<String>> blanks(Chromium browser) {
        return ((List<?>) browser.run(BLANKS)).stream()
                .map(blank -> ((List<?>) blank).stream().map(String::valueOf).toList()).toList();
    }

    /** The text of the first blank of a field; the others are checked to match in the first test. */
    private static String blankText(Chromium browser, String key) {
        return (String) browser.run("return document.querySelector('.app-prose [data-school-field=\"' + arguments[0]"
                + " + '\"]').textContent", key);
    }

    private static boolean isVisible(Chromium browser, String selector) {
        return Boolean.TRUE.equals(browser.run(
                "var element = document.querySelector(arguments[0]); return element !== null && element.checkVisibility();",
                selector));
    }

    private static List<String> outsideTheSite(Site site, Chromium browser) {
        return browser.requests().stream().map(Chromium.Request::url)
                .filter(url -> !site.holds(url.split("[?#]")[0]))
                .toList();
    }
}
