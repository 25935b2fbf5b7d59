package io.github.schoolsafeguarding.policy.check.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.schoolsafeguarding.policy.ContentFixture;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.site.SitePublisher;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MandatoryWordingTest {

    static final String WARNING = ": warning: 'must' with no legal or mandatory duty cited — say 'should', or give the"
            + " instruction ('Tell the police …'); if a law or a mandatory procedure imposes the duty, cite it: link"
            + " to its section of the legislation page, or declare it under 'duties:' in the front matter (says,"
            + " source, where)";

    /** A duty as front matter lines, declaring the words "the DSL must write it down". */
    static final String WRITE_IT_DOWN = """
              - says: the DSL must write it down
                source: test-source
                where: section 3.1.12
            """;

    @TempDir
    Path folder;

    ContentFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ContentFixture(folder);
        fixture.page("pages/legislation.md", "Legislation", 90, """
                ## Children Act 1989

                ### Children Act 1989, section 47

                Requires the local authority to make enquiries.
                """);
    }

    /** The wording problems and unknown sources of the content, as a maintainer reads them. */
    List<String> problems() {
        return SitePublisher.builder().content(fixture.content).theme(fixture.theme).build().check().stream()
                .filter(problem -> problem.id().startsWith("wording.") || problem.id().equals("source.unknown"))
                .map(problem -> problem.id() + " " + problem.format(folder))
                .toList();
    }

    /** A page of the incidents section with this body, its first line being line 10 of the file. */
    void page(String body) {
        fixture.page("pages/incidents/advice.md", "Advice", 20, body);
    }

    /** The same page with {@code duties} (YAML lines) added to the end of its front matter. */
    void pageWithDuties(String duties, String body) {
        page(body);
        fixture.write("content/pages/incidents/advice.md", fixture.read("content/pages/incidents/advice.md")
                .replace("review_due: 2027-11-01\n", "review_due: 2027-11-01\nduties:\n" + duties));
    }

    static String flagged(String place) {
        return "wording.must content/pages/incidents/advice.md:" + place + WARNING;
    }

    @Test
    void flagsAMustThatCitesNothingWhereItIsWritten() {
        page("""
                Tell the DSL.

                Staff must tell the DSL the same day, and
                the DSL **must** write it down.
                """);

        assertEquals(List.of(flagged("12:7"), flagged("13:11")), problems());
    }

    @Test
    void quotesMustNotAndMustntAsWritten() {
        page("You must not search the bag. You mustn't search the bag. You MUST search the bag.\n");

        assertEquals(List.of(
                flagged("10:5").replace("'must'", "'must not'"),
                flagged("10:34").replace("'must'", "'mustn't'"),
                flagged("10:62").replace("'must'", "'MUST'")), problems());
    }

    @Test
    void checksHeadingsListItemsAndTableCells() {
        page("""
                ## When you must call

                - Staff must call.
                  1. Nested, they must call.

                | Who | What to do |
                |---|---|
                | DSL | The DSL must call |
                """);

        assertEquals(List.of(flagged("10:13"), flagged("12:9"), flagged("13:19"), flagged("17:17")), problems());
    }

    @Test
    void checksTheSummaryWhereItStandsInTheFrontMatter() {
        fixture.page("pages/incidents/advice.md", "When you must call", 20, "Call 999.\n");

        assertEquals(List.of(flagged("3:25")), problems());
    }

    @Test
    void acceptsALinkToASectionOfTheLegislationPageInTheSameBlock() {
        page("""
                The council must make enquiries ([section 47](../legislation.md#children-act-1989-section-47)).

                The council must make enquiries, as the [legislation](../legislation.md) page says.

                The council must make enquiries.

                See [section 47](../legislation.md#children-act-1989-section-47).
                """);

        assertEquals(List.of(flagged("12:13"), flagged("14:13")), problems(),
                "a link to the whole page, or to a section from another block, cites no duty");
    }

    @Test
    void acceptsALawNamedInTheSameBlock() {
        page("""
                Under the Children Act 1989, the council must make enquiries.

                Under section 47, the council must make enquiries.

                Under sections 550ZA and 550ZB, staff must be of the same sex.

                The Accessibility Regulations 2018 say a public website must publish a statement.

                Keeping Children Safe in Education says staff must follow the policy.

                The handbook says in section 3.1.9 that staff must not call the officer.

                The act of 1989 says the council must make enquiries.
                """);

        assertEquals(List.of(flagged("20:47").replace("'must'", "'must not'"), flagged("22:34")), problems(),
                "a document's own numbered section, or a lower-case 'act', names no law");
    }

    @Test
    void acceptsTheWordInQuotationMarks() {
        page("""
                The policy says parents "must" be told.

                The policy says “staff must not view the image”.

                The tool says they 'must be considered as HIGH risk', and the child's teacher must call.
                """);

        assertEquals(List.of(flagged("14:79")), problems(), "an apostrophe opens no quotation");
    }

    @Test
    void acceptsADutyDeclaredInTheFrontMatterWithTheWordsAsTheReaderSeesThem() {
        pageWithDuties(WRITE_IT_DOWN, """
                Staff must tell the DSL the same day, and
                the DSL **must** write it down.
                """);

        assertEquals(List.of(flagged("14:7")), problems(), "the duty covers the 'must' it declares, not its neighbours");
    }

    @Test
    void reportsADeclaredDutyThatMatchesNoMust() {
        pageWithDuties(WRITE_IT_DOWN + """
                  - says: Tell the DSL
                    source: test-source
                    where: page 12
                """, "Tell the DSL. The DSL writes it down.\n");

        String unused = "content/pages/incidents/advice.md:%d:5: warning: the duty '%s' matches no 'must' on the page"
                + " — copy into 'says:' the page's words around its 'must', as the reader sees them, or remove the"
                + " duty if the page no longer states it";
        assertEquals(List.of(
                "wording.unused-duty " + unused.formatted(10, "the DSL must write it down"),
                "wording.unused-duty " + unused.formatted(13, "Tell the DSL")), problems());
    }

    @Test
    void reportsADutyFromAnUnknownSource() {
        pageWithDuties(WRITE_IT_DOWN.replace("test-source", "test-sauce"), "Then the DSL must write it down.\n");

        assertEquals(List.of("source.unknown content/pages/incidents/advice.md:11:13: 'test-sauce' is not a known"
                + " source — use one of test-source, or add it to sources.yaml"), problems());
    }

    @Test
    void leavesCodeAlone() {
        page("""
                Write `must` in a rule's `why`.

                ```
                staff must call
                ```

                    staff must call
                """);

        assertEquals(List.of(), problems());
    }

    @Test
    void flagsOnlyTheWholeWord() {
        page("Mustafa brought mustard, a must-have. Mustering staff is fine.\n");

        assertEquals(List.of(), problems());
    }

    @Test
    void checksEachFileOnceWhateverTheAreas() {
        page("Staff must call.\n");
        fixture.page("areas/south/pages/local.md", "Local", 30, "Staff must call the council.\n");

        assertEquals(List.of(
                "wording.must content/areas/south/pages/local.md:10:7" + WARNING,
                flagged("10:7")), problems());
    }
}
