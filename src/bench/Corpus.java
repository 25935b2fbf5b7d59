import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the benchmark's corpora, the same bytes for the same arguments on every machine, as this
 * project's content (a copy of the real content/ with more added) and as a Hugo site with the same
 * Markdown bodies. Run with Java 17 or later, no dependencies:
 *
 * <pre>
 * java src/bench/Corpus.java pages N content OUT [--in-handbook]   # OUT/content: the real content and a section of N generated pages
 * java src/bench/Corpus.java areas N content OUT   # OUT/content: the real pages for N areas (the real ones and copies)
 * </pre>
 *
 * Both also write OUT/hugo, a minimal Hugo site holding the same page bodies, and print one line
 * saying what they wrote. The generated text is placeholder words, not guidance.
 *
 * <p>The generated section is listed in the footer, as the maintainers' section is, so it is not
 * laid out in the area's handbook PDF: the benchmark measures what grows with the pages, and the
 * handbook of the real pages stays a fixed cost. {@code --in-handbook} lists it in the header
 * instead, so that the handbook holds every generated page too.
 */
public class Corpus {

    /** Every date in the generated front matter: the tests' fixed day, so a strict build accepts it on that day. */
    static final String REVIEWED = "2026-12-04";
    static final String REVIEW_DUE = "2027-12-04";
    /** A current, shared source from content/sources.yaml (not superseded, not one area's own). */
    static final String SOURCE = "kcsie";
    static final String SECTION = "bench";
    static final int SECTIONS = 10;
    static final int WORDS_PER_PAGE = 700;

    public static void main(String[] args) throws IOException {
        boolean inHandbook = args.length == 5 && args[4].equals("--in-handbook");
        if (args.length != 4 && !inHandbook || !(args[0].equals("pages") || args[0].equals("areas"))) {
            System.err.println("usage: java src/bench/Corpus.java pages|areas N CONTENT_DIR OUT_DIR [--in-handbook]");
            System.exit(2);
        }
        int n = Integer.parseInt(args[1]);
        Path content = Path.of(args[2]);
        Path out = Path.of(args[3]);
        if (!Files.isRegularFile(content.resolve("site.yaml"))) {
            System.err.println(content + " holds no site.yaml: give the project's content folder");
            System.exit(2);
        }
        int least = args[0].equals("pages") ? 1 + 2 * SECTIONS : realAreas(content).size();
        if (n < least) {
            System.err.println(args[0].equals("pages")
                    ? "give at least " + least + " pages: one index, " + SECTIONS + " section indexes and a page in each section"
                    : "give at least " + least + " areas: the real ones in " + content.resolve("areas"));
            System.exit(2);
        }
        deleteTree(out);
        copyTree(content, out.resolve("content"));
        Hugo.site(out.resolve("hugo"));
        if (args[0].equals("pages")) {
            new Pages(n, out, inHandbook).write();
        } else {
            new Areas(n, content, out).write();
        }
    }

    /** One section of generated pages, under content/pages/bench/ and hugo/content/bench/. */
    static final class Pages {
        private final int total;
        private final Path ours;
        private final Path hugo;
        private final Text text = new Text(new Random(16));
        private final boolean inHandbook;
        private long words;
        private long links;

        Pages(int total, Path out, boolean inHandbook) {
            this.total = total;
            this.inHandbook = inHandbook;
            this.ours = out.resolve("content/pages").resolve(SECTION);
            this.hugo = out.resolve("hugo/content").resolve(SECTION);
        }

        void write() {
            int leaves = total - 1 - SECTIONS;
            write("index.md", frontMatter("Benchmark pages", "Generated placeholder pages for the build benchmark; they give no guidance.", 99, false)
                    + (inHandbook ? "" : "navigation: footer\n"),
                    text.paragraph() + "\n\nEach of the " + SECTIONS + " sections below holds generated pages of placeholder words.\n");
            for (int s = 1; s <= SECTIONS; s++) {
                write(section(s) + "/index.md",
                        frontMatter("Benchmark section " + s, "Section " + s + " of the generated benchmark pages.", s, false),
                        text.paragraph() + "\n");
            }
            for (int page = 1; page <= leaves; page++) {
                int s = sectionOf(page, leaves);
                write(section(s) + "/" + leaf(page) + ".md",
                        frontMatter("Benchmark page " + page + " (" + text.words(2) + ")",
                                "Placeholder text " + page + " for the build benchmark, not guidance.", page, page % 10 == 0),
                        body(page, s, leaves));
            }
            System.out.printf(Locale.ROOT, "%d pages in %d sections: %d leaf pages of %d words on average, %d links between them%n",
                    total, SECTIONS, leaves, words / leaves, links);
        }

