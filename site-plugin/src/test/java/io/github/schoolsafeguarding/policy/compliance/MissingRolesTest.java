package io.github.schoolsafeguarding.policy.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.schoolsafeguarding.policy.ContentFixture;
import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.content.Content;
import io.github.schoolsafeguarding.policy.content.ContentReader;
import io.github.schoolsafeguarding.policy.site.SitePublisher;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A role two outcomes name, which North Shire supplies and South Shire does not; a role a national
 * contact covers for both; and a role nobody supplies. Each missing role is one warning naming the
 * area, the role and every outcome that needs it.
 */
class MissingRolesTest {

    @TempDir
    Path folder;

    ContentFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ContentFixture(folder);
        fixture.write("content/areas/north/area.yaml", fixture.read("content/areas/north/area.yaml") + """
                contacts:
                  - id: north-social-care
                    roles: [social-care]
                    organisation: North Shire Council
                    phones:
                      - number: "01234 500001"
                    source: test-source
                """);
        fixture.write("content/decisions/refer.yaml", """
                id: refer
                question: "Refer?"
                hit_policy: unique
                sources: [test-source]
                inputs:
                  - {id: harm, question: "Is the child at risk of harm?", help: Now., type: enum,
                     values: [{id: high, label: High}, {id: some, label: Some}, {id: none, label: None}]}
                outputs:
                  - id: action
                    label: Action
                    values:
                      - {id: refer, label: Refer now, text: Refer the child now., contacts: [social-care, lado]}
                      - {id: watch, label: Keep watch, text: Tell social care., contacts: [social-care]}
                      - {id: advice, label: Ask for advice, text: Ask the helpline., contacts: [helpline]}
                rules:
                  - {when: {harm: high}, then: {action: refer}, why: Risk., source: test-source}
                  - {when: {harm: some}, then: {action: watch}, why: Some risk., source: test-source}
                  - {when: {harm: none}, then: {action: advice}, why: No risk., source: test-source}
                """);
    }

    @Test
    void eachRoleNoContactHasIsListedOnceWithEveryOutcomeThatNeedsIt() {
        Content content = ContentReader.read(fixture.content, new Problems());

        List<String> north = MissingRoles.of(content, content.area("north").orElseThrow()).stream()
                .map(missing -> missing.role() + " " + missing.neededBy().stream().map(need -> need.outcome().id()).toList())
                .toList();
        List<String> south = MissingRoles.of(content, content.area("south").orElseThrow()).stream()
                .map(missing -> missing.role() + " " + missing.neededBy().stream().map(need -> need.outcome().id()).toList())
                .toList();

        assertEquals(List.of("lado [refer]"), north);
        assertEquals(List.of("social-care [refer, watch]", "lado [refer]"), south);
    }

    @Test
    void theWarningNamesTheAreaTheRoleAndTheOutcomesAtTheAreasContacts() {
        List<String> warnings = SitePublisher.builder().content(fixture.content).theme(fixture.theme)
                .today(ContentFixture.TODAY).build().check().stream()
                .filter(problem -> problem.id().equals("decision.role-without-contact"))
                .filter(problem -> problem.location().file().toString().contains("south"))
                .map(problem -> problem.format(folder)).toList();

        assertEquals(List.of(
                "content/areas/south/area.yaml:1:1: warning: South Shire (area 'south') has no contact with the role"
                        + " 'lado', and no national contact has it; the outcomes that need it: 'refer' of table 'refer'"
                        + " (content/decisions/refer.yaml:9:5) — add a contact with the role 'lado' to this file, or take"
                        + " the role out of the outcomes' 'contacts:' if no service in any area fills it",
                "content/areas/south/area.yaml:1:1: warning: South Shire (area 'south') has no contact with the role"
                        + " 'social-care', and no national contact has it; the outcomes that need it: 'refer' of table"
                        + " 'refer' (content/decisions/refer.yaml:9:5), 'watch' of table 'refer'"
                        + " (content/decisions/refer.yaml:9:5) — add a contact with the role 'social-care' to this file,"
                        + " or take the role out of the outcomes' 'contacts:' if no service in any area fills it"),
                warnings);
    }
}
