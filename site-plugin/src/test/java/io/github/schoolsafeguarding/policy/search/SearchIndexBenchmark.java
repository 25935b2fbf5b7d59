package io.github.schoolsafeguarding.policy.search;

import io.github.schoolsafeguarding.policy.check.Problems;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.jsoup.Jsoup;
import org.yaml.snakeyaml.Yaml;

/**
 * Builds the search index of a synthetic corpus ({@link SyntheticCorpus}, 5,000 pages unless
 * {@code -Dpages=N}) into {@code target/search-benchmark/}, prints its size, then searches it in
 * headless Chromium ({@code -Dchromium=PATH}, default {@code /usr/bin/chromium}) with the real
 * {@code search.js}, one fresh page per query, and prints for each query what its first search
 * downloaded (gzip) and how long it took, and the median over the queries. The budget: under 300 KB
 * gzip for a first search, under 50 ms for a query. Run from the repository's root:
 *
 * <pre>
 * mvn -q -f site-plugin/pom.xml test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.schoolsafeguarding.policy.search.SearchIndexBenchmark
 * </pre>
 */
public final class SearchIndexBenchmark {

    private static final List<String> QUERIES = List.of("police", "knife", "missing pupil", "call the police",
            "designated safeguarding lead", "sharing nudes", "county lines", "social care referral", "drugs",
            "safegaurding", "exploitaton", "knif", "polic", "child sexual exploitation risk assessment");

    /** Text that tests the tokeniser's rules, which the browser must split as the Java does. */
    private static final List<String> AWKWARD = List.of("Café naïve RÉSUMÉ", "children's 999/101 e-safety",
            "Ångström — ½ «quoted» x²", "İstanbul ǅ ﬁnal", "tab\there\nnew line", "");

    private static final Pattern RESULT = Pattern.compile("<pre id=\"result\">(.*?)</pre>", Pattern.DOTALL);

    private SearchIndexBenchmark() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        int count = Integer.getInteger("pages", 5000);
        Path root = Files.isDirectory(Path.of("content")) ? Path.of(".") : Path.of("..");
        Path out = root.resolve("target/search-benchmark").toAbsolutePath().normalize();
        Map<String, byte[]> pages = new TreeMap<>();
        new SyntheticCorpus(root.resolve("content/pages"), 42).pages(count)
                .forEach((path, html) -> pages.put(path, html.getBytes(StandardCharsets.UTF_8)));
        long words = pages.values().stream().mapToLong(page ->
                Tokenizer.words(Jsoup.parse(new String(page, StandardCharsets.UTF_8)).select("main").text()).size()).sum();

        long start = System.nanoTime();
        // the content's shared synonyms, as every area has them ('areas' holds no area's own)
        Map<String, byte[]> index = SearchIndex.of(pages,
                Synonyms.of(root.resolve("content"), root.resolve("content/areas"), new Problems()), "the benchmark",
                new Problems());
        long took = (System.nanoTime() - start) / 1_000_000;

        deleteTree(out);
        for (Map.Entry<String, byte[]> file : index.entrySet()) {
            write(out.resolve(file.getKey()), file.getValue());
        }
        write(out.resolve("search.js"), Files.readAllBytes(root.resolve("theme/assets/search.js")));
        try (InputStream page = SearchIndexBenchmark.class.getResourceAsStream("search-timing.html")) {
            write(out.resolve("search-timing.html"), page.readAllBytes());
        }
        long raw = index.values().stream().mapToLong(bytes -> bytes.length).sum();
        long gzip = index.values().stream().mapToLong(SearchIndexBenchmark::gzip).sum();
        System.out.printf("%d pages, %,d words; index built in %d ms into %s%n",
                count, words, took, out);
        System.out.printf("index: %d files, %,d bytes (%,d gzip); index.js %,d bytes (%,d gzip)%n", index.size(),
                raw, gzip, index.get("search/index.js").length, gzip(index.get("search/index.js")));

        Path chromium = Path.of(System.getProperty("chromium", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            System.out.println("no Chromium at " + chromium + " (-Dchromium=PATH): query times not measured");
            return;
        }
        for (String text : AWKWARD) {
            Object split = new Yaml().load(run(chromium, out, "words=" + encode(text)));
            String browser = String.valueOf(split);
            String java = Tokenizer.words(text).toString();
            System.out.printf("words of %-30s Java %s, browser %s%s%n", "\"" + text.replace("\t", "\\t")
                    .replace("\n", "\\n") + "\":", java, browser, java.equals(browser) ? "" : "  DIFFERENT");
        }
        System.out.printf("%-45s %8s %10s %10s %10s  %s%n", "query", "results", "download", "first ms", "again ms", "best");
        List<Double> firsts = new ArrayList<>();
        List<Double> agains = new ArrayList<>();
        List<Long> downloads = new ArrayList<>();
        for (String query : QUERIES) {
            Map<String, Object> found = new Yaml().load(run(chromium, out, "q=" + encode(query) + "&repeat=9"));
            if (found.containsKey("error")) {
                throw new IllegalStateException(query + ": " + found.get("error"));
            }
            @SuppressWarnings("unchecked")
            List<String> loaded = (List<String>) found.get("files");
            long download = loaded.stream().filter(file -> file.startsWith("search/"))
                    .mapToLong(file -> gzip(read(out.resolve(file)))).sum();
            double first = ((Number) found.get("first")).doubleValue();
            double again = ((Number) found.get("again")).doubleValue();
            firsts.add(first);
            agains.add(again);
            downloads.add(download);
            System.out.printf("%-45s %8s %8.1f KB %10.1f %10.1f  %s%n", query, found.get("total"), download / 1024.0,
                    first, again, found.get("top"));
        }
        System.out.printf("median over %d queries: first search downloads %.1f KB gzip (largest %.1f KB),"
                        + " takes %.1f ms with loading from disk; a query on what is loaded takes %.1f ms%n",
                QUERIES.size(), median(downloads.stream().map(Long::doubleValue).toList()) / 1024,
                downloads.stream().mapToLong(Long::longValue).max().orElse(0) / 1024.0, median(firsts), median(agains));
    }

    /** Opens the timing page in headless Chromium and gives what it wrote into #result. */
    private static String run(Path chromium, Path folder, String query) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--virtual-time-budget=60000", "--dump-dom",
                folder.resolve("search-timing.html").toUri() + "?" + query)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        Matcher result = RESULT.matcher(dom);
        if (!result.find() || result.group(1).isEmpty()) {
            throw new IllegalStateException("the timing page wrote nothing for " + query);
        }
        return org.jsoup.parser.Parser.unescapeEntities(result.group(1), false);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
    }

    static long gzip(byte[] bytes) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compressed.size();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var paths = Files.walk(folder)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
