package io.github.schoolsafeguarding.policy.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class SearchIndexTest {

    private static SearchDocument document(String url, String title, String body) {
        return new SearchDocument(url, Kind.GUIDANCE, title, "", "", body);
    }

    /** What a file of the index passes to {@code safeguardingSearch}: the part between the brackets. */
    @SuppressWarnings("unchecked")
    private static <T> T call(Map<String, byte[]> files, String file) {
        String script = new String(files.get(file), StandardCharsets.UTF_8);
        return (T) new Yaml().load("[" + script.substring(script.indexOf('(') + 1, script.lastIndexOf(')')) + "]");
    }

    @Test
    void aWordInTheTitleWeighsMoreThanInTheText() {
        Map<String, List<int[]>> postings = SearchIndex.postings(List.of(
                document("a.html", "Knives", "What to do when a pupil carries a knife."),
                document("b.html", "Knife", "What to do when a pupil carries a weapon.")));

        List<int[]> knife = postings.get("knife");
        assertEquals(2, knife.size());
        assertEquals(0, knife.get(0)[0]);
        assertEquals(1, knife.get(1)[0]);
        assertTrue(knife.get(1)[1] > knife.get(0)[1], "title " + knife.get(1)[1] + ", text " + knife.get(0)[1]);
    }

    @Test
    void whereAWordIsMostProminentIsMarkedSoTheBrowserCanRankATitleThatHoldsTheQueryFirst() {
        Map<String, List<int[]>> postings = SearchIndex.postings(List.of(
                new SearchDocument("a.html", Kind.GUIDANCE, "Weapons", "", "If you find a knife", "Call the police."),
                new SearchDocument("b.html", Kind.GLOSSARY, "Knife", "", "", "A weapon; call the police.")));

        assertEquals(List.of("a.html weapons 2", "a.html knife 1", "a.html police 0", "b.html knife 2",
                "b.html police 0", "b.html weapon 0"), List.of("weapons", "knife", "police", "weapon").stream()
                .flatMap(word -> postings.get(word).stream().map(posting -> new String[] {
                        posting[0] == 0 ? "a.html" : "b.html", word, String.valueOf(posting[2])}))
                .sorted(java.util.Comparator.comparing((String[] posting) -> posting[0]))
                .map(posting -> String.join(" ", posting)).toList());
    }

    @Test
    void theReferenceDocumentsAreGivenAsRunsSinceAPagesSectionsAreConsecutive() {
        List<SearchDocument> documents = List.of(
                new SearchDocument("a.html", Kind.GUIDANCE, "A", "", "", ""),
                new SearchDocument("contacts.html", Kind.CONTACT, "Contacts", "", "", ""),
                new SearchDocument("contacts.html#contact-a", Kind.CONTACT, "A", "Contacts", "", ""),
                new SearchDocument("decisions/a.html", Kind.DECISION_TABLE, "A", "", "", ""),
                new SearchDocument("sources.html", Kind.SOURCE, "Sources", "", "", ""));

        assertEquals(List.of(1, 3, 4, 5), SearchIndex.referenceDocuments(documents));
        assertEquals(List.of(), SearchIndex.referenceDocuments(documents.subList(0, 1)));
    }

    @Test
    void theSourcesPageIsReferenceAndTheDecisionTablesAreNot() {
        assertEquals(Kind.SOURCE, Kind.of("sources.html"));
        assertTrue(Kind.of("sources.html").isReference());
        assertTrue(Kind.of("glossary.html").isReference() && Kind.of("contacts.html").isReference()
                && Kind.of("legislation.html").isReference());
        assertFalse(Kind.of("decisions/call-police.html").isReference());
        assertFalse(Kind.of("decisions/index.html").isReference());
        assertFalse(Kind.of("incidents/drugs.html").isReference());
    }

    @Test
    void commonWordsAreLeftOut() {
        Map<String, List<int[]>> postings = SearchIndex.postings(List.of(document("a.html", "The law", "It is in the act.")));

        assertEquals(List.of("act", "law"), List.copyOf(postings.keySet()));
    }

    @Test
    void theFilesHoldEveryWordAndDocumentInParts() {
        List<SearchDocument> documents = new ArrayList<>();
        IntStream.range(0, 40).forEach(i -> documents.add(document("page-" + i + ".html#part", "Page " + i,
                IntStream.range(0, 300).mapToObj(w -> "word" + (w * 7 + i) % 500).reduce("", (a, b) -> a + " " + b))));
        Map<String, byte[]> files = SearchIndex.files(documents);
        Map<String, List<int[]>> postings = SearchIndex.postings(documents);

        Map<String, Object> index = (Map<String, Object>) SearchIndexTest.<List<Object>>call(files, "search/index.js").get(0);
        assertEquals(40, index.get("documents"));
        List<String> words = List.of(((String) index.get("words")).split(" "));
        assertEquals(List.copyOf(postings.keySet()), words);
        List<Integer> starts = (List<Integer>) index.get("termsFiles");
        assertTrue(starts.size() > 1, "more than one terms file");
        assertEquals(0, starts.get(0));
        for (int file = 0; file < starts.size(); file++) {
            List<Object> call = call(files, "search/terms-" + file + ".js");
            assertEquals(file, call.get(0));
            List<List<Integer>> lists = (List<List<Integer>>) call.get(1);
            int end = file + 1 < starts.size() ? starts.get(file + 1) : words.size();
            assertEquals(end - starts.get(file), lists.size());
            for (int term = starts.get(file); term < end; term++) {
                List<Integer> gaps = lists.get(term - starts.get(file));
                List<int[]> expected = postings.get(words.get(term));
                int document = 0;
                for (int i = 0; i < expected.size(); i++) {
                    document += gaps.get(2 * i);
                    // the weight times four, plus the word's place: 2 title, 1 headings, 0 text
                    assertArrayEquals(expected.get(i), new int[] {document, gaps.get(2 * i + 1) / 4,
                            gaps.get(2 * i + 1) % 4}, words.get(term));
                }
                assertEquals(expected.size() * 2, gaps.size());
                assertEquals(expected.size(), ((List<Integer>) index.get("documentCounts")).get(term));
            }
        }
        List<Object> last = call(files, "search/documents-2.js");
        assertEquals(List.of("page-39.html#part", 0, "Page 39", ""), ((List<List<Object>>) last.get(1)).get(7).subList(0, 4));
        assertFalse(files.containsKey("search/documents-3.js"));
    }

    @Test
    void aLongTextIsCutAtAWord() {
        String text = "word ".repeat(SearchIndex.TEXT_LENGTH);
        List<Object> call = call(SearchIndex.files(List.of(document("a.html", "A", text))), "search/documents-0.js");

        String kept = (String) ((List<List<Object>>) call.get(1)).get(0).get(4);
        assertTrue(kept.length() <= SearchIndex.TEXT_LENGTH + 2 && kept.endsWith("word …"), kept);
    }

    @Test
    void theSameDocumentsGiveTheSameBytes() {
        List<SearchDocument> documents = List.of(document("a.html", "Café", "Ümlaut \"quoted\" text"),
                document("b.html", "Second", "more text"));
        Map<String, byte[]> first = SearchIndex.files(documents);
        Map<String, byte[]> second = SearchIndex.files(documents);

        assertEquals(first.keySet(), second.keySet());
        first.forEach((file, bytes) -> assertArrayEquals(bytes, second.get(file), file));
    }
}
