package io.github.schoolsafeguarding.policy.search;

import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.incremental.Memo;
import io.github.schoolsafeguarding.policy.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The search index of one area, as classic scripts the search page loads from any web server, a
 * shared drive or {@code file://} (a script can be loaded from disk where a data file cannot). A
 * search downloads only what it needs:
 *
 * <pre>
 * search/index.js           every word (sorted), how many documents hold it, and which terms file has it;
 *                           the kinds, which documents are reference, and the synonyms ({@link Synonyms})
 * search/terms-N.js         the postings of a run of consecutive words: document, weight, document, ...
 * search/documents-N.js     16 documents: address, kind, title, page title and the start of the text
 * </pre>
 *
 * Each file calls {@code safeguardingSearch.index}, {@code .terms} or {@code .documents} in
 * {@code theme/assets/search.js}. A posting's weight is the word's BM25 weight in that document, with
 * a word in the title counting five times, in a heading two and a half times, and scaled to a small
 * whole number; the browser multiplies it by the word's rarity, which it works out from the number of
 * documents. The weight is written times four, plus where the word is at its most prominent: 2 in the
 * document's title (what a result shows as its heading), 1 in its headings only, 0 in its text only.
 * The browser ranks guidance whose title holds the query first, then guidance with it in its headings,
 * then reference matched in either, then the rest. Words too common to tell documents apart
 * ({@link #STOP_WORDS}) are left out, and the list goes to the browser so that it leaves them out of a
 * query too.
 */
public final class SearchIndex {

    public static final String FOLDER = "search/";

    public static final Set<String> STOP_WORDS = new TreeSet<>(List.of(
            "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "has", "have",
            "he", "her", "his", "i", "if", "in", "into", "is", "it", "its", "of", "on", "or", "s", "she",
            "so", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "to",
            "was", "we", "were", "which", "will", "with"));

    /** Documents per documents file: few enough that the ten best results cost little to show. */
    static final int DOCUMENTS_PER_FILE = 16;

    /** Characters of postings after which a terms file is closed: a file is this size or one word. */
    static final int TERMS_FILE_SIZE = 12_000;

    /** Characters of a document's text kept to show as the snippet under a result. */
    static final int TEXT_LENGTH = 600;

    private static final double TITLE = 5;
    private static final double HEADINGS = 2.5;
    private static final double BODY = 1;
    private static final double K1 = 1.2;
    private static final double B = 0.75;
    private static final double SCALE = 32;

    private SearchIndex() {}

    /**
     * The index of an area's published files (keyed by path below the area's folder): every page,
     * with the synonyms the area's search uses, each checked against the words of its guidance.
     *
     * @param area the area's name, for the problems
     */
    public static Map<String, byte[]> of(Map<String, byte[]> areaFiles, Synonyms synonyms, String area,
            Problems problems) {
        List<SearchDocument> documents = new ArrayList<>();
        new TreeMap<>(areaFiles).forEach((file, bytes) -> {
            if (file.endsWith(".html")) {
                documents.addAll(PageSections.of(file, new String(bytes, StandardCharsets.UTF_8)));
            }
        });
        return of(documents, synonyms, area, problems, Memo.NONE);
    }

    /**
     * The index of an area's pages, cut into documents already ({@link PageSections}), in the order
     * of their files. A document the last build indexed comes back as the same object when its page
     * did not change: {@code memo} then keeps what is made of it.
     */
    public static Map<String, byte[]> of(List<SearchDocument> documents, Synonyms synonyms, String area,
            Problems problems, Memo memo) {
        Map<String, List<int[]>> postings = postings(documents, memo);
        synonyms.checkUsed(postings.keySet(), area, problems);
        return files(documents, postings, synonyms, memo);
    }

    /** The index files of these documents, by path below the area's folder, with no synonyms. */
    public static Map<String, byte[]> files(List<SearchDocument> documents) {
        return files(documents, postings(documents), Synonyms.none(), Memo.NONE);
    }

    private static Map<String, byte[]> files(List<SearchDocument> documents, Map<String, List<int[]>> postings,
            Synonyms synonyms, Memo memo) {
        Map<String, String> files = new TreeMap<>();
        Map<String, byte[]> bytes = new TreeMap<>();
        List<Integer> termsFileStarts = new ArrayList<>();
        StringBuilder termsFile = new StringBuilder(4 * TERMS_FILE_SIZE);
        int term = 0;
        for (List<int[]> list : postings.values()) {
            if (termsFile.length() >= TERMS_FILE_SIZE || term == 0) {
                closeTermsFile(termsFile, termsFileStarts.size() - 1, files);
                termsFileStarts.add(term);
            }
            encode(list, termsFile.append(termsFile.length() == 0 ? "" : ","));
            term++;
        }
        closeTermsFile(termsFile, termsFileStarts.size() - 1, files);
        for (int first = 0; first < documents.size(); first += DOCUMENTS_PER_FILE) {
            int number = first / DOCUMENTS_PER_FILE;
            List<SearchDocument> inFile = documents.subList(first, Math.min(first + DOCUMENTS_PER_FILE, documents.size()));
            // after an edit most files hold the very documents the last build wrote (they come from the memo)
            bytes.put(FOLDER + "documents-" + number + ".js", memo.reuse("search documents file",
                    List.of(number, inFile.stream().map(Memo::sameObject).toList()),
                    () -> ("safeguardingSearch.documents(" + number + ",[" + inFile.stream().map(SearchIndex::document)
                            .collect(Collectors.joining(",\n")) + "]);\n").getBytes(StandardCharsets.UTF_8)));
        }
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("documents", documents.size());
        index.put("documentsPerFile", DOCUMENTS_PER_FILE);
        index.put("kinds", Arrays.stream(Kind.values()).map(kind -> Json.string(kind.label()))
                .collect(Collectors.joining(",", "[", "]")));
        index.put("referenceDocuments", referenceDocuments(documents).stream().map(String::valueOf)
                .collect(Collectors.joining(",", "[", "]")));
        index.put("synonyms", synonyms.json());
        index.put("stopWords", Json.string(String.join(" ", STOP_WORDS)));
        index.put("words", Json.string(String.join(" ", postings.keySet())));
        index.put("documentCounts", postings.values().stream().map(list -> String.valueOf(list.size()))
                .collect(Collectors.joining(",", "[", "]")));
        index.put("termsFiles", termsFileStarts.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]")));
        files.put(FOLDER + "index.js", "safeguardingSearch.index({" + index.entrySet().stream()
                .map(entry -> Json.string(entry.getKey()) + ":" + entry.getValue())
                .collect(Collectors.joining(",\n")) + "});\n");
        files.forEach((path, text) -> bytes.put(path, text.getBytes(StandardCharsets.UTF_8)));
        return bytes;
    }

    /**
     * The documents that are reference, as runs: first, end (exclusive), first, end, ... The browser
     * ranks before it has loaded any document, and a page's sections are consecutive, so a few runs
     * (the contacts, glossary, legislation and sources pages) say it for every document.
     */
    static List<Integer> referenceDocuments(List<SearchDocument> documents) {
        List<Integer> runs = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            boolean reference = documents.get(i).kind().isReference();
            boolean previous = i > 0 && documents.get(i - 1).kind().isReference();
            if (reference != previous) {
                runs.add(i);
            }
        }
        if (runs.size() % 2 == 1) {
            runs.add(documents.size());
        }
        return runs;
    }

    private static void closeTermsFile(StringBuilder postings, int number, Map<String, String> files) {
        if (number >= 0) {
            files.put(FOLDER + "terms-" + number + ".js", "safeguardingSearch.terms(" + number + ",[" + postings + "]);\n");
        }
        postings.setLength(0);
    }

    /** Where a word is in a document at its most prominent, as written in the index. */
    static final int IN_TEXT = 0;
    static final int IN_HEADINGS = 1;
    static final int IN_TITLE = 2;

    /**
     * Each word's documents in order, each with its weight there and where the word is at its most
     * prominent ({@link #IN_TITLE}, {@link #IN_HEADINGS} or {@link #IN_TEXT}): {document, weight, place}.
     */
    static Map<String, List<int[]>> postings(List<SearchDocument> documents) {
        return postings(documents, Memo.NONE);
    }

    /** As {@link #postings(List)}, counting again only the words of documents {@code memo} has not seen. */
    private static Map<String, List<int[]>> postings(List<SearchDocument> documents, Memo memo) {
        List<Words> words = documents.stream()
                .map(document -> memo.reuse("search words", document, () -> Words.of(document))).toList();
        double average = Math.max(1, words.stream().mapToDouble(Words::length).average().orElse(1));
        // gathered by hash and sorted once: a sorted map would compare words at every posting
        Map<String, List<int[]>> postings = new HashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            Words document = words.get(i);
            double norm = K1 * (1 - B + B * document.length() / average);
            for (int w = 0; w < document.words().length; w++) {
                double tf = document.counts()[w];
                postings.computeIfAbsent(document.words()[w], key -> new ArrayList<>())
                        .add(new int[] {i, (int) Math.max(1, Math.round(SCALE * tf * (K1 + 1) / (tf + norm))),
                                document.places()[w]});
            }
        }
        return new TreeMap<>(postings);
    }

    /**
     * A document's words, each with its weighted count and where it is at its most prominent
     * ({@link #IN_TITLE}, {@link #IN_HEADINGS} or {@link #IN_TEXT}), and its weighted length: what
     * the postings need of it, in arrays, since every build goes through every word of every document.
     */
    private record Words(String[] words, double[] counts, int[] places, double length) {

        static Words of(SearchDocument document) {
            Map<String, Double> count = new HashMap<>();
            double length = add(document.title(), TITLE, count);
            Set<String> inTitle = Set.copyOf(count.keySet());
            length += add(document.headings(), HEADINGS, count);
            Set<String> inTitleOrHeadings = Set.copyOf(count.keySet());
            length += add(document.body(), BODY, count);
            String[] words = count.keySet().toArray(String[]::new);
            double[] counts = new double[words.length];
            int[] places = new int[words.length];
            for (int w = 0; w < words.length; w++) {
                counts[w] = count.get(words[w]);
                // every document's words are held until the index is written: one copy of each word,
                // not one per document, keeps 5,000 pages' words in 20 MB rather than 90
                words[w] = words[w].intern();
                places[w] = inTitle.contains(words[w]) ? IN_TITLE
                        : inTitleOrHeadings.contains(words[w]) ? IN_HEADINGS : IN_TEXT;
            }
            return new Words(words, counts, places, length);
        }
    }

    /** Counts the words of one field, weighted; gives the weighted number of words. */
    private static double add(String text, double weight, Map<String, Double> count) {
        double length = 0;
        for (String word : Tokenizer.words(text)) {
            if (!STOP_WORDS.contains(word)) {
                count.merge(word, weight, Double::sum);
                length += weight;
            }
        }
        return length;
    }

    /**
     * A word's postings as gaps between documents, which keeps the numbers short, each with its
     * weight times four plus its place.
     */
    private static void encode(List<int[]> postings, StringBuilder text) {
        text.append('[');
        int previous = 0;
        boolean first = true;
        for (int[] posting : postings) {
            (first ? text : text.append(',')).append(posting[0] - previous).append(',')
                    .append(4 * posting[1] + posting[2]);
            previous = posting[0];
            first = false;
        }
        text.append(']');
    }

    private static String document(SearchDocument document) {
        return "[" + Json.string(document.url()) + "," + document.kind().ordinal() + "," + Json.string(document.title())
                + "," + Json.string(document.page()) + "," + Json.string(shorten(document.body())) + "]";
    }

    private static String shorten(String text) {
        if (text.length() <= TEXT_LENGTH) {
            return text;
        }
        int end = text.lastIndexOf(' ', TEXT_LENGTH);
        return text.substring(0, end > 0 ? end : TEXT_LENGTH) + " …";
    }
}
