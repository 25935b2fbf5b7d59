package io.github.schoolsafeguarding.guidance.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.guidance.PublishedSite;
import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.content.Content;
import io.github.schoolsafeguarding.policy.decision.DecisionEngine;
import io.github.schoolsafeguarding.policy.decision.DecisionTable;
import io.github.schoolsafeguarding.policy.decision.DecisionTableReader;
import io.github.schoolsafeguarding.policy.decision.EquivalenceClasses;
import io.github.schoolsafeguarding.policy.decision.HitPolicy;
import io.github.schoolsafeguarding.policy.decision.Input;
import io.github.schoolsafeguarding.policy.decision.IntegerInput;
import io.github.schoolsafeguarding.policy.decision.Outcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.github.schoolsafeguarding.policy.decision.PartialDecision;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The helper on every decision page of every area, driven as a reader drives it (clicking the
 * labels of radios and tick boxes, typing numbers), keeping nothing of the answers (no storage, cookie,
 * history entry or address), through the DOM contract of
 * {@code shared/spec/decision-tables.md}: for a spread of the table's equivalence classes, the
 * outcome it publishes in {@code data-outcome} is the Java engine's. On a phone, answered by touch,
 * it shows the outcome as soon as the answers decide it, asks nothing that cannot change it, and
 * keeps the outcome on the screen after the tap that decides it. Where the first question sits on
 * each page, and how many questions each path asked, go to {@code target/browser/decision-helper-phone.txt}.
 */
@ExtendWith(SiteInChromium.class)
class DecisionHelperTest {

    /** Cases driven through each helper in each area, spread over the table's equivalence classes. */
    static final int CASES_PER_TABLE = 6;

    /**
     * Answers the form as a reader does, by clicking: 'Start again', then for each answer the label of
     * its radio, the labels of as many tick boxes as the count (or 'None of these'), or the number
     * typed into its field (with the input event typing sends), whether or not the helper still asks
     * it. One script per case keeps the test quick.
     */
    private static final String ANSWER = """
            var form = document.querySelector('form[data-decision]');
            var answers = arguments[0];
            function click(id) { document.querySelector('label[for="' + id + '"]').click(); }
            document.querySelector('button[type=reset][form="' + form.id + '"]').click();
            answers.forEach(function (answer) {
              if (answer.kind === 'checklist') {
                var boxes = form.querySelectorAll('input[name="' + answer.input + '"]:not([data-behaviour=exclusive])');
                for (var i = 0; i < Number(answer.value); i++) { click(boxes[i].id); }
                if (Number(answer.value) === 0) { click(answer.input + '-none'); }
              } else if (answer.kind === 'number') {
                var field = document.getElementById(answer.input + '-answer');
                field.value = answer.value;
                field.dispatchEvent(new Event('input', {bubbles: true}));
              } else {
                click(answer.input + '-' + answer.value);
              }
            });
            """;

    /** Paths through each helper on a phone, each answering as one of the table's equivalence classes. */
    static final int PATHS_PER_TABLE = 3;

    /** The ids of the questions the helper shows, in order. */
    private static final String SHOWN_QUESTIONS = "return [].filter.call(document.querySelectorAll('form[data-decision] .govuk-form-group'),"
            + " function (group) { return !group.hidden; }).map(function (group) { return group.id.substring('question-'.length); })";

    /** Where the first question ends on each page, and how many questions each path asked, for the report. */
    private static final List<String> PHONE_REPORT = new ArrayList<>();

    static final List<DecisionTable> TABLES = DecisionTableReader.readAll(Path.of("content/decisions"), new Problems());

    @Test
    void everyHelperShowsTheOutcomeTheJavaEngineDecides(Site site, Chromium browser) {
        List<String> wrong = new ArrayList<>();
        int driven = 0;
        for (String area : site.areas()) {
            for (DecisionTable table : TABLES) {
                browser.open(site.page(area + "/decisions/" + table.id() + ".html"));
                Object keptBeforeAnswers = browser.kept();
                for (int[] combination : spread(table, CASES_PER_TABLE)) {
                    answer(browser, table, combination);
                    Object shown = browser.run("return JSON.parse(document.querySelector('[data-decision-result=\""
                            + table.id() + "\"]').getAttribute('data-outcome') || 'null')");
                    Map<String, Object> expected = expected(table, DecisionEngine.evaluate(table, combination).outcome());
                    if (!expected.equals(shown)) {
                        wrong.add(area + " " + table.id() + " " + EquivalenceClasses.of(table).describe(combination)
                                + ": the helper shows " + shown + ", the engine decides " + expected);
                    }
                    driven++;
                }
                if (!browser.kept().equals(keptBeforeAnswers) || !((List<?>) keptBeforeAnswers).subList(0, 3)
                        .equals(List.of("0", "0", ""))) {
                    wrong.add(area + " " + table.id() + ": the page kept the answers: " + keptBeforeAnswers + " then "
                            + browser.kept());
                }
            }
        }
        assertEquals(List.of(), wrong, wrong.size() + " of " + driven + " cases differ");
    }

