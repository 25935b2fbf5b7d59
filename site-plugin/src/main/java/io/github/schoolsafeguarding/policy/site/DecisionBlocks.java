package io.github.schoolsafeguarding.policy.site;

import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.decision.DecisionTable;
import io.github.schoolsafeguarding.policy.decision.Example;
import io.github.schoolsafeguarding.policy.decision.Outcome;
import io.github.schoolsafeguarding.policy.decision.verify.ExampleOutcomeCheck;
import io.github.schoolsafeguarding.policy.decision.verify.Verification;
import io.github.schoolsafeguarding.policy.render.FencedBlocks;
import io.github.schoolsafeguarding.policy.render.PagePaths;
import io.github.schoolsafeguarding.policy.render.Theme;
import io.github.schoolsafeguarding.policy.yaml.YamlFiles;
import io.github.schoolsafeguarding.policy.yaml.YamlValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.TreeMap;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decision tables inside guidance pages. A page shows a whole table with
 *
 * <pre>
 * ```decision-table sharing-nudes-referral
 * ```
 * </pre>
 *
 * and a worked example, evaluated when the site is built, with
 *
 * <pre>
 * ```decision-example
 * table: sharing-nudes-referral
 * name: Two 15-year-olds swap photos
 * source: north-somerset-flowchart
 * given: {adult_involved: false, coercion_or_blackmail: false, ...}
 * expect: {action: dsl-risk-assessment}
 * ```
 * </pre>
 *
 * An example whose expected outcome differs from what the table decides fails the build, naming the
 * page, line, example and both outcomes: the prose can never drift from the rules.
 */
final class DecisionBlocks implements FencedBlocks {

    static final String TABLE = "decision-table";

    /** The opening of a block that shows a table, wherever it stands in a page's Markdown. */
    private static final Pattern TABLE_BLOCK = Pattern.compile("^```" + TABLE + "\\s+(\\S+)", Pattern.MULTILINE);
    static final String EXAMPLE = "decision-example";
    private static final List<String> EXAMPLE_KEYS = List.of("table", "name", "source", "given", "expect");

    private final Map<String, DecisionTable> tables;
    private final Set<String> unreadableTables;
    private final Map<String, Verification> verifications;
    private final DecisionPageData data;
    private final Theme theme;
    private final Map<String, Set<String>> embeddedIn = new TreeMap<>();

    /** @param unreadableTables the tables whose files could not be read, which report their own problems */
    DecisionBlocks(List<DecisionTable> tables, Set<String> unreadableTables, Map<String, Verification> verifications,
            DecisionPageData data, Theme theme) {
        this.tables = tables.stream().collect(Collectors.toMap(DecisionTable::id, table -> table, (a, b) -> a, LinkedHashMap::new));
        this.unreadableTables = unreadableTables;
        this.verifications = verifications;
        this.data = data;
        this.theme = theme;
    }

    @Override
    public Optional<String> render(String pagePath, String info, String body, Location at, Problems problems) {
        String[] words = info.split("\\s+");
        if (words[0].equals(TABLE)) {
            return Optional.of(table(pagePath, words.length > 1 ? words[1] : "", at, problems));
        }
        if (words[0].equals(EXAMPLE)) {
            return Optional.of(example(pagePath, body, at, problems));
        }
        return Optional.empty();
    }

    private String table(String pagePath, String id, Location at, Problems problems) {
        Optional<DecisionTable> table = known(id, at, problems, "```" + TABLE + " <table-id>");
        if (table.isEmpty()) {
            return "";
        }
        embeddedIn.computeIfAbsent(id, key -> new TreeSet<>()).add(pagePath);
        Map<String, Object> view = new LinkedHashMap<>(data.table(table.get(), verifications.get(id)));
        view.put("url", tableUrl(pagePath, table.get()));
        return theme.render("decision-embed", view, problems);
    }

    /**
     * The tables a page's Markdown shows, read from its text alone: for a page that could not be
     * read, which may still be the one page that shows a table.
     */
    static Set<String> tablesNamedIn(String markdown) {
        return TABLE_BLOCK.matcher(markdown).results().map(match -> match.group(1)).collect(Collectors.toSet());
    }

    /** The pages that have shown a table so far, by the path of each page. */
    Set<String> pagesShowing(String tableId) {
        return embeddedIn.getOrDefault(tableId, Set.of());
    }

    private String example(String pagePath, String body, Location at, Problems problems) {
        Optional<YamlValue> yaml = YamlFiles.parse(at.file(), body, at.line(), problems);
        if (yaml.isEmpty() || !yaml.get().isMap()) {
            problems.add(Problem.error("example.not-a-map", at, "a worked example should be 'key: value' lines",
                    "give table, name, source, given and expect"));
            return "";
        }
        YamlValue example = yaml.get();
        example.allowOnly(EXAMPLE_KEYS, problems);
        Optional<DecisionTable> table = example.requireText("table", problems, "the id of a decision table")
                .flatMap(id -> known(id, example.location(), problems, "table: <table-id>"));
        Optional<String> name = example.requireText("name", problems, "a short name for the example");
        String source = example.optionalText("source", problems, "the short name of a source").orElse("");
        Map<String, String> given = texts(example, "given", problems);
        Map<String, String> expect = texts(example, "expect", problems);
        if (table.isEmpty() || name.isEmpty() || expect.isEmpty()) {
            return "";
        }
        Example worked = new Example(name.get(), source, given, Outcome.of(expect), example.location());
        Optional<Problem> mismatch = new ExampleOutcomeCheck().check(table.get(), worked);
        if (mismatch.isPresent()) {
            problems.add(mismatch.get());
            return "";
        }
        Map<String, Object> view = new LinkedHashMap<>(data.example(table.get(), worked));
        view.put("url", tableUrl(pagePath, table.get()));
        return theme.render("decision-example", view, problems);
    }

    private Optional<DecisionTable> known(String id, Location at, Problems problems, String form) {
        DecisionTable table = tables.get(id);
        if (table == null && unreadableTables.contains(id)) {
            return Optional.empty();
        }
        if (table == null) {
            problems.add(Problem.error("decision.unknown-table", at, "there is no decision table '" + id + "'",
                    "write " + form + " with one of " + String.join(", ", tables.keySet())));
            return Optional.empty();
        }
        if (verifications.get(id).hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(table);
    }

    private static Map<String, String> texts(YamlValue example, String key, Problems problems) {
        Map<String, String> texts = new LinkedHashMap<>();
        Optional<YamlValue> map = example.get(key);
        if (map.isEmpty() || !map.get().isMap()) {
            problems.add(Problem.error("example.missing", example.location(), "'" + key + "' is missing",
                    "give '" + key + ": {input: value, ...}'"));
            return texts;
        }
        map.get().entries().forEach((id, value) -> texts.put(id, value.text().orElse("")));
        return texts;
    }

    private static String tableUrl(String pagePath, DecisionTable table) {
        return PagePaths.relative(pagePath, PagePaths.htmlFile(AreaRenderer.decisionPath(table)));
    }
}
