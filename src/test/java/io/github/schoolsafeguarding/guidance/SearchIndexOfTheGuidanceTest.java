package io.github.schoolsafeguarding.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.content.Contact;
import io.github.schoolsafeguarding.policy.content.Content;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The search index each area publishes finds what a reader looks for as itself: every page, every
 * contact, glossary term, legislation section and decision table, each with its kind, read back
 * from the very files the search page loads.
 */
class SearchIndexOfTheGuidanceTest {

    @TempDir
    static Path output;

    static List<String> areas;

    @BeforeAll
    static void publish() {
        areas = PublishedSite.publish(output).areas();
    }

    @Test
    void everyPageOfEveryAreaIsFoundAsItself() {
        for (String area : areas) {
            Path folder = output.resolve(area);
            Map<String, List<Object>> documents = documents(folder);
            for (Path page : PublishedSite.htmlFiles(folder)) {
                String file = folder.relativize(page).toString();
                if (PublishedSite.isGeneratedPage(output, page)) {
                    assertTrue(!documents.containsKey(file), area + ": " + file + " is left out of the search");
                    continue;
                }
                assertTrue(documents.containsKey(file), area + ": " + file + " is not in the index");
                assertEquals(parse(page).selectFirst("main h1").text(), documents.get(file).get(2), area + ": " + file);
            }
        }
    }

    @Test
    void contactsGlossaryTermsLegislationAndDecisionTablesAreFoundWithTheirKind() {
        for (String area : areas) {
            Path folder = output.resolve(area);
            Map<String, List<Object>> documents = documents(folder);
            List<String> kinds = kinds(folder);
            List<String> missing = new ArrayList<>();
            expect(folder, "contacts.html", "[id^=contact-]", "Contact", documents, kinds, missing);
            expect(folder, "glossary.html", "h3[id]", "Glossary", documents, kinds, missing);
            expect(folder, "legislation.html", "h3[id]", "Legislation", documents, kinds, missing);
            expect(folder, "sources.html", "h3[id^=source-]", "Source", documents, kinds, missing);
            for (Path table : PublishedSite.htmlFiles(folder.resolve("decisions"))) {
                String file = folder.relativize(table).toString();
                if (!file.equals("decisions/index.html")) {
                    expect(folder, file, "h1", "Decision table", documents, kinds, missing);
                }
            }
            assertEquals(List.of(), missing, area);
        }
    }

    /**
     * The browser ranks before it has loaded any document, by the runs of reference documents the
     * index lists: they must be exactly the contacts, glossary terms, laws and sources.
     */
    @Test
    void theReferenceDocumentsAreExactlyTheContactsGlossaryLegislationAndSources() {
        for (String area : areas) {
            Path folder = output.resolve(area);
            Map<String, Object> index = index(folder);
            List<String> kinds = kinds(folder);
            @SuppressWarnings("unchecked")
            List<Integer> runs = (List<Integer>) index.get("referenceDocuments");
            List<String> wrong = new ArrayList<>();
            int number = 0;
            for (List<Object> document : documentsInOrder(folder)) {
                boolean inARun = false;
                for (int i = 0; i < runs.size(); i += 2) {
                    inARun |= number >= runs.get(i) && number < runs.get(i + 1);
                }
                String kind = kinds.get((Integer) document.get(1));
                if (inARun != Set.of("Contact", "Glossary", "Legislation", "Source").contains(kind)) {
                    wrong.add(document.get(0) + " (" + kind + ")" + (inARun ? " is" : " is not") + " ranked as reference");
                }
                number++;
            }
            assertEquals(List.of(), wrong, area);
            assertTrue(!runs.isEmpty(), area);
        }
    }