    @Test
    void onEveryDecisionPageOfEveryAreaTheFirstQuestionIsWithinTheFirstTwoScreensOfAPhone(Site site, Chromium browser) {
        browser.windowSize(PhoneSearchBoxTest.PHONE_WIDTH, PhoneSearchBoxTest.PHONE_HEIGHT);
        List<String> far = new ArrayList<>();
        for (String area : site.areas()) {
            for (DecisionTable table : TABLES) {
                browser.open(site.page(area + "/decisions/" + table.id() + ".html"));
                long bottom = ((Number) browser.run("""
                        var first = document.querySelector('form[data-decision] .govuk-form-group input');
                        return Math.ceil(document.querySelector('label[for="' + first.id + '"]').getBoundingClientRect().bottom + window.scrollY);
                        """)).longValue();
                PHONE_REPORT.add(String.format("%-16s %-28s first answer ends at %5d px (%.2f screens)", area, table.id(), bottom,
                        bottom / (double) PhoneSearchBoxTest.PHONE_HEIGHT));
                if (bottom > 2 * PhoneSearchBoxTest.PHONE_HEIGHT) {
                    far.add(area + " " + table.id() + ": the first question's first answer ends " + bottom + " pixels down");
                }
            }
        }
        assertEquals(List.of(), far, "on a phone the first question is within two screens of " + PhoneSearchBoxTest.PHONE_HEIGHT + " pixels");
    }

    /**
     * On a phone, with taps on a touch screen, a reader answers the first question the helper shows
     * that they have not answered, as one of the table's equivalence classes does, until the outcome
     * is decided. After every tap: the outcome is shown exactly when the engine's partial decision
     * says the answers given decide it, and is that outcome; the questions shown are those answered
     * and those that can still change the outcome, no others; and after the tap that decides (or
     * changes) the outcome, the focus is on the result's heading and the result is on the screen.
     * 'Start again', tapped, clears it all.
     */
    @Test
    void answeredByTouchOnAPhoneTheHelperAsksOnlyWhatCanChangeTheOutcomeAndShowsItOnScreenAsSoonAsItIsDecided(Site site,
            Chromium browser) {
        browser.windowSize(PhoneSearchBoxTest.PHONE_WIDTH, PhoneSearchBoxTest.PHONE_HEIGHT);
        Touch.screen(browser, true);
        List<String> wrong = new ArrayList<>();
        int paths = 0;
        try {
            for (String area : site.areas()) {
                for (DecisionTable table : TABLES) {
                    browser.open(site.page(area + "/decisions/" + table.id() + ".html"));
                    for (int[] combination : spread(table, PATHS_PER_TABLE)) {
                        String path = area + " " + table.id() + " " + EquivalenceClasses.of(table).describe(combination);
                        int asked = answerByTouch(browser, table, combination, path, wrong);
                        PHONE_REPORT.add(String.format("%-16s %-28s %d of %d questions asked for %s", area, table.id(), asked,
                                table.inputs().size(), EquivalenceClasses.of(table).describe(combination)));
                        Touch.tap(browser, browser.driver().findElement(By.xpath("//button[normalize-space()='Start again']")));
                        browser.waitFor("return document.querySelector('[data-decision-result]').getAttribute('data-outcome') === ''",
                                "the outcome to clear after 'Start again'");
                        check(browser, table, Map.of(), false, path + ", after 'Start again'", wrong);
                        paths++;
                    }
                }
            }
        } finally {
            Touch.screen(browser, false);
            browser.windowSize(Chromium.DESKTOP_WIDTH, Chromium.DESKTOP_HEIGHT);
        }
        assertTrue(paths >= site.areas().size() * TABLES.size(), "every table in every area was answered: " + paths);
        assertEquals(List.of(), wrong, wrong.size() + " things wrong on " + paths + " paths through the helpers");
    }

