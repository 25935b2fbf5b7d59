package io.github.schoolsafeguarding.policy.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.check.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionTableReaderTest {

    /** A valid table; the error tests change one line of it, so their line numbers refer to this text. */
    private static final String TABLE = """
            id: t
            question: What happens?
            hit_policy: first
            sources: [north-somerset-flowchart]
            inputs:
              - {id: adult, question: 'Adult?', help: Any adult., type: boolean}
              - id: context
                question: Why was it sent?
                help: Ask.
                type: enum
                values:
                  - {id: romantic, label: Romantic}
                  - {id: attention-seeking, label: Attention}
                  - {id: other, label: Other}
              - {id: age, question: 'How old?', help: Years., type: integer, min: 0, max: 17}
            outputs:
              - id: action
                label: Action
                values:
                  - {id: refer, label: Refer, text: Refer now., contacts: [police-non-emergency], seriousness: referral}
                  - {id: handle, label: Handle, text: Handle in school.}
            rules:
              - when: {adult: true}
                then: {action: refer}
                why: Adults.
                source: north-somerset-flowchart
              - when:
                  context: not [romantic]
                  age: "< 13"
                then: {action: refer}
                why: Young.
                source: north-somerset-flowchart
              - then: {action: handle}
                why: Otherwise.
                source: north-somerset-flowchart
            examples:
              - name: adult
                source: north-somerset-flowchart
                given: {adult: true, context: romantic, age: 15}
                expect: {action: refer}
            """;

    @TempDir
    Path dir;

    @Test
    void readsEveryPartOfATable() throws IOException {
        DecisionTable table = read(TABLE).orElseThrow();

        assertEquals("t", table.id());
        assertEquals(HitPolicy.FIRST, table.hitPolicy());
        assertEquals(List.of("adult", "context", "age"), table.inputs().stream().map(Input::id).toList());
        assertEquals(new IntegerInput("age", "How old?", "Years.", 0, 17, List.of(), table.inputs().get(2).location()),
                table.inputs().get(2));
        assertEquals(List.of("police-non-emergency"), table.outputs().get(0).value("refer").orElseThrow().contacts());
        assertEquals(Optional.of(Seriousness.REFERRAL), table.outputs().get(0).value("refer").orElseThrow().seriousness());
        assertEquals(Optional.empty(), table.outputs().get(0).value("handle").orElseThrow().seriousness(), "seriousness is optional");
        Rule second = table.rules().get(1);
        assertEquals(List.of(AnyValue.INSTANCE, new ValueSet(List.of("romantic"), true), new IntegerInterval(0, 12)), second.when());
        assertEquals(27, second.location().line());
        assertEquals("{action=handle}", table.rules().get(2).then().toString());
        assertEquals(Outcome.of(Map.of("action", "refer")), table.examples().get(0).expect());
    }

    @Test
    void readsTheCanonicalTableInTheContent() {
        Problems problems = new Problems();
        Optional<DecisionTable> table = DecisionTableReader.read(Path.of("../content/decisions/sharing-nudes-referral.yaml"), problems);

        assertEquals(List.of(), problems.all());
        assertEquals(5, table.orElseThrow().inputs().size());
    }

    @Test
    void normalisesEveryIntegerFormToAClippedInterval() throws IOException {
        assertCondition("age: 14", new IntegerInterval(14, 14));
        assertCondition("age: < 13", new IntegerInterval(0, 12));
        assertCondition("age: <= 12", new IntegerInterval(0, 12));
        assertCondition("age: '> 15'", new IntegerInterval(16, 17));
        assertCondition("age: \">= 16\"", new IntegerInterval(16, 17));
        assertCondition("age: \"[13..15]\"", new IntegerInterval(13, 15));
        assertCondition("age: [13..15]", new IntegerInterval(13, 15));
        assertCondition("age: \"[10..40]\"", new IntegerInterval(10, 17));
    }

    @Test
    void readsValueSetsAndTheWaysOfSayingAny() throws IOException {
        assertCondition("context: romantic", new ValueSet(List.of("romantic"), false));
        assertCondition("context: [other, romantic]", new ValueSet(List.of("romantic", "other"), false));
        assertCondition("context: not [romantic, other]", new ValueSet(List.of("romantic", "other"), true));
        assertCondition("context: not other", new ValueSet(List.of("other"), true));
        assertCondition("context: any", AnyValue.INSTANCE);
        assertCondition("context: '-'", AnyValue.INSTANCE);
        assertCondition("context:", AnyValue.INSTANCE);
    }

    @Test
    void reportsAnUnknownInputWhereItIsWritten() throws IOException {
        assertOnlyProblem(TABLE.replace("- when: {adult: true}", "- when: {adlut: true}"),
                "t.yaml:23:12: the table has no input 'adlut' — did you mean 'adult'? its inputs are adult, context, age",
                "decision.unknown-input");
    }

    @Test
    void reportsASeriousnessThatIsNotALevel() throws IOException {
        assertOnlyProblem(TABLE.replace("seriousness: referral", "seriousness: refferal"),
                "t.yaml:20:100: outcome 'refer' has seriousness 'refferal', which is not a level — did you mean 'referral'?"
                        + " the levels, most serious first, are emergency, referral, advice, dsl, school, information",
                "decision.unknown-seriousness");
    }

    @Test
    void reportsAValueOutsideTheInputsSet() throws IOException {
        assertOnlyProblem(TABLE.replace("not [romantic]", "not [romantik]"),
                "t.yaml:28:16: 'romantik' is not a value of 'context' — did you mean 'romantic'? its values are romantic, attention-seeking, other",
                "decision.unknown-value");
    }

    @Test
    void reportsAMalformedConditionListingTheAcceptedForms() throws IOException {
        assertOnlyProblem(TABLE.replace("age: \"< 13\"", "age: under 13"),
                "t.yaml:29:12: 'under 13' is not a condition for integer input 'age' — write 14, < 13, <= 12, > 15, \">= 16\" or \"[13..15]\""
                        + " (quote forms that start with > or [), or any",
                "decision.bad-condition");
        assertOnlyProblem(TABLE.replace("{adult: true}", "{adult: maybe}"),
                "t.yaml:23:19: 'maybe' is not a condition for boolean input 'adult' — write true or false, or any (or leave the input out)"
                        + " when the answer does not matter",
                "decision.bad-condition");
    }

    @Test
    void reportsAConditionNoAnswerMeets() throws IOException {
        assertOnlyProblem(TABLE.replace("age: \"< 13\"", "age: \"< 0\""),
                "t.yaml:29:12: the condition on 'age' matches none of its values (a whole number from 0 to 17)"
                        + " — correct the condition, or remove the rule if it can never apply",
                "decision.empty-condition");
    }

    @Test
    void reportsARuleThatDoesNotGiveEveryOutput() throws IOException {
        assertOnlyProblem(TABLE.replace("then: {action: handle}", "then: {}"),
                "t.yaml:33:11: no value is given for action — every rule and example gives every output: add action: ...",
                "decision.missing-output");
    }

    @Test
    void reportsDuplicateAndMalformedIds() throws IOException {
        assertOnlyProblem(TABLE.replace("{id: attention-seeking,", "{id: other,"),
                "t.yaml:14:14: there are two values with id 'other' — give each value its own id", "decision.duplicate-id");
        assertOnlyProblem(TABLE.replace("{id: attention-seeking,", "{id: Attention_Seeking,"),
                "t.yaml:13:14: 'Attention_Seeking' is not a valid value id — write value ids in kebab-case"
                        + " (lower-case letters, digits and hyphens, such as dsl-risk-assessment)",
                "decision.bad-id");
    }

    @Test
    void reportsATableWhoseIdIsNotItsFileName() throws IOException {
        assertOnlyProblem(TABLE.replace("id: t\n", "id: other\n"),
                "t.yaml:1:5: the table's id 'other' differs from its file name — rename the file to other.yaml or set 'id: t'",
                "decision.id-not-file-name");
    }

    @Test
    void reportsAnExampleWithAnUnknownOrMissingInput() throws IOException {
        assertOnlyProblem(TABLE.replace("given: {adult: true, context: romantic, age: 15}", "given: {adult: true, context: romantic, agee: 15}"),
                "t.yaml:39:45: the table has no input 'agee' — did you mean 'age'? its inputs are adult, context, age",
                "decision.unknown-input",
                "t.yaml:39:12: the example gives no answer for age — an example answers every input: add age: ...",
                "decision.example-missing-input");
    }

    @Test
    void reportsAnExampleAnswerOutsideTheInputsValues() throws IOException {
        assertOnlyProblem(TABLE.replace("age: 15}", "age: 18}"),
                "t.yaml:39:50: '18' is not an answer to 'age' — give a whole number from 0 to 17", "decision.value-not-allowed");
    }

    @Test
    void reportsASourceTheTableDoesNotName() throws IOException {
        assertOnlyProblem(TABLE.replace("why: Otherwise.\n    source: north-somerset-flowchart", "why: Otherwise.\n    source: ukccis"),
                "t.yaml:35:13: 'ukccis' is not one of the table's sources — use one of north-somerset-flowchart, or add it to 'sources'",
                "decision.unknown-source");
    }

    @Test
    void reportsAnUnknownKeyWithTheKeyItProbablyMeant() throws IOException {
        assertOnlyProblem(TABLE.replace("    why: Young.", "    wyh: Young."),
                "t.yaml:31:5: unknown key 'wyh' — did you mean 'why'?", "yaml.unknown-key",
                "t.yaml:27:5: 'why' is missing — add 'why:' with a short reason, citing the source", "yaml.missing-key");
    }

    @Test
    void readsAListOfValuesInTheExampleOfACollectTable() throws IOException {
        DecisionTable table = read(TABLE.replace("hit_policy: first", "hit_policy: collect")
                .replace("expect: {action: refer}", "expect: {action: [refer, handle]}")).orElseThrow();

        assertEquals(new Outcome(Map.of("action", List.of("refer", "handle"))), table.examples().get(0).expect());
    }

    @Test
    void derivesTheBoundsOfAChecklistInput() throws IOException {
        DecisionTable table = read(TABLE.replace("{id: age, question: 'How old?', help: Years., type: integer, min: 0, max: 17}", """
                  {id: age, question: 'Signs?', help: Tick., type: integer, checklist: [{id: a, label: A}, {id: b, label: B}]}
                """.strip()).replace("age: 15}", "age: 2}")).orElseThrow();

        IntegerInput signs = (IntegerInput) table.inputs().get(2);
        assertEquals(List.of(0, 2, 2), List.of(signs.min(), signs.max(), signs.checklist().size()));
    }

    private void assertCondition(String when, Condition expected) throws IOException {
        DecisionTable table = read(TABLE.replace("context: not [romantic]\n      age: \"< 13\"", when)).orElseThrow();
        Input input = table.input(when.substring(0, when.indexOf(':'))).orElseThrow();
        assertEquals(expected, table.rules().get(1).when().get(table.inputs().indexOf(input)), when);
    }

    /** Expects exactly the given problems, given as pairs of the formatted problem and its id. */
    private void assertOnlyProblem(String yaml, String... formsAndIds) throws IOException {
        Problems problems = new Problems();
        Optional<DecisionTable> table = DecisionTableReader.read(write(yaml), problems);
        assertTrue(table.isEmpty(), "a table with errors is not returned");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < formsAndIds.length; i += 2) {
            expected.add(formsAndIds[i + 1] + " " + formsAndIds[i]);
        }
        List<String> actual = problems.all().stream().map(problem -> problem.id() + " " + problem.format(dir)).toList();
        assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList());
    }

    private Optional<DecisionTable> read(String yaml) throws IOException {
        Problems problems = new Problems();
        Optional<DecisionTable> table = DecisionTableReader.read(write(yaml), problems);
        assertEquals(List.of(), problems.all());
        return table;
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("t.yaml"), yaml);
    }
}