        /** Sections take consecutive pages, so each section grows with the corpus, as a real large section would. */
        private static int sectionOf(int page, int leaves) {
            return 1 + (int) ((long) (page - 1) * SECTIONS / leaves);
        }

        private static String section(int s) {
            return String.format(Locale.ROOT, "section-%02d", s);
        }

        private static String leaf(int page) {
            return String.format(Locale.ROOT, "page-%05d", page);
        }

        private String body(int page, int s, int leaves) {
            StringBuilder body = new StringBuilder();
            body.append(text.paragraph()).append("\n\n");
            body.append("## ").append(text.heading()).append("\n\n");
            body.append(text.paragraph()).append("\n\n").append(text.paragraph()).append("\n\n");
            body.append("### ").append(text.heading()).append("\n\n");
            for (int i = 0; i < 5; i++) {
                body.append("- ").append(text.sentence()).append("\n");
            }
            body.append("\n## ").append(text.heading()).append("\n\n");
            body.append(text.paragraph()).append("\n\n");
            body.append("| Item | Kind | Note |\n|---|---|---|\n");
            for (int i = 0; i < 5; i++) {
                body.append("| ").append(text.words(1)).append(" | ").append(text.words(2)).append(" | ")
                        .append(text.words(6)).append(" |\n");
            }
            body.append("\n## ").append(text.heading()).append("\n\n");
            body.append(text.paragraph()).append("\n\n");
            for (int i = 1; i <= 4; i++) {
                body.append(i).append(". ").append(text.sentence()).append("\n");
            }
            body.append("\n");
            while (count(body) < WORDS_PER_PAGE - 40) {
                body.append(text.paragraph()).append("\n\n");
            }
            body.append("### Related benchmark pages\n\n");
            int many = 3 + text.random.nextInt(3);
            for (int i = 0; i < many; i++) {
                int other = 1 + text.random.nextInt(leaves);
                if (other == page) {
                    other = other % leaves + 1;
                }
                int os = sectionOf(other, leaves);
                String href = (os == s ? "" : "../" + section(os) + "/") + leaf(other) + ".md";
                body.append("- [Benchmark page ").append(other).append("](").append(href).append(")\n");
                links++;
            }
            words += count(body);
            return body.toString();
        }

        private void write(String path, String frontMatter, String body) {
            writeFile(ours.resolve(path), "---\n" + frontMatter + "---\n\n" + body);
            // Hugo's section pages are _index.md; its index.md would make a page bundle instead
            String hugoPath = path.endsWith("index.md") ? path.replaceAll("index\\.md$", "_index.md") : path;
            writeFile(hugo.resolve(hugoPath), "---\n" + frontMatter + "weight: " + orderOf(frontMatter) + "\n---\n\n" + body);
        }

        private static String frontMatter(String title, String summary, int order, boolean amended) {
            return "title: " + title + "\n"
                    + "summary: " + summary + "\n"
                    + "order: " + order + "\n"
                    + "sources: [" + SOURCE + "]\n"
                    + "owner: Benchmark generator\n"
                    + "last_reviewed: " + REVIEWED + "\n"
                    + "review_due: " + REVIEW_DUE + "\n"
                    + (amended ? "amendments:\n  - date: " + REVIEWED
                            + "\n    change: Generated placeholder amendment so that the amendments page has entries.\n" : "");
        }

        private static String orderOf(String frontMatter) {
            Matcher m = Pattern.compile("(?m)^order: (\\d+)$").matcher(frontMatter);
            m.find();
            return m.group(1);
        }