    /** Answers by touch until the outcome is decided; gives the number of questions answered. */
    private static int answerByTouch(Chromium browser, DecisionTable table, int[] combination, String path, List<String> wrong) {
        WebDriver driver = browser.driver();
        Map<String, Object> given = new LinkedHashMap<>();
        while (!DecisionEngine.decidePartly(table, given).decided()) {
            @SuppressWarnings("unchecked")
            List<String> shown = (List<String>) browser.run(SHOWN_QUESTIONS);
            Optional<String> next = shown.stream().filter(id -> !given.containsKey(id)).findFirst();
            if (next.isEmpty()) {
                wrong.add(path + ": not decided after " + given + ", but no question is left to answer");
                break;
            }
            Input input = table.input(next.get()).orElseThrow();
            String value = input.value(combination[table.inputPosition(input.id())]);
            if (input instanceof IntegerInput number && number.hasChecklist()) {
                List<WebElement> items = driver.findElements(By.cssSelector("input[name='" + input.id() + "']:not([data-behaviour=exclusive])"));
                int ticks = Integer.parseInt(value);
                List<WebElement> taps = ticks == 0 ? List.of(driver.findElement(By.id(input.id() + "-none"))) : items.subList(0, ticks);
                for (int tick = 0; tick < taps.size(); tick++) {
                    Optional<Outcome> before = DecisionEngine.decidePartly(table, given).outcome();
                    tapLabelOf(browser, taps.get(tick));
                    given.put(input.id(), ticks == 0 ? 0 : tick + 1);
                    check(browser, table, given, !DecisionEngine.decidePartly(table, given).outcome().equals(before), path, wrong);
                }
            } else if (input instanceof IntegerInput) {
                Optional<Outcome> before = DecisionEngine.decidePartly(table, given).outcome();
                WebElement field = driver.findElement(By.id(input.id() + "-answer"));
                Touch.tap(browser, field);
                // Enter, or the phone keyboard's Go, commits the number as leaving the field does
                field.sendKeys(value, Keys.ENTER);
                given.put(input.id(), value);
                check(browser, table, given, !DecisionEngine.decidePartly(table, given).outcome().equals(before), path, wrong);
            } else {
                Optional<Outcome> before = DecisionEngine.decidePartly(table, given).outcome();
                tapLabelOf(browser, driver.findElement(By.id(input.id() + "-" + value)));
                given.put(input.id(), value);
                check(browser, table, given, !DecisionEngine.decidePartly(table, given).outcome().equals(before), path, wrong);
            }
        }
        return given.size();
    }

    /** Taps a radio's or tick box's label, as GOV.UK's own is what a finger meets, and waits for the tick. */
    private static void tapLabelOf(Chromium browser, WebElement control) {
        Touch.tap(browser, browser.driver().findElement(By.cssSelector("label[for='" + control.getAttribute("id") + "']")));
        browser.waitFor("return document.getElementById('" + control.getAttribute("id") + "').checked",
                "a tap to tick " + control.getAttribute("id"));
    }

    /** What the page shows after answers {@code given}, against the engine's partial decision. */
    private static void check(Chromium browser, DecisionTable table, Map<String, Object> given, boolean justDecided, String path,
            List<String> wrong) {
        PartialDecision expected = DecisionEngine.decidePartly(table, given);
        String where = path + ", after " + given + ": ";
        Object shown = browser.run("return JSON.parse(document.querySelector('[data-decision-result]').getAttribute('data-outcome') || 'null')");
        Object outcome = expected.outcome().map(decided -> expected(table, decided)).orElse(null);
        if (!Objects.equals(outcome, shown)) {
            wrong.add(where + "the helper shows " + shown + ", the engine decides " + outcome);
        }
        List<String> questions = table.inputs().stream().map(Input::id)
                .filter(id -> given.containsKey(id) || expected.needed().contains(id)).toList();
        Object asked = browser.run(SHOWN_QUESTIONS);
        if (!questions.equals(asked)) {
            wrong.add(where + "the helper shows questions " + asked + ", but only " + questions + " are answered or can change the outcome");
        }
        if (justDecided && expected.decided()) {
            Object inView = browser.run("""
                    var heading = document.querySelector('[data-decision-result] h2');
                    var first = document.querySelector('[data-decision-result] .app-outcome h3');
                    function seen(element) {
                      var box = element.getBoundingClientRect();
                      var top = document.elementFromPoint(box.left + 5, box.top + box.height / 2);
                      return top !== null && element.contains(top) && box.bottom <= window.innerHeight;
                    }
                    // on the screen and not under anything that stays on it, such as 'Exit this page'
                    return heading !== null && first !== null && document.activeElement === heading && seen(heading) && seen(first);
                    """);
            if (!Boolean.TRUE.equals(inView)) {
                wrong.add(where + "the answer decided the outcome, but its heading is not focused, with it and the outcome's label on the screen and uncovered");
            }
        }
    }

