package io.github.schoolsafeguarding.policy.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.ContentFixture;
import io.github.schoolsafeguarding.policy.check.ContentException;
import io.github.schoolsafeguarding.policy.site.SitePublisher;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The legislation page says of every law whether it is still the law, and a page that cites a
 * repealed one as current fails the build at the line that cites it.
 */
class LegislationTest {

    /** The legislation page's body: its first line is line 11 of the file, after the layout's. */
    static final String LEGISLATION = """
            ## Test Act 2000

            ### Test Act 2000, section 1

            ```law
            status: repealed
            text: https://www.legislation.gov.uk/ukpga/2000/1/section/1
            checked: 2026-11-20
            repealed:
              on: 2024-01-31
              by: Newer Act 2023, section 9
              replaced_by: test-act-2000-section-2
            names: ["Old Shire Board"]
            ```

            The old offence of sharing a leaflet.

            ### Test Act 2000, section 2

            ```law
            status: amended
            text: https://www.legislation.gov.uk/ukpga/2000/1/section/2
            changes:
              - date: 2015-05-03
                by: Newer Act 2015, section 36
                what: Once is enough, where it was twice.
            ```

            The offence of sharing a leaflet now.

            ### Test Act 2000, section 3

            A section nobody has looked up.
            """;

    @TempDir
    Path folder;

    ContentFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ContentFixture(folder);
        fixture.page("pages/legislation.md", "Legislation", 90, LEGISLATION);
        fixture.layout("pages/legislation.md", "legislation");
    }

    List<String> problems(String prefix) {
        return SitePublisher.builder().content(fixture.content).theme(fixture.theme).today(ContentFixture.TODAY)
                .build().check().stream().filter(problem -> problem.id().startsWith(prefix))
                .map(problem -> problem.id() + " " + problem.format(folder)).toList();
    }

    /** A page of the incidents section with this body, its first line being line 10 of the file. */
    void page(String body) {
        fixture.page("pages/incidents/advice.md", "Advice", 20, body);
    }

    @Test
    void everySectionSaysWhetherItIsStillTheLaw() {
        assertEquals(List.of("law.no-status content/pages/legislation.md:41:1: 'Test Act 2000, section 3' does not say"
                + " whether it is still the law — read its current text on legislation.gov.uk and add a ```law block"
                + " under the heading with status (in-force, amended or repealed), text and checked"),
                problems("law."));
    }

    @Test
    void aPageThatLinksToARepealedSectionAsCurrentFailsAtTheLink() {
        page("""
                Sharing a leaflet is an offence under
                [section 1 of the Test Act 2000](../legislation.md#test-act-2000-section-1).
                """);

        assertEquals(List.of("law.repealed content/pages/incidents/advice.md:11:2: this cites Test Act 2000,"
                + " section 1 as if it were still the law, but it was repealed on 31 January 2024 by Newer Act 2023,"
                + " section 9 — cite Test Act 2000, section 2 instead (link to legislation.md#test-act-2000-section-2),"
                + " or, if the sentence is about the old law, say so in it (for example 'was repealed in 2024' or"
                + " 'until 2024')"), problems("law.repealed"));
    }

    @Test
    void aPageThatNamesARepealedSectionOrAnotherNameOfItFailsAtTheName() {
        page("""
                Read section 1 of the Test Act 2000 first.

                Tell the Old Shire Board.

                Section 2 of the Test Act 2000 is current.
                """);

        assertEquals(List.of("content/pages/incidents/advice.md:10:6", "content/pages/incidents/advice.md:12:10"),
                problems("law.repealed").stream().map(line -> line.split(" ")[1].replaceAll(":$", "")).toList());
    }

    @Test
    void aDecisionTablesReasonOrOutcomeThatNamesARepealedSectionFailsAtTheRuleOrOutput() {
        fixture.write("content/decisions/leaflet.yaml", """
                id: leaflet
                question: "Was a leaflet shared?"
                hit_policy: unique
                sources: [test-source]
                inputs:
                  - {id: shared, question: "Was it shared?", help: Ask., type: boolean}
                outputs:
                  - id: action
                    label: Action
                    values:
                      - {id: report, label: Report it, text: "It is an offence under section 1 of the Test Act 2000."}
                      - {id: none, label: Nothing to do, text: Nothing happened.}
                rules:
                  - {when: {shared: true}, then: {action: report}, why: "Test Act 2000, section 1 makes it an offence.", source: test-source}
                  - {when: {shared: false}, then: {action: none}, why: "Until 2024, Test Act 2000, section 1 applied.", source: test-source}
                """);

        assertEquals(List.of("content/decisions/leaflet.yaml:14:5", "content/decisions/leaflet.yaml:8:5"),
                problems("law.repealed").stream().map(line -> line.split(" ")[1].replaceAll(":$", "")).sorted().toList());
    }

    @Test
    void aSentenceThatSaysTheLawIsHistoricalMayCiteIt() {
        page("""
                Until 2024 this was an offence under section 1 of the Test Act 2000. It was
                [repealed](../legislation.md#test-act-2000-section-1), and the Old Shire Board was replaced.
                """);

        assertEquals(List.of(), problems("law.repealed"));
    }

    @Test
    void aStatusMustSayWhatChangedOrWhatRepealedIt() {
        fixture.write("content/pages/legislation.md", fixture.read("content/pages/legislation.md")
                .replace("changes:\n  - date: 2015-05-03\n    by: Newer Act 2015, section 36\n"
                        + "    what: Once is enough, where it was twice.\n", "")
                .replace("status: repealed", "status: gone"));

        List<String> found = problems("law.");
        assertTrue(found.contains("law.status content/pages/legislation.md:16:9: 'gone' is not a status a law can have"
                + " — write in-force, amended or repealed"), found::toString);
        assertTrue(found.contains("law.amended-without-changes content/pages/legislation.md:30:1: 'Test Act 2000,"
                + " section 2' is marked amended, but the block does not say what changed — add 'changes:' with each"
                + " change's date, the provision that made it (by) and what changed"), found::toString);
    }

    @Test
    void theLegislationPageAndTheComplianceReportShowEachLawsStatus() throws ContentException {
        fixture.write("content/pages/legislation.md", fixture.read("content/pages/legislation.md")
                .replace("A section nobody has looked up.", """
                        ```law
                        status: in-force
                        text: https://www.legislation.gov.uk/ukpga/2000/1/section/3
                        ```

                        A section nobody has looked up."""));
        fixture.write("theme/templates/compliance.mustache", "{{<base}}{{$main}}<h1>Report</h1>{{#report}}<p>{{laws_count}} laws,"
                + " {{laws_repealed}} repealed, {{laws_unchecked}} unchecked</p>{{#laws}}{{#items}}<p>{{name}}:"
                + " {{#status}}{{label}}{{/status}}</p>{{/items}}{{/laws}}{{/report}}{{/main}}{{/base}}");
        Path output = folder.resolve("site");

        try {
            SitePublisher.builder().content(fixture.content).theme(fixture.theme).today(ContentFixture.TODAY).build()
                    .publish(output);
        } catch (ContentException e) {
            throw new AssertionError(e.problems().toString(), e);
        }

        String legislation = fixture.read("site/north/legislation.html");
        assertTrue(legislation.contains("<p class=\"law-status\">Repealed 20 November 2026 by Newer Act 2023,"
                + " section 9</p>"), legislation);
        assertTrue(legislation.contains("<p class=\"law-status\">Amended </p>"), legislation);
        String report = fixture.read("site/north/compliance.html");
        assertTrue(report.contains("<p>3 laws, 1 repealed, 2 unchecked</p>"), report);
        assertTrue(report.contains("<p>Test Act 2000, section 1: Repealed</p>"), report);
    }
}
