package io.github.schoolsafeguarding.guidance.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A reader on a phone, mid-incident: on every page of every area, at 375 by 812, nothing makes the
 * page scroll sideways, no table squeezes a column narrower than its longest word, and a page that
 * shows a decision table offers "Answer the questions" before the rules. A page with a table, laid
 * out as cards on a phone and with its folded rules opened, still meets WCAG 2.2 AA (axe-core, which
 * {@link AccessibilityTest} runs at a desktop's size, where folded rules are not checked). On a
 * desktop the rules are still a table.
 */
@ExtendWith(SiteInChromium.class)
class PhoneLayoutTest {

    /** Where the pages' heights on a phone are written, for people comparing layouts. */
    static final Path HEIGHTS = Path.of("target", "phone-page-heights.txt");

    /**
     * Each table cell, drawn and not hidden from sight (a stacked table's column headings are one
     * pixel wide, for screen readers), with a word broken across lines or sticking out of the room
     * inside the cell: each word of its text (a hyphen may end a line) measured where the browser
     * drew it, with a Range; as "its first words: the word, its width and the cell's room".
     */
    private static final String CRUSHED_CELLS = """
            var crushed = [];
            document.querySelectorAll('td, th').forEach(function (cell) {
              var box = cell.getBoundingClientRect();
              if (cell.getClientRects().length === 0 || box.width <= 1) { return; }
              var style = getComputedStyle(cell);
              var left = box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
              var right = box.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
              var walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
              var found = null;
              for (var text = walker.nextNode(); text !== null && found === null; text = walker.nextNode()) {
                if (text.parentElement.getBoundingClientRect().width <= 1) { continue; }
                var words = /[^\\s-]+-?/g;
                for (var word = words.exec(text.data); word !== null && found === null; word = words.exec(text.data)) {
                  var range = document.createRange();
                  range.setStart(text, word.index);
                  range.setEnd(text, word.index + word[0].length);
                  var rects = Array.from(range.getClientRects()).filter(function (rect) { return rect.width > 0; });
                  if (rects.length === 0) { continue; }
                  var width = rects.reduce(function (sum, rect) { return sum + rect.width; }, 0);
                  if (rects.length > 1 || rects[0].left < left - 1 || rects[0].right > right + 1) {
                    found = '"' + word[0] + '" is ' + Math.round(width) + 'px in a cell with ' + Math.round(right - left)
                        + 'px of room';
                  }
                }
              }
              if (found !== null) {
                crushed.push('"' + cell.innerText.trim().replace(/\\s+/g, ' ').slice(0, 40) + '": ' + found);
              }
            });
            return crushed.slice(0, 3);
            """;

    /** Each decision table shown in a page whose link to its questions does not come first, or that is not folded away. */
    private static final String RULES_BEFORE_THE_QUESTIONS = """
            return Array.from(document.querySelectorAll('.app-decision-embed')).filter(function (embed) {
              var link = embed.querySelector('a[href*="decisions/"]');
              var table = embed.querySelector('table');
              return link === null || table === null || table.closest('details') === null
                || !(link.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING);
            }).map(function (embed) { return embed.getAttribute('data-table'); });
            """;

    @Test
    void onAPhoneNoPageScrollsSidewaysOrCrushesATableAndTheQuestionsComeBeforeTheRules(Site site, Chromium browser)
            throws IOException {
        browser.windowSize(PhoneSearchBoxTest.PHONE_WIDTH, PhoneSearchBoxTest.PHONE_HEIGHT);
        Axe.preload(browser);
        List<String> inaccessible = new ArrayList<>();
        int tablesChecked = 0;
        List<String> wide = new ArrayList<>();
        List<String> crushed = new ArrayList<>();
        List<String> rulesFirst = new ArrayList<>();
        List<Map.Entry<String, Long>> heights = new ArrayList<>();
        int embeds = 0;
        for (Path page : site.pages()) {
            browser.open(page);
            String name = site.name(page);
            heights.add(Map.entry(name, ((Number) browser.run("return document.documentElement.scrollHeight")).longValue()));
            embeds += ((Number) browser.run("return document.querySelectorAll('.app-decision-embed').length")).intValue();
            List<?> misplaced = (List<?>) browser.run(RULES_BEFORE_THE_QUESTIONS);
            if (!misplaced.isEmpty()) {
                rulesFirst.add(name + ": " + misplaced);
            }
            // the rules folded away in a details component are measured as a reader who opens them sees them
            browser.run("document.querySelectorAll('details').forEach(function (details) { details.open = true; })");
            long width = ((Number) browser.run("return document.documentElement.scrollWidth")).longValue();
            if (width > PhoneSearchBoxTest.PHONE_WIDTH) {
                wide.add(name + ": " + width + "px, because of " + browser.run(ScreenshotsTest.STICKING_OUT));
            }
            List<?> cells = (List<?>) browser.run(CRUSHED_CELLS);
            if (!cells.isEmpty()) {
                crushed.add(name + ": " + cells);
            }
            if (Boolean.TRUE.equals(browser.run("return document.querySelector('main table') !== null"))) {
                tablesChecked++;
                Axe.Result result = Axe.check(browser, Axe.WCAG_22_AA);
                result.violations().forEach(violation -> inaccessible.add(name + ": " + violation.describe()));
            }
        }
        heights.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()));
        Files.createDirectories(HEIGHTS.toAbsolutePath().getParent());
        Files.write(HEIGHTS, heights.stream().map(entry -> entry.getValue() + " " + entry.getKey()).toList());

        assertTrue(embeds > 0, "no page shows a decision table, so the order of link and table was not checked");
        assertTrue(tablesChecked > 0, "no page has a table, so axe-core checked no table laid out for a phone");
        assertTrue(inaccessible.isEmpty(), "axe-core found violations of WCAG 2.2 AA on a phone, with the rules"
                + " unfolded:\n" + String.join("\n", inaccessible));
        assertTrue(wide.isEmpty(), wide.size() + " pages are wider than a phone's screen of "
                + PhoneSearchBoxTest.PHONE_WIDTH + "px:\n" + String.join("\n", wide));
        assertTrue(crushed.isEmpty(), crushed.size() + " pages have table cells narrower than their longest word:\n"
                + String.join("\n", crushed));
        assertTrue(rulesFirst.isEmpty(), rulesFirst.size() + " pages show a decision table's rules before the link to"
                + " its questions, or not folded in a details component:\n" + String.join("\n", rulesFirst));
    }

    @Test
    void onADesktopTheRulesAreATable(Site site, Chromium browser) throws IOException {
        browser.windowSize(Chromium.DESKTOP_WIDTH, Chromium.DESKTOP_HEIGHT);
        List<String> notTables = new ArrayList<>();
        int tables = 0;
        for (String area : site.areas()) {
            for (Path page : site.pages(area)) {
                if (!Files.readString(page).contains("app-decision-table")) {
                    continue;
                }
                browser.open(page);
                browser.run("document.querySelectorAll('details').forEach(function (details) { details.open = true; })");
                tables += ((Number) browser.run("return document.querySelectorAll('.app-decision-table').length")).intValue();
                Object drawn = browser.run("""
                        return Array.from(document.querySelectorAll('.app-decision-table')).filter(function (table) {
                          var head = table.querySelector('thead');
                          var cell = table.querySelector('tbody td');
                          return getComputedStyle(table).display !== 'table' || head.getClientRects().length === 0
                            || head.getBoundingClientRect().height === 0 || getComputedStyle(cell).display !== 'table-cell';
                        }).length""");
                if (((Number) drawn).intValue() > 0) {
                    notTables.add(site.name(page));
                }
            }
        }
        assertTrue(tables > 0, "no page shows a decision table");
        assertTrue(notTables.isEmpty(), "on a desktop, these pages draw a decision table as something else than a table"
                + " with its column headings:\n" + String.join("\n", notTables));
    }
}
