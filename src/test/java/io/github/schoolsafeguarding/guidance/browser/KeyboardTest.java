package io.github.schoolsafeguarding.guidance.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;

/**
 * A reader using only a keyboard, starting from the top of a page: the first Tab reaches the skip
 * link, Enter on it moves the focus to the main content, and a few more presses reach the search box
 * in the header and, on a decision page, every question of the decision form.
 */
@ExtendWith(SiteInChromium.class)
class KeyboardTest {

    /**
     * One page of each layout an area has (home, section, page, contacts, legislation, sources,
     * policy template, list of tables, decision table): the skip link and header come from the
     * layouts, not from the pages.
     */
    static final List<String> ONE_PAGE_OF_EACH_LAYOUT = List.of("index.html", "incidents/index.html",
            "incidents/call-999-or-101.html", "contacts.html", "legislation.html", "sources.html",
            "sharing-nudes/school-policy.html", "decisions/index.html", "decisions/call-police.html");

    /** Enough for the skip link, the service name, "change area" and the search box, with room to spare. */
    static final int PRESSES_TO_THE_SEARCH_BOX = 8;

    /** Enough for the header, the section links, the banner and the breadcrumbs before a decision form. */
    static final int PRESSES_TO_THE_DECISION_FORM = 40;

    /** The focused element, named as a reader of the failure would look for it. */
    private static final String FOCUSED = """
            var element = document.activeElement;
            if (!element || element === document.body) { return 'body'; }
            var name = element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
                + (element.name ? '[name=' + element.name + ']' : '')
                + (element.className && typeof element.className === 'string' ? '.' + element.className.trim().split(/\\s+/).join('.') : '');
            var text = (element.textContent || element.value || '').trim().replace(/\\s+/g, ' ').slice(0, 30);
            return text ? name + ' "' + text + '"' : name;
            """;

    @Test
    void theFirstTabReachesTheSkipLinkAndEnterMovesTheFocusToTheMainContent(Site site, Chromium browser) {
        List<String> problems = new ArrayList<>();
        List<String> pages = new ArrayList<>(List.of("index.html"));
        site.areas().forEach(area -> ONE_PAGE_OF_EACH_LAYOUT.forEach(path -> pages.add(area + "/" + path)));
        for (String page : pages) {
            browser.open(site.page(page));
            browser.press(Keys.TAB);
            if (!isFocused(browser, "a.skip-link, .govuk-skip-link")) {
                problems.add(page + ": the first Tab reaches " + focused(browser) + ", not the skip link");
                continue;
            }
            browser.press(Keys.ENTER);
            if (!isFocused(browser, "main, [role=main]")) {
                problems.add(page + ": Enter on the skip link leaves the focus on " + focused(browser));
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    @Test
    void tabReachesTheSearchBoxInTheHeader(Site site, Chromium browser) {
        List<String> problems = new ArrayList<>();
        for (String area : site.areas()) {
            for (String path : ONE_PAGE_OF_EACH_LAYOUT) {
                browser.open(site.page(area + "/" + path));
                List<String> route = tabUntil(browser, "header input[name=q]", PRESSES_TO_THE_SEARCH_BOX);
                if (!isFocused(browser, "header input[name=q]")) {
                    problems.add(area + "/" + path + ": " + PRESSES_TO_THE_SEARCH_BOX
                            + " presses of Tab never reach the search box (header input[name=q]); they reach "
                            + String.join(", ", route));
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    @Test
    void tabReachesEveryQuestionOfAVisibleDecisionForm(Site site, Chromium browser) {
        String page = site.areas().get(0) + "/decisions/call-police.html";
        browser.open(site.page(page));
        assertTrue(Boolean.TRUE.equals(browser.run(
                        "var form = document.querySelector('form[data-decision]');"
                                + " return form !== null && form.checkVisibility();")),
                page + ": the decision helper's script shows the form");
        Set<String> questions = new TreeSet<>(names(browser.run("return Array.from(document.querySelectorAll("
                + "'form[data-decision] input, form[data-decision] select, form[data-decision] textarea,"
                + " form[data-decision] button'), function (control) { return control.name || control.id; });")));
        Set<String> reached = new TreeSet<>();
        List<String> route = new ArrayList<>();
        for (int press = 0; press < PRESSES_TO_THE_DECISION_FORM + 2 * questions.size(); press++) {
            browser.press(Keys.TAB);
            route.add(focused(browser));
            reached.addAll(names(browser.run("var element = document.activeElement;"
                    + " return element.closest('form[data-decision]') ? [element.name || element.id] : [];")));
        }
        assertTrue(!questions.isEmpty() && reached.containsAll(questions), page + ": Tab reaches " + reached
                + " of the form's questions " + questions + " by way of " + String.join(", ", route));
    }

    /** Presses Tab until the element matching the selector has the focus, or the presses run out. */
    private static List<String> tabUntil(Chromium browser, String selector, int presses) {
        List<String> route = new ArrayList<>();
        for (int press = 0; press < presses && !isFocused(browser, selector); press++) {
            browser.press(Keys.TAB);
            route.add(focused(browser));
        }
        return route;
    }

    private static boolean isFocused(Chromium browser, String selector) {
        return Boolean.TRUE.equals(browser.run(
                "return document.activeElement !== null && document.activeElement.matches(arguments[0]);", selector));
    }

    private static String focused(Chromium browser) {
        return (String) browser.run(FOCUSED);
    }

    private static List<String> names(Object fromScript) {
        return ((List<?>) fromScript).stream().map(String::valueOf).toList();
    }
}
