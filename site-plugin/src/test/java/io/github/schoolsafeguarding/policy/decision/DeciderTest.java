package io.github.schoolsafeguarding.policy.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.schoolsafeguarding.policy.check.ContentException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeciderTest {

    @TempDir
    Path folder;

    Decider decider;

    @BeforeEach
    void setUp() throws IOException, ContentException {
        Files.writeString(folder.resolve("age-check.yaml"), """
                id: age-check
                question: Which group?
                hit_policy: first
                sources: [test]
                inputs:
                  - id: age
                    question: How old?
                    help: In years.
                    type: integer
                    min: 0
                    max: 17
                  - id: context
                    question: What kind?
                    help: Pick one.
                    type: enum
                    values:
                      - {id: romantic, label: Romantic}
                      - {id: other, label: Other}
                outputs:
                  - id: group
                    label: Group
                    values:
                      - {id: young, label: Young, text: Under 13.}
                      - {id: older, label: Older, text: 13 or over.}
                rules:
                  - when: {age: "< 13"}
                    then: {group: young}
                    why: Under 13.
                    source: test
                  - then: {group: older}
                    why: Everyone else.
                    source: test
                examples:
                  - {name: Twelve, source: test, given: {age: 12, context: other}, expect: {group: young}}
                  - {name: Fifteen, source: test, given: {age: 15, context: romantic}, expect: {group: older}}
                """);
        decider = Decider.load(folder);
    }

    @Test
    void decidesOneCaseAsALineOfTypedJson() {
        assertEquals("{\"table\":\"age-check\",\"given\":{\"age\":14,\"context\":\"romantic\"},\"outcome\":{\"group\":\"older\"},\"rule\":2}",
                decider.decide("age-check", Decider.parseGiven("context=romantic, age=14")));
    }

    @Test
    void givesACollectTablesOutcomesAsListsEvenWhenOneRuleMatches() throws IOException, ContentException {
        Files.writeString(folder.resolve("age-check.yaml"), Files.readString(folder.resolve("age-check.yaml"))
                .replace("hit_policy: first", "hit_policy: collect")
                .replace("- then: {group: older}", "- when: {age: \">= 10\"}\n    then: {group: older}")
                .replace("expect: {group: young}", "expect: {group: [young, older]}")
                .replace("given: {age: 15, context: romantic}, expect: {group: older}",
                        "given: {age: 15, context: romantic}, expect: {group: [older]}"));
        Decider collecting = Decider.load(folder);

        assertEquals("{\"group\":[\"young\",\"older\"]}", outcome(collecting.decide("age-check", Map.of("age", "12", "context", "other"))));
        assertEquals("{\"group\":[\"older\"]}", outcome(collecting.decide("age-check", Map.of("age", "15", "context", "other"))));
    }

    private static String outcome(String decision) {
        return decision.replaceFirst(".*\"outcome\":(\\{[^}]*}).*", "$1");
    }

    @Test
    void decidesEveryScenarioOfAFile() throws IOException, ContentException {
        Path scenarios = Files.writeString(folder.resolve("cases.yml"), """
                - table: age-check
                  given: {age: 3, context: other}
                - table: age-check
                  given: {age: 17, context: other}
                """);

        List<String> lines = decider.decideAll(scenarios);

        assertEquals(List.of("\"rule\":1}", "\"rule\":2}"), lines.stream().map(line -> line.substring(line.lastIndexOf(",") + 1)).toList());
    }

    @Test
    void namesTheScenarioLineWhenACaseDoesNotFit() throws IOException {
        Path scenarios = Files.writeString(folder.resolve("cases.yml"), """
                - table: age-check
                  given: {age: 3, context: other}
                - table: age-check
                  given: {age: 30, context: other}
                """);

        DecisionException failure = assertThrows(DecisionException.class, () -> decider.decideAll(scenarios));

        assertEquals(scenarios + ":3:3: 'age' cannot be '30' in table 'age-check': give a whole number from 0 to 17",
                failure.getMessage());
    }

    @Test
    void refusesUnknownTablesAndMalformedAnswers() {
        assertEquals("there is no table 'age'; the tables are age-check",
                assertThrows(DecisionException.class, () -> decider.decide("age", Map.of())).getMessage());
        assertEquals("'age' is not an answer: write input=value, for example under_13=true",
                assertThrows(DecisionException.class, () -> Decider.parseGiven("age")).getMessage());
    }
}
