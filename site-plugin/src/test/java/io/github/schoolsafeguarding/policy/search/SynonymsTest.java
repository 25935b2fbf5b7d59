package io.github.schoolsafeguarding.policy.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

class SynonymsTest {

    @TempDir
    Path content;

    final Problems problems = new Problems();

    private Path area() {
        return content.resolve("areas/north");
    }

    private void write(String file, String text) {
        try {
            Path path = content.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Synonyms read() {
        return Synonyms.of(content, area(), problems);
    }

    /** Each synonym as "reader's phrase -> guidance's phrases". */
    private static Map<String, List<String>> asText(Synonyms synonyms) {
        return synonyms.all().stream().collect(Collectors.toMap(synonym -> synonym.reader().text(),
                synonym -> synonym.guidance().stream().map(Synonyms.Phrase::text).toList(), (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    private List<String> formatted() {
        return problems.all().stream().map(problem -> problem.format(content)).toList();
    }

    @Test
    void readsTheReadersWordsAndTheGuidancesWordsForThem() {
        write("synonyms.yaml", """
                # a comment
                missing child: [missing pupil, missing pupils]
                knife:
                  - weapon
                FGM: female genital mutilation
                """);

        Synonyms synonyms = read();

        assertEquals(List.of(), formatted());
        assertEquals(Map.of("missing child", List.of("missing pupil", "missing pupils"), "knife", List.of("weapon"),
                "FGM", List.of("female genital mutilation")), asText(synonyms));
    }

    @Test
    void noFileMeansNoSynonyms() {
        assertEquals(List.of(), read().all());
        assertEquals(List.of(), formatted());
    }

    @Test
    void anAreasOwnFileAddsToTheSharedOne() {
        write("synonyms.yaml", "knife: [weapon]\n");
        write("areas/north/synonyms.yaml", "Knife: [blade]\nschool officer: [Safer Schools Officer]\n");

        assertEquals(List.of(), formatted());
        assertEquals(Map.of("knife", List.of("weapon", "blade"), "school officer", List.of("Safer Schools Officer")),
                asText(read()));
    }

    @Test
    void badYamlIsAnErrorAtItsLine() {
        write("synonyms.yaml", "knife: [weapon]\nmissing child: [missing pupil\n");

        read();

        assertEquals(List.of("yaml.syntax"), problems.all().stream().map(Problem::id).toList());
        assertTrue(problems.all().get(0).location().line() >= 2, formatted()::toString);
    }

    @Test
    void anEmptyListABlankWordAndOnlyCommonWordsAreErrorsWhereTheyAreWritten() {
        write("synonyms.yaml", """
                knife: []
                sexting:
                the: [sharing nudes]
                CSE: [child sexual exploitation, "", "of the"]
                """);

        Synonyms synonyms = read();

        assertEquals(List.of(
                "synonyms.yaml:1:1: 'knife' has no words of the guidance to find",
                "synonyms.yaml:2:1: 'sexting' has no words of the guidance to find",
                "synonyms.yaml:3:1: 'the' has no word a search looks for",
                "synonyms.yaml:4:34: '' has no word a search looks for",
                "synonyms.yaml:4:38: 'of the' has no word a search looks for"),
                problems.all().stream().map(problem -> problem.location().format(content) + ": "
                        + problem.message().replaceAll(":.*|—.*", "").trim()).toList());
        assertTrue(problems.all().stream().allMatch(problem -> problem.id().equals("synonyms.empty")), formatted()::toString);
        assertEquals(Map.of("knife", List.of(), "sexting", List.of(), "CSE", List.of("child sexual exploitation")),
                asText(synonyms));
    }

    @Test
    void aPhraseGivenTwiceIsAnError() {
        write("synonyms.yaml", """
                knife: [weapon, Weapon]
                missing child: [missing pupil]
                Missing  child: [absent pupil]
                nudes: [nudes]
                """);
        write("areas/north/synonyms.yaml", "knife: [weapon, blade]\n");

        Synonyms synonyms = read();

        assertEquals(List.of(
                "areas/north/synonyms.yaml:1:9: synonyms.duplicate",
                "synonyms.yaml:1:17: synonyms.duplicate",
                "synonyms.yaml:3:1: synonyms.duplicate",
                "synonyms.yaml:4:9: synonyms.duplicate"),
                problems.all().stream().map(problem -> problem.location().format(content) + ": " + problem.id()).toList());
        assertTrue(formatted().get(2).contains("'Missing  child' is given twice: it searches for the same words as"
                + " 'missing child' at line 2"), formatted()::toString);
        assertTrue(formatted().get(0).contains("'weapon' searches for the same words as 'weapon' at synonyms.yaml line 1"),
                formatted()::toString);
        assertEquals(List.of("weapon", "blade"), asText(synonyms).get("knife"));
    }

    @Test
    void aListThatIsAMapIsAnError() {
        write("synonyms.yaml", "knife: {weapon: yes}\n");

        read();

        assertEquals(List.of("yaml.not-list"), problems.all().stream().map(Problem::id).toList());
    }

    @Test
    void aWordTheGuidanceNeverUsesIsAWarningNamingTheArea() {
        write("synonyms.yaml", "knife: [weapon, weapons]\nmissing child: [missing pupil]\n");

        SearchIndex.of(Map.of("a.html", "<main><h1>Weapon</h1><p>A missing pupil.</p></main>"
                .getBytes(StandardCharsets.UTF_8)), read(), "North", problems);

        assertEquals(List.of("synonyms.yaml:1:17: synonyms.not-in-guidance, warning: the guidance published for North"
                + " never uses the word 'weapons', so 'weapons' finds nothing for 'knife'"),
                problems.all().stream().map(problem -> problem.location().format(content) + ": " + problem.id() + ", "
                        + problem.severity().toString().toLowerCase() + ": " + problem.message()).toList());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theIndexCarriesTheSynonymsForTheBrowser() {
        write("synonyms.yaml", "missing child: [missing pupil, \"pupils' absence\"]\n");

        Map<String, byte[]> files = SearchIndex.of(Map.of("a.html", "<main><h1>Missing pupil</h1><p>pupils' absence</p></main>"
                .getBytes(StandardCharsets.UTF_8)), read(), "North", problems);

        String script = new String(files.get("search/index.js"), StandardCharsets.UTF_8);
        Map<String, Object> index = (Map<String, Object>) ((List<Object>) new Yaml().load(
                "[" + script.substring(script.indexOf('(') + 1, script.lastIndexOf(')')) + "]")).get(0);
        assertEquals(List.of(List.of("missing child", List.of("missing pupil", "pupils' absence"))), index.get("synonyms"));
        assertEquals(List.of(), formatted());
    }
}