    /** In every area, a record of the first table's first case: the area, the outcome and the school's blanks. */
    @Test
    void aPrintedRecordHoldsTheAnswersTheOutcomeAndSpacesForTheSchool(Site site, Chromium browser) {
        browser.windowSize(Chromium.DESKTOP_WIDTH, Chromium.DESKTOP_HEIGHT);
        Content content = PublishedSite.content();
        DecisionTable table = TABLES.get(0);
        int[] combination = spread(table, 1).get(0);
        Outcome outcome = DecisionEngine.evaluate(table, combination).outcome();
        for (String area : site.areas()) {
            browser.open(site.page(area + "/decisions/" + table.id() + ".html"));
            answer(browser, table, combination);
            // print() would open a dialog; the record is what it prints
            browser.run("window.print = function () {}");
            browser.driver().findElement(By.xpath("//button[normalize-space()='Print a record of this decision']")).click();
            browser.emulatePrint(true);

            String record = browser.driver().findElement(By.cssSelector("[data-decision-record]")).getText();
            browser.screenshot(ScreenshotsTest.FOLDER.resolve(area + "-decision-record-print.png"));
            Object helperPrinted = browser.run("return document.querySelector('.app-decision-helper').checkVisibility()");
            browser.emulatePrint(false);

            List<String> expected = new ArrayList<>(List.of("Decision record", content.area(area).orElseThrow().name(),
                    "Questions and answers", "Pupil's initials or reference", "Date of the incident",
                    "Police or children's social care reference number", "Name and role of the person deciding",
                    "If you decided not to refer: your reasons"));
            table.outputs().forEach(output -> output.values().stream()
                    .filter(value -> outcome.values().getOrDefault(output.id(), List.of()).contains(value.id()))
                    .forEach(value -> expected.add(value.label())));
            for (String text : expected) {
                assertTrue(record.contains(text), area + ": the record has \"" + text + "\":\n" + record);
            }
            assertTrue(record.matches("(?s).*Date and time\\s+\\d{1,2} \\w+ \\d{4}.*"), record);
            assertEquals(Boolean.FALSE, helperPrinted, area + ": printing a record prints the record alone");
        }
    }

    @AfterAll
    static void writePhoneReport() throws IOException {
        Path report = Path.of("target/browser/decision-helper-phone.txt");
        Files.createDirectories(report.getParent());
        Files.write(report, PHONE_REPORT);
    }

    /** About {@code count} of the table's equivalence classes, from first to last. */
    static List<int[]> spread(DecisionTable table, int count) {
        List<int[]> all = EquivalenceClasses.of(table).representatives(4096);
        List<int[]> chosen = new ArrayList<>();
        int step = Math.max(1, all.size() / count);
        for (int i = 0; i < all.size() && chosen.size() < count; i += step) {
            chosen.add(all.get(i));
        }
        return chosen;
    }

    /** Starts again, then answers every question as the combination says, as a reader would. */
    private static void answer(Chromium browser, DecisionTable table, int[] combination) {
        List<Map<String, String>> answers = new ArrayList<>();
        for (int i = 0; i < combination.length; i++) {
            Input input = table.inputs().get(i);
            String kind = input instanceof IntegerInput number
                    ? (number.checklist().isEmpty() ? "number" : "checklist")
                    : "choice";
            answers.add(Map.of("input", input.id(), "value", input.value(combination[i]), "kind", kind));
        }
        browser.run(ANSWER, answers);
        // 'Start again' clears the form a moment after its click; the answers are read once it has
        browser.waitFor("return document.querySelector('[data-decision-result]').getAttribute('data-outcome') !== ''",
                "an outcome for " + EquivalenceClasses.of(table).describe(combination));
    }

    /** The engine's outcome as the helper writes it: a value per output, or a list under {@code collect}. */
    private static Map<String, Object> expected(DecisionTable table, Outcome outcome) {
        Map<String, Object> expected = new LinkedHashMap<>();
        outcome.values().forEach((output, values) ->
                expected.put(output, table.hitPolicy() == HitPolicy.COLLECT ? values : values.get(0)));
        return expected;
    }
}
