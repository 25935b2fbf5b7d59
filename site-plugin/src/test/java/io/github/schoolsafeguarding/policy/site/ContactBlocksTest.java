package io.github.schoolsafeguarding.policy.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.ContentFixture;
import io.github.schoolsafeguarding.policy.check.ContentException;
import io.github.schoolsafeguarding.policy.check.Problem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page shows the reader's own area's contacts for a role, or says how to find one where the area gives none. */
class ContactBlocksTest {

    @TempDir
    Path folder;

    ContentFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ContentFixture(folder);
        fixture.write("content/areas/north/area.yaml", fixture.read("content/areas/north/area.yaml") + """
                contacts:
                  - id: north-lado
                    roles: [lado]
                    organisation: North Shire Council
                    service: Local authority designated officer
                    phones:
                      - number: "01234 567890"
                    source: test-source
                """);
        fixture.write("theme/templates/contact-role.mustache", "<div data-role=\"{{role}}\">{{#contacts}}{{#items}}"
                + "<p>{{name}}: {{phone}}{{#source}} ({{title}}){{/source}}</p>{{/items}}{{/contacts}}"
                + "{{^contacts}}<aside>{{{fallback}}}</aside>{{/contacts}}</div>");
        fixture.write("theme/templates/compliance.mustache", "{{<base}}{{$main}}<h1>Report</h1>{{#report}}"
                + "{{#contact_gaps}}{{#items}}<p>gap {{role}} on{{#pages}} {{title}}{{/pages}}</p>{{/items}}"
                + "{{/contact_gaps}}{{/report}}{{/main}}{{/base}}");
        fixture.page("pages/incidents/staff.md", "Concerns about staff", 20, """
                Tell your LADO.

                ```contacts lado
                Ask your local authority for its *LADO*.
                ```
                """);
    }

    SitePublisher publisher() {
        return SitePublisher.builder().today(ContentFixture.TODAY).content(fixture.content).theme(fixture.theme).build();
    }

    @Test
    void showsTheAreasContactsForTheRoleOrTheFallbackAndReportsTheGap() throws ContentException {
        publisher().publish(folder.resolve("site"));

        String north = fixture.read("site/north/incidents/staff.html");
        assertTrue(north.contains("<p>Local authority designated officer: 01234 567890 (The test document)</p>"), north);
        assertFalse(north.contains("<aside>"), north);
        String south = fixture.read("site/south/incidents/staff.html");
        assertTrue(south.contains("<aside><p>Ask your local authority for its <em>LADO</em>.</p>\n</aside>"), south);
        assertTrue(fixture.read("site/south/compliance.html").contains("<p>gap lado on Concerns about staff</p>"));
        assertFalse(fixture.read("site/north/compliance.html").contains("gap lado"));
    }

    @Test
    void aRoleNoContactHasNeedsWordsToShowInstead() {
        fixture.page("pages/incidents/staff.md", "Concerns about staff", 20, "```contacts lado\n```\n");

        List<String> found = publisher().check().stream().filter(Problem::isError)
                .map(problem -> problem.id() + " " + problem.format(folder)).toList();

        assertEquals(List.of("contact.no-fallback content/pages/incidents/staff.md:10:1: no contact in this area has the"
                + " role 'lado', and the block says nothing instead — add a contact with that role to the area's"
                + " area.yaml, or write in the block how a reader finds the service"), found);
    }
}
