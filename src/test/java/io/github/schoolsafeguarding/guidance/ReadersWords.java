package io.github.schoolsafeguarding.guidance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/**
 * The words readers type and the guidance's words for them, as the content's synonyms files give
 * them to an area ({@code content/synonyms.yaml}, then the area's own), for the tests to derive
 * what a search must find from the content instead of naming a page.
 */
public final class ReadersWords {

    private ReadersWords() {}

    /** Each reader's phrase, as written, with the guidance's phrases for it in the area. */
    public static Map<String, List<String>> of(String area) {
        Map<String, List<String>> synonyms = new LinkedHashMap<>();
        for (Path file : List.of(PublishedSite.CONTENT.resolve("synonyms.yaml"),
                PublishedSite.CONTENT.resolve("areas").resolve(area).resolve("synonyms.yaml"))) {
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try {
                Map<Object, Object> read = new Yaml().load(Files.readString(file));
                read.forEach((reader, guidance) -> synonyms.computeIfAbsent(String.valueOf(reader),
                        key -> new ArrayList<>()).addAll(guidance instanceof List<?> list
                                ? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(guidance))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return synonyms;
    }
}
