package io.github.schoolsafeguarding.guidance.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.check.Problems;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The helper on every decision page of every area, driven as a reader drives it (clicking the
 * labels of radios and tick boxes, typing numbers) through the DOM contract of
 * {@code shared/spec/decision-tables.md}: for a spread of the table's equivalence classes, the
 * outcome it publishes in {@code data-outcome} is the Java engine's.
 */
@ExtendWith(SiteInChromium.class)
class DecisionHelperTest {

    /** Cases driven through each helper in each area, spread over the table's equivalence classes. */
    static final int CASES_PER_TABLE = 6;

    /**
     * Answers the form as a reader does, by clicking: 'Start again', then for each answer the label of
     * its radio, the labels of as many tick boxes as the count, or the number typed into its field
     * (with the input event typing sends). One script per case keeps the test quick.
     */
    private static final String ANSWER = """
            var form = document.querySelector('form[data-decision]');
            var answers = arguments[0];
            function click(id) { document.querySelector('label[for="' + id + '"]').click(); }
            [].find.call(form.querySelectorAll('button'), function (b) { return b.textContent.trim() === 'Start again'; }).click();
            answers.forEach(function (answer) {
              if (answer.kind === 'checklist') {
                var boxes = form.querySelectorAll('input[name="' + answer.input + '"]');
                for (var i = 0; i < Number(answer.value); i++) { click(boxes[i].id); }
              } else if (answer.kind === 'number') {
                var field = document.getElementById(answer.input + '-answer');
                field.value = answer.value;
                field.dispatchEvent(new Event('input', {bubbles: true}));
              } else {
                click(answer.input + '-' + answer.value);
              }
            });
            """;

    static final List<DecisionTable> TABLES = DecisionTableReader.readAll(Path.of("content/decisions"), new Problems());

    @Test
    void everyHelperShowsTheOutcomeTheJavaEngineDecides(Site site, Chromium browser) {
        List<String> wrong = new ArrayList<>();
        int driven = 0;
        for (String area : site.areas()) {
            for (DecisionTable table : TABLES) {
                browser.open(site.page(area + "/decisions/" + table.id() + ".html"));
                for (int[] combination : spread(table)) {
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
            }
        }
        assertEquals(List.of(), wrong, wrong.size() + " of " + driven + " cases differ");
    }

    @Test
    void theOutcomeAppearsOnlyOnceEveryQuestionIsAnsweredAndStartAgainClearsIt(Site site, Chromium browser) {
        DecisionTable table = TABLES.stream().filter(t -> t.id().equals("sharing-nudes-referral")).findFirst().orElseThrow();
        browser.open(site.page("london/decisions/sharing-nudes-referral.html"));
        WebDriver driver = browser.driver();
        String outcome = "return document.querySelector('[data-decision-result]').getAttribute('data-outcome')";

        assertEquals("", browser.run(outcome));
        for (int i = 0; i < table.inputs().size() - 1; i++) {
            click(driver, table.inputs().get(i).id() + "-false");
        }
        assertEquals("", browser.run(outcome), "not every question has an answer yet");
        click(driver, table.inputs().get(table.inputs().size() - 1).id() + "-true");
        assertEquals("{\"action\":\"refer-police-and-social-care\"}", browser.run(outcome));
        String shown = driver.findElement(By.cssSelector("[data-decision-result]")).getText();
        assertTrue(shown.contains("What to do") && shown.contains("Why"), shown);
        assertTrue(!driver.findElements(By.cssSelector("[data-decision-result] a[href^='tel:']")).isEmpty(),
                "the area's numbers are links to call");

        driver.findElement(By.xpath("//button[normalize-space()='Start again']")).click();
        browser.waitFor("return document.querySelector('[data-decision-result]').getAttribute('data-outcome') === ''",
                "the outcome to clear after 'Start again'");
    }

    @Test
    void aPrintedRecordHoldsTheAnswersTheOutcomeAndSpacesForTheSchool(Site site, Chromium browser) {
        browser.open(site.page("north-somerset/decisions/sexting-incident-type.html"));
        WebDriver driver = browser.driver();
        click(driver, "adult_involved-false");
        click(driver, "intent_to_harm-false");
        click(driver, "without_consent-false");
        click(driver, "context-romantic");
        // print() would open a dialog; the record is what it prints
        browser.run("window.print = function () {}");
        driver.findElement(By.xpath("//button[normalize-space()='Print a record of this decision']")).click();
        browser.emulatePrint(true);

        String record = driver.findElement(By.cssSelector("[data-decision-record]")).getText();
        browser.screenshot(ScreenshotsTest.FOLDER.resolve("north-somerset-decision-record-print.png"));
        Object helperPrinted = browser.run("return document.querySelector('.app-decision-helper').checkVisibility()");
        browser.emulatePrint(false);

        for (String expected : List.of("Decision record", "North Somerset", "Two young people in a relationship", "Questions and answers",
                "Pupil's initials or reference", "Date of the incident", "Police or children's social care reference number",
                "Name and role of the person deciding", "If you decided not to refer: your reasons")) {
            assertTrue(record.contains(expected), "the record has \"" + expected + "\":\n" + record);
        }
        assertTrue(record.matches("(?s).*Date and time\\s+\\d{1,2} \\w+ \\d{4}.*"), record);
        assertEquals(Boolean.FALSE, helperPrinted, "printing a record prints the record alone");
    }

    /** About {@link #CASES_PER_TABLE} of the table's equivalence classes, from first to last. */
    static List<int[]> spread(DecisionTable table) {
        List<int[]> all = EquivalenceClasses.of(table).representatives(4096);
        List<int[]> chosen = new ArrayList<>();
        int step = Math.max(1, all.size() / CASES_PER_TABLE);
        for (int i = 0; i < all.size() && chosen.size() < CASES_PER_TABLE; i += step) {
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

    /** Clicks a radio or tick box by its label: GOV.UK draws its own, so the input itself is transparent. */
    private static void click(WebDriver driver, String inputId) {
        driver.findElement(By.cssSelector("label[for='" + inputId + "']")).click();
    }

    /** The engine's outcome as the helper writes it: a value per output, or a list under {@code collect}. */
    private static Map<String, Object> expected(DecisionTable table, Outcome outcome) {
        Map<String, Object> expected = new LinkedHashMap<>();
        outcome.values().forEach((output, values) ->
                expected.put(output, table.hitPolicy() == HitPolicy.COLLECT ? values : values.get(0)));
        return expected;
    }
}
