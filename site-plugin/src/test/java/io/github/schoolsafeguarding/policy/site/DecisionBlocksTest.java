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
}
