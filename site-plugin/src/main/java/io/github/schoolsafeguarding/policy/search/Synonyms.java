package io.github.schoolsafeguarding.policy.search;

import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.json.Json;
import io.github.schoolsafeguarding.policy.yaml.YamlFiles;
import io.github.schoolsafeguarding.policy.yaml.YamlValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words readers type for a thing, each with the words the guidance uses for it, so that a
 * search for "sexting" also finds the pages about sharing nudes. Read from {@code synonyms.yaml} at
 * the top of the content folder, which every area uses, and from an area's own
 * {@code areas/<id>/synonyms.yaml}, which adds to it:
 *
 * <pre>
 * missing child: [missing pupil, missing pupils]
 * knife: [weapon, weapons]
 * </pre>
 *
 * A phrase of several words finds a document that holds all of them (the index keeps no word
 * order). The search page reads them from the index ({@code theme/assets/search.js}); it looks
 * for the reader's own words too.
 */
public final class Synonyms {

    public static final String FILE = "synonyms.yaml";

    /** Words as written in the file, and where. */
    public record Phrase(String text, Location location) {
        /** The words a search looks for: the index's words, less the ones too common to search for. */
        List<String> words() {
            return Tokenizer.words(text).stream().filter(word -> !SearchIndex.STOP_WORDS.contains(word)).distinct()
                    .toList();
        }

        String key() {
            return String.join(" ", words());
        }
    }

    /** A reader's phrase, and the guidance's phrases a search for it also looks for. */
    public record Synonym(Phrase reader, List<Phrase> guidance) {}

    private final Map<String, Synonym> byReaderWords;

    private Synonyms(Map<String, Synonym> byReaderWords) {
        this.byReaderWords = byReaderWords;
    }

    public static Synonyms none() {
        return new Synonyms(Map.of());
    }

    /**
     * The synonyms a search in one area uses: the content folder's file with the area's own laid
     * over it. Either file may be left out.
     */
    public static Synonyms of(Path contentFolder, Path areaFolder, Problems problems) {
        Map<String, Synonym> synonyms = new LinkedHashMap<>();
        for (Path file : List.of(contentFolder.resolve(FILE), areaFolder.resolve(FILE))) {
            if (Files.isRegularFile(file)) {
                YamlFiles.read(file, problems).ifPresent(yaml -> read(yaml, synonyms, problems));
            }
        }
        return new Synonyms(synonyms);
    }

    /** Reads one file into {@code synonyms}: a reader's phrase already there gains this file's words. */
    private static void read(YamlValue yaml, Map<String, Synonym> synonyms, Problems problems) {
        if (!yaml.isMap()) {
            problems.add(Problem.error("yaml.not-map", yaml.location(),
                    "synonyms.yaml should be 'reader's words: [guidance's words, ...]' lines",
                    "write one line per word readers type, such as 'knife: [weapon, weapons]'"));
            return;
        }
        Map<String, YamlValue> keys = yaml.keys();
        Map<String, Phrase> readersInThisFile = new LinkedHashMap<>();
        yaml.entries().forEach((text, value) -> {
            Phrase reader = new Phrase(text, keys.get(text).location());
            if (!searchable(reader, problems)) {
                return;
            }
            Synonym earlier = synonyms.get(reader.key());
            Phrase twice = readersInThisFile.putIfAbsent(reader.key(), reader);
            if (twice != null) {
                problems.add(Problem.error("synonyms.duplicate", reader.location(), "'" + text + "' is given twice: "
                        + "it searches for the same words as '" + twice.text() + "' at line " + twice.location().line(),
                        "join the two lists into one"));
                return;
            }
            List<Phrase> guidance = new ArrayList<>(earlier == null ? List.of() : earlier.guidance());
            if (value.isMap()) {
                problems.add(Problem.error("yaml.not-list", value.location(), "the words for '" + text
                        + "' should be a list", "write them as [a, b] on one line, or one per '- ' line"));
                return;
            }
            List<YamlValue> items = value.isNull() ? List.of() : value.itemsOrSelf();
            if (items.isEmpty()) {
                problems.add(Problem.error("synonyms.empty", reader.location(), "'" + text
                        + "' has no words of the guidance to find", "list the words the guidance uses for it, such as"
                        + " 'knife: [weapon, weapons]', or remove the line"));
            }
            for (YamlValue item : items) {
                Phrase phrase = new Phrase(item.text().orElse(""), item.location());
                if (item.text().isEmpty() && !item.isNull()) {
                    problems.add(Problem.error("yaml.not-text", item.location(), "each of the words for '" + text
                            + "' should be plain text", "write them as [a, b], each a word or phrase"));
                } else if (searchable(phrase, problems)) {
                    Phrase same = phrase.key().equals(reader.key()) ? reader : guidance.stream()
                            .filter(other -> other.key().equals(phrase.key())).findFirst().orElse(null);
                    if (same == null) {
                        guidance.add(phrase);
                    } else {
                        problems.add(Problem.error("synonyms.duplicate", phrase.location(), "'" + phrase.text()
                                + "' searches for the same words as '" + same.text() + "' at "
                                + where(same.location(), phrase.location()), "remove one of them"));
                    }
                }
            }
            synonyms.put(reader.key(), new Synonym(earlier == null ? reader : earlier.reader(), List.copyOf(guidance)));
        });
    }

    /** Whether a phrase has any word a search can look for; reports it when it has none. */
    private static boolean searchable(Phrase phrase, Problems problems) {
        if (phrase.words().isEmpty()) {
            problems.add(Problem.error("synonyms.empty", phrase.location(), "'" + phrase.text()
                    + "' has no word a search looks for: " + (phrase.text().isBlank() ? "it is blank"
                    : "its words are all too common to search for, such as 'the' or 'and'"),
                    "write the word or phrase readers type, or the guidance uses, or remove it"));
            return false;
        }
        return true;
    }

    private static String where(Location found, Location here) {
        return found.file().equals(here.file()) ? "line " + found.line() : found.file().getFileName() + " line "
                + found.line() + " (" + found.file().getParent().getFileName() + ")";
    }

    public List<Synonym> all() {
        return List.copyOf(byReaderWords.values());
    }

    /**
     * Warns of each of the guidance's phrases that holds a word the area's guidance does not use:
     * a search would find nothing through it, and it may say something the guidance does not.
     */
    void checkUsed(Set<String> indexWords, String area, Problems problems) {
        for (Synonym synonym : byReaderWords.values()) {
            for (Phrase phrase : synonym.guidance()) {
                List<String> missing = phrase.words().stream().filter(word -> !indexWords.contains(word)).toList();
                if (!missing.isEmpty()) {
                    problems.add(Problem.warning("synonyms.not-in-guidance", phrase.location(), "the guidance published"
                            + " for " + area + " never uses the word '" + String.join("', '", missing) + "', so '"
                            + phrase.text() + "' finds nothing for '" + synonym.reader().text() + "'",
                            "write the words as the guidance's pages write them (a search finds whole words:"
                                    + " 'weapons' does not find 'weapon'), or remove it"));
                }
            }
        }
    }

    /** For the index: [[reader's phrase, [guidance's phrase, ...]], ...]. */
    String json() {
        return byReaderWords.values().stream().map(synonym -> "[" + Json.string(synonym.reader().text()) + ","
                + synonym.guidance().stream().map(phrase -> Json.string(phrase.text()))
                        .collect(Collectors.joining(",", "[", "]")) + "]")
                .collect(Collectors.joining(",", "[", "]"));
    }
}