        private static int count(CharSequence text) {
            return (int) Pattern.compile("[a-z]+", Pattern.CASE_INSENSITIVE).matcher(text).results().count();
        }
    }

    /** The real areas and copies of them up to N areas in all, each publishing every shared page. */
    static final class Areas {
        private final int total;
        private final Path content;
        private final Path out;

        Areas(int total, Path content, Path out) {
            this.total = total;
            this.content = content;
            this.out = out;
        }

        void write() throws IOException {
            List<Path> real = realAreas(content);
            Map<String, List<String>> copies = new TreeMap<>();
            for (int i = 1; i <= total - real.size(); i++) {
                Path template = real.get((i - 1) % real.size());
                String id = String.format(Locale.ROOT, "bench-area-%03d", i);
                copies.computeIfAbsent(template.getFileName().toString(), k -> new ArrayList<>()).add(id);
                Path copy = out.resolve("content/areas").resolve(id);
                copyTree(template, copy);
                Path yaml = copy.resolve("area.yaml");
                writeFile(yaml, renamed(Files.readString(yaml), String.format(Locale.ROOT, "Bench area %03d", i), 100 + i));
            }
            // a copy publishes its template's area passages too, as the copy's own pages link to their headings
            try (Stream<Path> pages = Files.walk(out.resolve("content/pages"))) {
                for (Path page : pages.filter(p -> p.toString().endsWith(".md")).toList()) {
                    String text = Files.readString(page);
                    String widened = Pattern.compile("(?m)^(\\s*`{3,}area )(.+)$").matcher(text).replaceAll(m -> {
                        List<String> ids = new ArrayList<>(List.of(m.group(2).strip().split("\\s+")));
                        for (String template : List.copyOf(ids)) {
                            ids.addAll(copies.getOrDefault(template, List.of()));
                        }
                        return Matcher.quoteReplacement(m.group(1) + String.join(" ", ids));
                    });
                    if (!widened.equals(text)) {
                        writeFile(page, widened);
                    }
                }
            }
            List<Path> shared;
            try (Stream<Path> pages = Files.walk(content.resolve("pages"))) {
                shared = pages.filter(p -> p.toString().endsWith(".md")).sorted().toList();
            }
            for (int a = 1; a <= total; a++) {
                Path area = out.resolve("hugo/content").resolve(String.format(Locale.ROOT, "area-%03d", a));
                writeFile(area.resolve("_index.md"), "---\ntitle: Area " + a + "\nweight: " + a + "\n---\n\nArea " + a + ".\n");
                for (Path page : shared) {
                    String relative = content.resolve("pages").relativize(page).toString();
                    if (relative.equals("index.md")) {
                        continue;
                    }
                    String hugoPath = relative.endsWith("index.md") ? relative.replaceAll("index\\.md$", "_index.md") : relative;
                    // a `layout:` names our theme's layouts, which Hugo's minimal site has not got
                    writeFile(area.resolve(hugoPath), Files.readString(page).replaceAll("(?m)^layout: .*\\n", ""));
                }
            }
            System.out.printf(Locale.ROOT, "%d areas (%d real, %d copies) sharing %d pages%n",
                    total, real.size(), total - real.size(), shared.size());
        }

        /**
         * The copy gets its own name, police force and place: the checks look for an area's name in
         * shared pages, so a copy must not share the real area's.
         */
        private static String renamed(String yaml, String name, int order) {
            String oldName = field(yaml, "name");
            String oldForce = field(yaml, "police_force");
            String renamed = yaml.replace(oldName, name).replace(oldForce, name + " Police");
            return renamed.replaceAll("(?m)^order: .*$", "order: " + order);
        }

        private static String field(String yaml, String key) {
            Matcher m = Pattern.compile("(?m)^" + key + ": (.+)$").matcher(yaml);
            if (!m.find()) {
                throw new IllegalStateException("area.yaml has no " + key);
            }
            return m.group(1).strip();
        }
    }

