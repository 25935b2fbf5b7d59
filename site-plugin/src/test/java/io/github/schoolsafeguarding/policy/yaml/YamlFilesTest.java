package io.github.schoolsafeguarding.policy.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlFilesTest {

    static final Path FILE = Path.of("content/pages/deep.md");

    /** A map whose key {@code deep} holds {@code levels} lists, one within the next, on the file's third line. */
    static String nested(int levels) {
        return "title: Deep\nsummary: About deep.\ndeep: " + "[".repeat(levels) + "x" + "]".repeat(levels) + "\n";
    }

    @Test
    void aValueAsDeepAsTheLimitIsRead() {
        Problems problems = new Problems();

        // the map is one level, so its value may hold one list fewer
        assertTrue(YamlFiles.parse(FILE, nested(YamlFiles.MAX_NESTING - 1), 0, problems).isPresent());
        assertTrue(problems.isEmpty(), problems.all().toString());
    }

    @Test
    void aValueDeeperThanTheLimitIsAnErrorAtItsLineWhereverItStands() {
        for (int levels : List.of(YamlFiles.MAX_NESTING, 10_000)) {
            Problems problems = new Problems();

            assertTrue(YamlFiles.parse(FILE, nested(levels), 4, problems).isEmpty());

            List<Problem> found = problems.all();
            assertEquals(List.of("yaml.too-complex"), found.stream().map(Problem::id).toList());
            assertEquals(new Location(FILE, 7, 7 + YamlFiles.MAX_NESTING), found.get(0).location());
            assertTrue(found.get(0).message().contains("more than " + YamlFiles.MAX_NESTING + " lists and maps"),
                    found.get(0).message());
        }
    }

    @Test
    void tooManyAliasesAreStillReportedAsAliases() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char name = 'b'; name <= 'g'; name++) {
            bomb.append(name).append(": &").append(name).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(10, "*" + (char) (name - 1)))).append("]\n");
        }
        Problems problems = new Problems();

        YamlFiles.parse(FILE, bomb.toString(), 0, problems);

        assertEquals(List.of("yaml.too-complex"), problems.all().stream().map(Problem::id).toList());
        assertTrue(problems.all().get(0).fix().contains("aliases"), problems.all().get(0).fix());
    }
}
