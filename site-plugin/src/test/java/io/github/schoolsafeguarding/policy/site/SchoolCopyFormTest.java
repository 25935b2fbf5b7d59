package io.github.schoolsafeguarding.policy.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.ContentFixture;
import io.github.schoolsafeguarding.policy.check.ContentException;
import io.github.schoolsafeguarding.policy.render.SchoolField;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Make your school's copy" on a policy template, as the real theme lays it out: the form asks for
 * every blank the real policy template has, and for nothing that is not a {@link SchoolField}, so
 * the form and the template's placeholders cannot drift apart.
 */
class SchoolCopyFormTest {

    private static final Path THEME = Path.of("../theme");
    private static final Path POLICY_TEMPLATE = Path.of("../content/pages/sharing-nudes/school-policy.md");
    private static final Pattern SCHOOL_PLACEHOLDER = Pattern.compile("\\{\\{\\s*school\\.([a-z_]+)\\s*}}");

    @TempDir
    static Path folder;

    static Set<String> placeholders;
    static Document page;

    /** A policy page holding every school placeholder the real template uses, published with the real theme. */
    @BeforeAll
    static void publish() throws IOException, ContentException {
        placeholders = new TreeSet<>();
        Matcher placeholder = SCHOOL_PLACEHOLDER.matcher(Files.readString(POLICY_TEMPLATE));
        while (placeholder.find()) {
            placeholders.add(placeholder.group(1));
        }
        ContentFixture fixture = new ContentFixture(folder);
        fixture.page("pages/incidents/policy.md", "Our policy", 30, placeholders.stream()
                .map(key -> "- {{school." + key + "}}\n").reduce("", String::concat));
        // writes the fixture theme a school-policy template too, but the real theme is the one used
        fixture.layout("pages/incidents/policy.md", "school-policy");
        Path output = folder.resolve("site");
        SitePublisher.builder().today(ContentFixture.TODAY).content(fixture.content).theme(THEME).build().publish(output);
        page = Jsoup.parse(output.resolve("north/incidents/policy.html").toFile());
    }

    @Test
    void theRealTemplateHasBlanksToFill() {
        assertTrue(placeholders.containsAll(List.of("name", "dsl")), "placeholders found: " + placeholders);
    }

    @Test
    void everyPlaceholderOfTheTemplateIsAFieldOfTheForm() {
        Set<String> missing = new TreeSet<>(placeholders);
        missing.removeAll(formFields());
        assertEquals(Set.of(), missing, "blanks of " + POLICY_TEMPLATE + " the form does not ask for");
    }

    @Test
    void theFormAsksForEachSchoolFieldOnceAndNothingElse() {
        assertEquals(Arrays.stream(SchoolField.values()).map(SchoolField::key).toList(), formFields());
    }

    @Test
    void eachFieldIsLabelledInTheSchoolsWordsWithSomewhereToType() {
        for (SchoolField field : SchoolField.values()) {
            Element group = page.selectFirst("[data-school-copy-field=" + field.key() + "]");
            Element label = group.selectFirst(field.isDate() ? "legend" : "label");
            assertEquals(field.label(), label.text());
            assertEquals(field.isDate() ? 3 : 1, group.select("input.govuk-input").size(), field.key());
            field.hint().ifPresent(hint -> assertEquals(hint, group.selectFirst(".govuk-hint").text()));
            for (Element input : group.select("input")) {
                assertEquals(1, page.select("label[for=" + input.id() + "]").size(), input.id() + " has one label");
            }
        }
    }

    @Test
    void theFormIsHiddenUntilItsScriptShowsItAndOnlyThisLayoutLoadsTheScript() throws IOException {
        assertTrue(page.selectFirst("[data-school-copy]").hasAttr("hidden"));
        assertEquals(1, page.select("script[src$=school-copy.js]").size());
        Document otherPage = Jsoup.parse(folder.resolve("site/north/incidents/call.html").toFile());
        assertEquals(0, otherPage.select("script[src$=school-copy.js], [data-school-copy]").size());
    }

    private static List<String> formFields() {
        return page.select("form [data-school-copy-field]").eachAttr("data-school-copy-field");
    }
}