    /** A minimal Hugo site: no theme to download; a header listing the sections and a side navigation of the section. */
    static final class Hugo {
        static void site(Path hugo) {
            writeFile(hugo.resolve("config.toml"), """
                    baseURL = "http://127.0.0.1/"
                    languageCode = "en-gb"
                    title = "Benchmark"
                    # page-00042.md becomes page-00042.html, as in our site, so the same relative links work
                    uglyURLs = true
                    disableKinds = ["taxonomy", "term"]
                    """);
            writeFile(hugo.resolve("layouts/_default/baseof.html"), """
                    <!DOCTYPE html>
                    <html lang="en">
                    <head><meta charset="utf-8"><title>{{ .Title }} - {{ .Site.Title }}</title></head>
                    <body>
                    <header><nav><ul>{{ range .Site.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></nav></header>
                    {{ with .CurrentSection }}<nav><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
                    <ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></nav>{{ end }}
                    <main>{{ block "main" . }}{{ end }}</main>
                    </body>
                    </html>
                    """);
            writeFile(hugo.resolve("layouts/_default/single.html"), """
                    {{ define "main" }}<h1>{{ .Title }}</h1>
                    <p>{{ .Params.summary }}</p>
                    {{ .TableOfContents }}
                    {{ .Content }}{{ end }}
                    """);
            writeFile(hugo.resolve("layouts/_default/list.html"), """
                    {{ define "main" }}<h1>{{ .Title }}</h1>
                    {{ .Content }}
                    <ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>: {{ .Params.summary }}</li>{{ end }}</ul>{{ end }}
                    """);
            writeFile(hugo.resolve("layouts/_default/_markup/render-link.html"),
                    "<a href=\"{{ replaceRE `\\.md(#|$)` `.html$1` .Destination | safeURL }}\">{{ .Text | safeHTML }}</a>");
        }
    }

    /**
     * Placeholder words: English function words and made-up words of two to four syllables, the
     * made-up ones drawn by a Zipf law as a real vocabulary is. None is 'must', a place or a number,
     * so the wording and area checks have nothing to say.
     */
    static final class Text {
        private static final String[] COMMON = ("the of and to a in is it that for on with as this be at by from or an are "
                + "not they which have one all we can when your there if will each about how them then she so some her "
                + "would make like him into time has look two more see way could people than first been who its now").split(" ");
        private static final String[] SYLLABLES = ("ba be bi bo bu da de di do du fa fe fi fo fu ga ge gi go gu ka ke ki ko ku "
                + "la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu "
                + "va ve vi vo vu za ze zi zo zu").split(" ");
        private static final int VOCABULARY = 5000;

        final Random random;
        private final String[] words = new String[VOCABULARY];
        private final double[] cumulative = new double[VOCABULARY];

        Text(Random random) {
            this.random = random;
            Random made = new Random(1);
            double sum = 0;
            for (int i = 0; i < VOCABULARY; i++) {
                StringBuilder word = new StringBuilder();
                int syllables = 2 + made.nextInt(3);
                for (int s = 0; s < syllables; s++) {
                    word.append(SYLLABLES[made.nextInt(SYLLABLES.length)]);
                }
                words[i] = word.toString();
                sum += 1.0 / (i + 1);
                cumulative[i] = sum;
            }
            for (int i = 0; i < VOCABULARY; i++) {
                cumulative[i] /= sum;
            }
        }

        String word() {
            if (random.nextInt(100) < 45) {
                return COMMON[random.nextInt(COMMON.length)];
            }
            int at = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
            return words[Math.min(at < 0 ? -at - 1 : at, VOCABULARY - 1)];
        }

        String words(int n) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < n; i++) {
                out.append(i == 0 ? "" : " ").append(word());
            }
            return out.toString();
        }

        String sentence() {
            String s = words(8 + random.nextInt(9));
            return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
        }

        String paragraph() {
            StringBuilder out = new StringBuilder();
            int n = 3 + random.nextInt(3);
            for (int i = 0; i < n; i++) {
                out.append(i == 0 ? "" : " ").append(sentence());
            }
            return out.toString();
        }

        String heading() {
            String s = words(2 + random.nextInt(3));
            return Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
    }

    static List<Path> realAreas(Path content) throws IOException {
        try (Stream<Path> areas = Files.list(content.resolve("areas"))) {
            return areas.filter(Files::isDirectory).sorted().toList();
        }
    }

    static void writeFile(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.sorted().toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
