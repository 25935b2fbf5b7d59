package io.github.schoolsafeguarding.policy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    static final Path PAGE = Path.of("/site/content/pages/a.md");
    static final Map<String, Object> SCOPE = Map.of(
            "area", Map.of("name", "North Shire", "board", "A & B *Board*"),
            "contact", Map.of("police-non-emergency", Map.of("phone", "101")));

    @Test
    void fillsAreaFactsAndContacts() {
        Problems problems = new Problems();

        String filled = Placeholders.fill("In {{area.name}}, call {{ contact.police-non-emergency.phone }}.", PAGE, 10,
                "north", SCOPE, id -> false, problems);

        assertEquals("In North Shire, call 101.", filled);
        assertTrue(problems.isEmpty());
    }

    @Test
    void escapesValuesSoTheyCannotAddMarkdownOrHtml() {
        String filled = Placeholders.fill("{{area.board}}", PAGE, 10, "north", SCOPE, id -> false, new Problems());

        assertEquals("A \\& B \\*Board\\*", filled);
    }

    @Test
    void reportsAnUnresolvedPlaceholderWithItsLineAndArea() {
        Problems problems = new Problems();

        Placeholders.fill("Intro.\n\nCall {{contact.lado.phone}} now.\n", PAGE, 10, "north", SCOPE, id -> false,
                problems);

        Problem problem = problems.all().get(0);
        assertEquals("placeholder.unresolved", problem.id());
        assertEquals(12, problem.location().line());
        assertEquals("placeholder {{contact.lado.phone}} has no value in area 'north'", problem.message());
    }

    @Test
    void leavesAContactThatCouldNotBeReadToItsOwnProblemButNotOneThatIsWrittenNowhere() {
        Problems problems = new Problems();

        Placeholders.fill("Call {{contact.lado.phone}}.\nOr {{contact.nobody.phone}}.\n", PAGE, 10, "north", SCOPE,
                "lado"::equals, problems);

        assertEquals(List.of("placeholder.unresolved 11"),
                problems.all().stream().map(p -> p.id() + " " + p.location().line()).toList());
        assertEquals("placeholder {{contact.nobody.phone}} has no value in area 'north'",
                problems.all().get(0).message());
    }

    @Test
    void resolvesOnlyFactsNeverAJavaMethodOrAWholeContact() {
        List<String> names = List.of("area.name.bytes", "area.name.toUpperCase", "area.name.length", "area.getClass",
                "area", "contact.police-non-emergency", "contact.police-non-emergency.phone.empty", "class", ".",
                "area.name.class.name");
        for (String name : names) {
            Problems problems = new Problems();

            String filled = Placeholders.fill("Intro.\n\nSee {{" + name + "}}.\n", PAGE, 10, "north", SCOPE,
                    id -> false, problems);

            assertEquals(List.of("placeholder.unknown"), problems.all().stream().map(Problem::id).toList(), name);
            assertEquals(12, problems.all().get(0).location().line(), name);
            assertEquals("placeholder {{" + name + "}} names nothing a page can show",
                    problems.all().get(0).message(), name);
            assertTrue(!filled.contains("[B@") && !filled.contains("NORTH") && !filled.contains("{phone="), filled);
        }
    }

    @Test
    void reportsEveryMissOnceForEachPlace() {
        Problems problems = new Problems();

        Placeholders.fill("{{area.police}}\n{{area.police}}\n", PAGE, 1, "north", SCOPE, id -> false, problems);

        assertEquals(List.of(1, 2), problems.all().stream().map(p -> p.location().line()).toList());
    }

    @Test
    void refusesSectionsAndPartialsWithTheirColumn() {
        Problems problems = new Problems();

        String text = "ok\nText {{#area.name}}x{{/area.name}} and {{> footer}}\n";
        assertEquals(text, Placeholders.fill(text, PAGE, 5, "north", SCOPE, id -> false, problems));

        List<String> where = problems.all().stream().map(p -> p.location().line() + ":" + p.location().column()).toList();
        assertEquals(List.of("6:6", "6:21", "6:40"), where);
    }
}
