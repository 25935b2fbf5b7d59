package io.github.schoolsafeguarding.policy.decision.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.schoolsafeguarding.policy.decision.DecisionTable;
import io.github.schoolsafeguarding.policy.decision.TestTables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The complete example on the maintainers' page must be a table the build accepts without a word. */
class WritingADecisionTablePageTest {

    private static final Path PAGE = Path.of("../content/pages/maintainers/writing-a-decision-table.md");

    @TempDir
    Path dir;

    @Test
    void theCompleteExampleReadsAndVerifiesCleanly() throws IOException {
        String page = Files.readString(PAGE);
        int start = page.indexOf("```yaml\n") + "```yaml\n".length();
        String yaml = page.substring(start, page.indexOf("```", start));
        String id = yaml.substring("id: ".length(), yaml.indexOf('\n'));

        DecisionTable table = TestTables.read(dir, id, yaml);
        Verification verification = DecisionTableVerifier.verify(table);

        assertEquals(List.of(), verification.findings());
        assertEquals(100, verification.coverage().percent());
    }
}