    /**
     * Every area's index carries the synonyms of {@code content/synonyms.yaml} and of the area's own
     * file, as written, so that the reader's word finds the guidance's word in every area.
     */
    @Test
    void everyAreasIndexCarriesTheContentsSynonyms() {
        for (String area : areas) {
            Map<String, List<String>> expected = ReadersWords.of(area);
            assertTrue(!expected.isEmpty(), area + ": the content has no synonyms");
            Map<String, List<String>> carried = new TreeMap<>();
            @SuppressWarnings("unchecked")
            List<List<Object>> synonyms = (List<List<Object>>) index(output.resolve(area)).get("synonyms");
            for (List<Object> synonym : synonyms) {
                @SuppressWarnings("unchecked")
                List<String> guidance = (List<String>) synonym.get(1);
                carried.put((String) synonym.get(0), guidance);
            }
            assertEquals(new TreeMap<>(expected), carried, area);
        }
    }

    /** Every contact an area lists is a search document titled with its service's name. */
    @Test
    void aContactIsFoundByItsNameAndAGlossaryTermByItself() {
        Content content = PublishedSite.content();
        for (String area : areas) {
            Map<String, List<Object>> documents = documents(output.resolve(area));
            for (Contact contact : content.contactsFor(content.area(area).orElseThrow())) {
                List<Object> document = documents.get("contacts.html#contact-" + contact.id());
                assertTrue(document != null, area + " has no search document for contact " + contact.id());
                assertEquals(contact.service().orElse(contact.organisation()), document.get(2), area + ": " + contact.id());
            }
            assertEquals("Absent pupil", documents.get("glossary.html#absent-pupil").get(2), area);
            assertEquals("Glossary", documents.get("glossary.html#absent-pupil").get(3), area + ": the page it is on");
        }
    }

    @Test
    void theWordsReadersTypeAreInTheIndexAndFurnitureIsNot() {
        for (String area : areas) {
            Set<String> words = new TreeSet<>(List.of(((String) index(output.resolve(area)).get("words")).split(" ")));
            for (String word : List.of("safeguarding", "knife", "exploitation", "999", "101", "nudes", "missing")) {
                assertTrue(words.contains(word), area + " has no '" + word + "'");
            }
            assertTrue(!words.contains("the"), area + ": too common a word is indexed");
        }
    }

    /** Checks that each element the selector picks on the page is a document of the kind, by its link. */
    private static void expect(Path folder, String file, String selector, String kind,
            Map<String, List<Object>> documents, List<String> kinds, List<String> missing) {
        List<Element> elements = parse(folder.resolve(file)).select("main " + selector);
        if (elements.isEmpty()) {
            missing.add(file + " has no " + selector + " at all");
        }
        for (Element element : elements) {
            String url = selector.equals("h1") ? file : file + "#" + element.id();
            List<Object> document = documents.get(url);
            if (document == null || !kinds.get((Integer) document.get(1)).equals(kind)) {
                missing.add(url + " as " + kind + (document == null ? "" : ", found as " + kinds.get((Integer) document.get(1))));
            }
        }
    }

    private static Document parse(Path page) {
        try {
            return Jsoup.parse(page.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> kinds(Path area) {
        return (List<String>) index(area).get("kinds");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> index(Path area) {
        return (Map<String, Object>) call(area.resolve("search/index.js")).get(0);
    }

    /** Every document of the area's index by its link: {url, kind, title, page, text}. */
    private static Map<String, List<Object>> documents(Path area) {
        Map<String, List<Object>> documents = new TreeMap<>();
        documentsInOrder(area).forEach(document -> documents.put((String) document.get(0), document));
        return documents;
    }

    /** Every document of the area's index in the index's order, the order its numbers count. */
    @SuppressWarnings("unchecked")
    private static List<List<Object>> documentsInOrder(Path area) {
        List<List<Object>> documents = new ArrayList<>();
        for (int file = 0; Files.exists(area.resolve("search/documents-" + file + ".js")); file++) {
            documents.addAll((List<List<Object>>) call(area.resolve("search/documents-" + file + ".js")).get(1));
        }
        return documents;
    }

    /** What an index file passes to {@code safeguardingSearch}, as a list of arguments. */
    private static List<Object> call(Path file) {
        try {
            String script = Files.readString(file);
            return new Yaml().load("[" + script.substring(script.indexOf('(') + 1, script.lastIndexOf(')')) + "]");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
