package io.github.schoolsafeguarding.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.area.NewArea;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.content.Contact;
import io.github.schoolsafeguarding.policy.content.Content;
import io.github.schoolsafeguarding.policy.content.ContentReader;
import io.github.schoolsafeguarding.policy.site.SitePublisher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new area started with {@code policy:new-area} in a copy of the real content, as a partnership
 * would: the strict build then lists exactly its blanks, each at a line that is a blank, and once
 * every blank is filled in the new area builds with no problem at all.
 */
class NewAreaTest {

    private static final Pattern BLANK_KEY = Pattern.compile("\\s*(- )?([a-z_]+):\\s*");
    private static final Set<String> FILLED = Set.of("covers", "board", "police_force", "summary", "organisation",
            "number", "source", "sources", "owner", "last_reviewed", "review_due");
    private static final Pattern FILL_IN = Pattern.compile("```fill-in\\n.*?```\\n", Pattern.DOTALL);

    @TempDir
    Path folder;

    Path content;
    String id;

    @BeforeEach
    void copyTheRealContent() throws IOException {
        PublishedSite.copyContentAndTheme(folder);
        content = folder.resolve("content");
        Set<String> areas;
        try (var folders = Files.list(content.resolve("areas"))) {
            areas = folders.map(area -> area.getFileName().toString()).collect(Collectors.toSet());
        }
        id = "new-area";
        while (areas.contains(id)) {
            id = id + "-x";
        }
    }

    List<Problem> check() {
        return SitePublisher.builder().content(content).theme(PublishedSite.THEME).today(PublishedSite.TODAY)
                .strict(true).build().check();
    }

    /** The roles the outcomes name that no national contact covers: one contact each to fill in. */
    Set<String> localRoles() {
        Content read = ContentReader.read(content, new Problems());
        Set<String> roles = new TreeSet<>();
        read.decisions().forEach(table -> table.outputs().forEach(output -> output.values()
                .forEach(value -> roles.addAll(value.contacts()))));
        read.nationalContacts().stream().map(Contact::roles).forEach(roles::removeAll);
        return roles;
    }

    @Test
    void theBuildListsEveryBlankAtItsLineThenTheFilledInAreaBuildsCleanly() throws Exception {
        assertEquals(List.of(), check(), "the real content builds strictly before the new area is added");
        Set<String> roles = localRoles();

        Path area = NewArea.write(content, id, "New Area");

        List<Problem> problems = check();
        Map<String, Long> byRule = problems.stream()
                .collect(Collectors.groupingBy(Problem::id, TreeMap::new, Collectors.counting()));
        // the area's four settings and three blanks a contact; the home page's four dates and names; a
        // contact left blank is reported at its blanks only, not again as a role the area has no contact for
        assertEquals(Map.of(
                        "page.blank", 2L,
                        "yaml.blank", 4L + 3L * roles.size() + 4L),
                byRule, problems.stream().map(problem -> problem.report(folder)).collect(Collectors.joining("\n")));
        for (Problem problem : problems) {
            if (problem.id().equals("yaml.blank")) {
                assertTrue(problem.location().file().startsWith(area), problem.report(folder));
                String line = Files.readAllLines(problem.location().file()).get(problem.location().line() - 1);
                assertTrue(BLANK_KEY.matcher(line).matches(), problem.report(folder) + " is at '" + line + "'");
            } else {
                assertTrue(problem.location().file().startsWith(area), problem.report(folder));
            }
        }

        fillIn(area.resolve("area.yaml"));
        fillIn(area.resolve("pages/index.md"));

        assertEquals(List.of(), check().stream().map(problem -> problem.report(folder)).toList());
    }

    /** Writes a value into every blank, as a partnership would from its own documents. */
    private void fillIn(Path file) throws IOException {
        String source = ContentReader.read(content, new Problems()).sources().keySet().iterator().next();
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            Matcher blank = BLANK_KEY.matcher(line);
            if (blank.matches() && FILLED.contains(blank.group(2))) {
                String value = switch (blank.group(2)) {
                    case "number" -> "\"0300 123 4567\"";
                    case "source" -> source;
                    case "sources" -> "[" + source + "]";
                    case "last_reviewed" -> PublishedSite.TODAY.toString();
                    case "review_due" -> PublishedSite.TODAY.plusYears(1).toString();
                    default -> "New Area's " + blank.group(2).replace('_', ' ');
                };
                line = line.stripTrailing() + " " + value;
            }
            lines.add(line);
        }
        Files.writeString(file, FILL_IN.matcher(String.join("\n", lines) + "\n")
                .replaceAll("Tell your designated safeguarding lead.\n"));
    }
}
