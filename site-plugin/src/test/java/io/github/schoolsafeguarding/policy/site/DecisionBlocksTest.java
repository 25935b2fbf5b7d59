package io.github.schoolsafeguarding.policy.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.ContentFixture;
import io.github.schoolsafeguarding.policy.check.ContentException;
import io.github.schoolsafeguarding.policy.check.Problem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionBlocksTest {

    @TempDir
    Path folder;

    ContentFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ContentFixture(folder);
        fixture.write("content/decisions/call.yaml", """
                id: call
                question: "Which number?"
                hit_policy: unique
                sources: [test-source]
                inputs:
                  - {id: danger, question: "Is anyone in danger?", help: Now., type: boolean}
                outputs:
                  - id: number
                    label: Number
                    values:
                      - {id: "999", label: Call 999, text: Call 999 now., contacts: [helpline]}
                      - {id: "101", label: Call 101, text: Call 101.}
                rules:
                  - {when: {danger: true}, then: {number: "999"}, why: Danger., source: test-source}
                  - {when: {danger: false}, then: {number: "101"}, why: No danger., source: test-source}
                examples:
                  - {name: Fire, source: test-source, given: {danger: true}, expect: {number: "999"}}
                  - {name: Graffiti, source: test-source, given: {danger: false}, expect: {number: "101"}}
                """);
        fixture.write("theme/templates/decision.mustache",
                "{{<base}}{{$title}}{{table.question}}{{/title}}{{$main}}{{#table}}<h1>{{question}}</h1>{{/table}}{{/main}}{{/base}}");
        fixture.write("theme/templates/decision-embed.mustache",
                "<table>{{#rules}}<tr><td>{{number}}</td></tr>{{/rules}}</table><a href=\"{{url}}\">open</a>");
        fixture.write("theme/templates/decision-example.mustache",
                "<div>{{name}}:{{#outcome}} {{label}}{{/outcome}} <a href=\"{{url}}\">table</a></div>");
    }

    SitePublisher publisher() {
        return SitePublisher.builder().today(ContentFixture.TODAY).content(fixture.content).theme(fixture.theme).build();
    }

    String exampleBlock(String expected) {
        return "Intro.\n\n```decision-example\ntable: call\nname: Graffiti on a wall\ngiven: {danger: false}\nexpect: {number: \""
                + expected + "\"}\n```\n";
    }

    /** A second table, "where", whose outcome "in" ends with {@code inOutcomeEnd} (such as ", next: call"). */
    void writeWhere(String inOutcomeEnd) {
        fixture.write("content/decisions/where.yaml", """
                id: where
                question: "Where is it?"
                hit_policy: unique
                sources: [test-source]
                inputs:
                  - {id: inside, question: "Is it inside?", help: Here., type: boolean}
                outputs:
                  - id: place
                    label: Place
                    values:
                      - {id: in, label: In, text: Inside.%s}
                      - {id: out, label: Out, text: Outside.}
                rules:
                  - {when: {inside: true}, then: {place: in}, why: In., source: test-source}
                  - {when: {inside: false}, then: {place: out}, why: Out., source: test-source}
                """.formatted(inOutcomeEnd));
    }

    @Test
    void embedsATableAndACheckedWorkedExampleWithLinksToTheTablePage() throws ContentException {
        fixture.page("pages/incidents/call.md", "When to call", 10, "```decision-table call\n```\n\n" + exampleBlock("101"));

        publisher().publish(folder.resolve("site"));

        String page = fixture.read("site/north/incidents/call.html");
        assertTrue(page.contains("<table><tr><td>1</td></tr><tr><td>2</td></tr></table><a href=\"../decisions/call.html\">open</a>"), page);
        assertTrue(page.contains("<div>Graffiti on a wall: Call 101 <a href=\"../decisions/call.html\">table</a></div>"), page);
        assertTrue(fixture.read("site/south/decisions/call.html").contains("<h1>Which number?</h1>"));
    }

    @Test
    void aWorkedExampleThatDisagreesWithTheTableFailsNamingPageLineAndBothOutcomes() {
        fixture.page("pages/incidents/call.md", "When to call", 10, exampleBlock("999"));

        List<Problem> problems = errors(publisher().check());

        assertEquals(List.of("content/pages/incidents/call.md:13:1: example 'Graffiti on a wall' of table 'call' expects"
                + " number=999, but the table gives number=101 (rule 2) — if the example is right, correct the rules;"
                + " otherwise correct the example"),
                problems.stream().map(problem -> problem.format(folder)).toList());
    }

    @Test
    void anUnknownTableIsNamedWithTheKnownOnes() {
        fixture.page("pages/incidents/call.md", "When to call", 10, "```decision-table cal\n```\n");

        Problem problem = SitePublisherTest.only(errors(publisher().check()));

        assertEquals("there is no decision table 'cal'", problem.message());
        assertEquals(10, problem.location().line());
    }

    @Test
    void aTableThatCannotBeReadGivesItsOwnErrorOnlyAndNotOneOnEachPageThatUsesIt() {
        fixture.write("content/decisions/call.yaml", fixture.read("content/decisions/call.yaml")
                .replace("hit_policy: unique\n", "hit_policy: unique\nhit_policy: first\n"));
        writeWhere(", next: call");
        fixture.page("pages/incidents/call.md", "When to call", 10, "```decision-table call\n```\n\n```decision-table where\n```\n\n"
                + exampleBlock("101") + "\nSee [the table](../decisions/call.md).\n");

        assertEquals(List.of("content/decisions/call.yaml:4:1: yaml.duplicate-key"),
                errors(publisher().check()).stream().map(problem -> problem.location().format(folder) + ": " + problem.id()).toList());
    }

    @Test
    void aTableThatDoesNotExistIsStillNamedWhereAPageUsesIt() {
        fixture.write("content/decisions/call.yaml", fixture.read("content/decisions/call.yaml")
                .replace("hit_policy: unique\n", "hit_policy: unique\nhit_policy: first\n"));
        fixture.page("pages/incidents/call.md", "When to call", 10, "```decision-table cal\n```\n");

        assertEquals(List.of("content/decisions/call.yaml:4:1: yaml.duplicate-key",
                        "content/pages/incidents/call.md:10:1: decision.unknown-table"),
                errors(publisher().check()).stream().map(problem -> problem.location().format(folder) + ": " + problem.id()).toList());
    }

    @Test
    void anOutcomeNamingRolesNobodyInTheAreaFillsIsAnError() {
        fixture.write("content/contacts.yaml", fixture.read("content/contacts.yaml").replace("roles: [helpline]", "roles: [other]"));

        List<String> messages = errors(publisher().check()).stream().map(Problem::message).toList();

        assertEquals(List.of("outcome '999' of table 'call' names helpline, but area 'north' has no contact in any of these roles",
                "outcome '999' of table 'call' names helpline, but area 'south' has no contact in any of these roles"), messages);
    }

    /** The errors alone: these pages show no table, which is also a warning, not what is tested here. */
    private static List<Problem> errors(List<Problem> problems) {
        return problems.stream().filter(Problem::isError).toList();
    }

    @Test
    void anOutcomeLinksToTheTableThatDecidesWhatComesNext() throws ContentException {
        fixture.write("content/decisions/call.yaml", fixture.read("content/decisions/call.yaml")
                .replace("{id: \"101\", label: Call 101, text: Call 101.}",
                        "{id: \"101\", label: Call 101, text: Call 101., next: where}"));
        writeWhere("");
        fixture.write("theme/templates/decision.mustache", "{{<base}}{{$main}}{{#table}}<h1>{{question}}</h1>"
                + "{{#outputs}}{{#values}}<p>{{label}}{{#next}} then <a href=\"{{url}}\">{{question}}</a>{{/next}}</p>"
                + "{{/values}}{{/outputs}}{{/table}}{{/main}}{{/base}}");
        fixture.page("pages/incidents/call.md", "When to call", 10, "```decision-table call\n```\n\n```decision-table where\n```\n");

        publisher().publish(folder.resolve("site"));

        String page = fixture.read("site/north/decisions/call.html");
        assertTrue(page.contains("<p>Call 101 then <a href=\"where.html\">Where is it?</a></p>"), page);
        assertTrue(page.contains("<p>Call 999</p>"), page);
    }

    @Test
    void anOutcomeCannotLeadToATableThatDoesNotExist() {
        fixture.write("content/decisions/call.yaml", fixture.read("content/decisions/call.yaml")
                .replace("text: Call 101.}", "text: Call 101., next: wher}"));
        fixture.page("pages/incidents/call.md", "When to call", 10, "```decision-table call\n```\n");

        assertEquals(List.of("content/decisions/call.yaml:12:61: outcome '101' leads to 'wher', which is not another"
                + " decision table — name one of "),
                errors(publisher().check()).stream().map(problem -> problem.format(folder)).toList());
    }

    @Test
    void noRuleMayRestOnASupersededSource() {
        fixture.write("content/sources.yaml", fixture.read("content/sources.yaml") + """
                old-flowchart:
                  title: An old flowchart
                  publisher: Test Board
                  superseded_by: test-source
                  checked: 2026-11-22
                  kept_because: The only source of the local route.
                  summary: Replaced.
                """);
        fixture.write("content/decisions/call.yaml", fixture.read("content/decisions/call.yaml")
                .replace("why: No danger., source: test-source", "why: No danger., source: old-flowchart")
                .replace("sources: [test-source]", "sources: [test-source, old-flowchart]"));
        fixture.page("pages/incidents/call.md", "When to call", 10, "```decision-table call\n```\n");

        assertEquals(List.of("content/decisions/call.yaml:15:5: rule 2 of 'call' rests on 'old-flowchart', which has"
                + " been superseded by test-source — check the rule against the current source; if it says the same,"
                + " make that the rule's 'source:' (and say so in 'why'), and if it differs, change the rule"),
                errors(publisher().check()).stream().map(problem -> problem.format(folder)).toList());
    }
}
