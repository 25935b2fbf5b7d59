package io.github.schoolsafeguarding.policy.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The engine is a plain library: only the plugin's {@code maven} package may adapt it to Maven. */
class EngineKnowsNoMavenTest {

    private static final Path ENGINE = Path.of("src/main/java/io/github/schoolsafeguarding/policy/decision");

    @Test
    void noSourceOfTheDecisionPackagesImportsMaven() throws IOException {
        try (Stream<Path> sources = Files.walk(ENGINE)) {
            List<String> offending = sources.filter(file -> file.toString().endsWith(".java"))
                    .filter(EngineKnowsNoMavenTest::importsMaven)
                    .map(Path::toString)
                    .toList();
            assertEquals(List.of(), offending);
        }
    }

    private static boolean importsMaven(Path source) {
        try {
            return Files.readAllLines(source).stream().anyMatch(line -> line.startsWith("import org.apache.maven."));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
