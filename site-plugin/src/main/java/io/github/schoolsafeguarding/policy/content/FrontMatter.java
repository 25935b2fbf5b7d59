package io.github.schoolsafeguarding.policy.content;

import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.yaml.YamlFiles;
import io.github.schoolsafeguarding.policy.yaml.YamlValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Splits a Markdown file into its YAML front matter (between {@code ---} lines) and its body. */
final class FrontMatter {

    static final List<String> KEYS =
            List.of("title", "summary", "order", "sources", "owner", "last_reviewed", "review_due", "layout",
                    "exit_this_page", "navigation", "duties", Amendments.KEY, SharedVersion.KEY);
    private static final List<String> DUTY_KEYS = List.of("says", "source", "where");
    private static final List<String> SHARED_VERSION_KEYS = List.of("page", "sha256");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private FrontMatter() {}

    /** The page, or empty when its front matter is missing or broken (the problems are reported). */
    static Optional<Page> read(String path, Path file, String text, KnownSources knownSources, Problems problems) {
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            problems.add(Problem.error("page.no-front-matter", Location.of(file, 1),
                    "the page does not start with front matter",
                    "start the file with a line '---', then title, summary, order, sources, owner, last_reviewed and review_due, then '---'"));
            return Optional.empty();
        }
        int end = 1;
        while (end < lines.length && !lines[end].strip().equals("---")) {
            end++;
        }
        if (end == lines.length) {
            problems.add(Problem.error("page.unclosed-front-matter", Location.of(file, 1),
                    "the front matter is never closed", "add a line '---' after the last front matter line"));
            return Optional.empty();
        }
        String yaml = String.join("\n", List.of(lines).subList(1, end));
        String body = String.join("\n", List.of(lines).subList(end + 1, lines.length));
        int bodyLine = end + 2;
        return YamlFiles.parse(file, yaml, 1, problems)
                .flatMap(meta -> readMeta(meta, knownSources, problems))
                .map(meta -> new Page(path, file, meta, body, bodyLine));
    }

    private static Optional<PageMeta> readMeta(YamlValue yaml, KnownSources knownSources, Problems problems) {
        if (!yaml.isMap()) {
            problems.add(Problem.error("page.front-matter-not-map", yaml.location(),
                    "the front matter should be 'key: value' lines", "write one 'key: value' per line"));
            return Optional.empty();
        }
        yaml.allowOnly(KEYS, problems);
        var title = yaml.requireText("title", problems, "the page's title");
        var summary = yaml.requireText("summary", problems, "one sentence saying what the page is for");
        var order = yaml.optionalInteger("order", problems);
        if (yaml.get("order").isEmpty()) {
            problems.add(Problem.error("yaml.missing-key", yaml.location(), "'order' is missing",
                    "add 'order:' with the page's position among its neighbours, such as 10"));
        }
        List<String> sources = yaml.textList("sources", problems);
        if (sources.isEmpty() && !yaml.reportBlank("sources", problems,
                "the short names of the documents the page is written from, as [short-name, …] (see sources.yaml)")) {
            problems.add(Problem.error("page.no-sources", yaml.location(), "the page cites no source",
                    "add 'sources: [short-name]' with the documents the page is written from (see sources.yaml)"));
        }
        for (YamlValue source : yaml.get("sources").map(YamlValue::itemsOrSelf).orElse(List.of())) {
            source.text().ifPresent(id -> knownSources.require(id, source.location(), problems));
        }
        var owner = yaml.requireText("owner", problems, "who keeps the page up to date");
        var lastReviewed = yaml.requireDate("last_reviewed", problems);
        var reviewDue = yaml.requireDate("review_due", problems);
        var layout = yaml.optionalText("layout", problems, "the name of a template");
        var exitThisPage = yaml.optionalBoolean("exit_this_page", problems);
        var navigation = yaml.optionalText("navigation", problems, "header or footer");
        var duties = readDuties(yaml, knownSources, problems);
        navigation.filter(where -> !where.equals("header") && !where.equals("footer")).ifPresent(where ->
                problems.add(Problem.error("page.bad-navigation", yaml.get("navigation").orElseThrow().location(),
                        "'navigation' is '" + where + "'",
                        "write 'navigation: footer' to list a top-level page in the footer instead of the header")));
        if (lastReviewed.isPresent() && reviewDue.isPresent() && !reviewDue.get().isAfter(lastReviewed.get())) {
            problems.add(Problem.error("page.review-before-reviewed", yaml.get("review_due").orElseThrow().location(),
                    "'review_due' is not after 'last_reviewed'", "set the next review after the last one"));
        }
        List<Amendment> amendments = Amendments.read(yaml, lastReviewed, problems);
        Optional<SharedVersion> overrides = readSharedVersion(yaml, problems);
        if (title.isEmpty() || summary.isEmpty() || order.isEmpty() || sources.isEmpty() || owner.isEmpty()
                || lastReviewed.isEmpty() || reviewDue.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PageMeta(title.get(), summary.get(), order.get(), sources, owner.get(),
                lastReviewed.get(), reviewDue.get(), layout, exitThisPage,
                navigation.filter("footer"::equals).isPresent(), duties,
                yaml.get("summary").orElseThrow().textLocation(),
                yaml.keys().entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                        entry -> entry.getValue().location())), amendments, overrides));
    }

    /** The shared page an area's copy was made from, when it says; a record that says it badly is an error. */
    private static Optional<SharedVersion> readSharedVersion(YamlValue yaml, Problems problems) {
        Optional<YamlValue> record = yaml.get(SharedVersion.KEY);
        if (record.isEmpty()) {
            return Optional.empty();
        }
        String fix = "write 'overrides: {page: <path under content/pages>, sha256: <hash>}', or let"
                + " 'mvn -N policy:override -Dpolicy.area=<id> -Dpolicy.page=<path> -Dpolicy.refresh' write it";
        if (!record.get().isMap()) {
            problems.add(Problem.error("override.bad-record", record.get().location(),
                    "'" + SharedVersion.KEY + "' should name the shared page and its hash", fix));
            return Optional.empty();
        }
        record.get().allowOnly(SHARED_VERSION_KEYS, problems);
        Optional<String> page = record.get().requireText("page", problems, "the shared page's path under content/pages");
        Optional<YamlValue> hash = record.get().get("sha256");
        Optional<String> sha256 = hash.flatMap(YamlValue::text).map(String::strip).filter(text -> SHA256.matcher(text).matches());
        if (sha256.isEmpty()) {
            problems.add(Problem.error("override.bad-record", hash.orElse(record.get()).location(),
                    "'sha256' should be the 64 hexadecimal digits of the shared page's hash", fix));
        }
        if (page.isEmpty() || sha256.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SharedVersion(page.get(), sha256.get(),
                yaml.keys().get(SharedVersion.KEY).location(), hash.orElseThrow().textLocation()));
    }

    /** The duties the page states with 'must', each with the source and the place in it that states it. */
    private static List<Duty> readDuties(YamlValue yaml, KnownSources knownSources, Problems problems) {
        List<Duty> duties = new ArrayList<>();
        if (yaml.get("duties").isEmpty()) {
            return duties;
        }
        for (YamlValue entry : yaml.requireList("duties", problems, "the duties the page states with 'must'")) {
            if (!entry.isMap()) {
                problems.add(Problem.error("yaml.not-map", entry.location(), "a duty should be 'key: value' lines",
                        "write '- says: ...', then 'source: ...' and 'where: ...' under it"));
                continue;
            }
            entry.allowOnly(DUTY_KEYS, problems);
            var says = entry.requireText("says", problems, "the words of the page that state the duty, 'must' included");
            var source = entry.requireText("source", problems, "the short name of the document stating it (sources.yaml)");
            var where = entry.requireText("where", problems,
                    "where that document states it, such as 'section 3.1.9' or 'page 12'");
            source.ifPresent(id -> knownSources.require(id, entry.get("source").orElseThrow().location(), problems));
            if (says.isPresent() && source.isPresent() && where.isPresent()) {
                duties.add(new Duty(says.get(), source.get(), where.get(), entry.location()));
            }
        }
        return duties;
    }
}
