package io.github.schoolsafeguarding.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.site.SitePublisher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a maintainer sees when they break one of the real tables: the build stops and says exactly
 * which answers are left without an outcome, or which rule can never apply.
 */
class BrokenRulesTest {

    @TempDir
    Path folder;

    Path content;

    @BeforeEach
    void copyTheRealContent() throws IOException {
        PublishedSite.copyContentAndTheme(folder);
        content = folder.resolve("content");
    }

    List<Problem> errors() {
        return SitePublisher.builder().content(content).theme(PublishedSite.THEME).build().check().stream()
                .filter(Problem::isError).toList();
    }

    /** The lines of a table with the rule that starts at {@code when} removed, or moved to the top. */
    List<String> rules(Path table, String when, boolean moveToTop) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(table));
        int start = lines.indexOf(when);
        int end = start + 1;
        while (!lines.get(end).startsWith("  - ") && !lines.get(end).equals("examples:")) {
            end++;
        }
        List<String> rule = new ArrayList<>(lines.subList(start, end));
        lines.subList(start, end).clear();
        if (moveToTop) {
            lines.addAll(lines.indexOf("rules:") + 1, rule);
        }
        return lines;
    }

    @Test
    void deletingARuleLeavesAGapThatTheBuildNamesWithAConcreteCase() throws IOException {
        Path table = content.resolve("decisions/sharing-nudes-referral.yaml");
        Files.write(table, rules(table, "  - when: {immediate_risk_of_harm: true}", false));

        List<Problem> gaps = errors().stream().filter(problem -> problem.id().equals("decision.gap")).toList();

        assertEquals(1, gaps.size(), gaps::toString);
        assertEquals("no rule of table 'sharing-nudes-referral' matches adult_involved=false, coercion_or_blackmail=false,"
                + " extreme_or_violent=false, under_13=false, immediate_risk_of_harm=true", gaps.get(0).message());
        assertTrue(gaps.get(0).format(folder).startsWith("content/decisions/sharing-nudes-referral.yaml:"));
    }

    @Test
    void movingAGeneralRuleFirstMakesTheRulesBelowItUnreachable() throws IOException {
        Path table = content.resolve("decisions/cse-risk-level.yaml");
        Files.write(table, rules(table, "  - when: {high_count: 0, medium_count: 0, low_count: \">= 1\"}", true));

        List<String> unreachable = errors().stream().filter(problem -> problem.id().equals("decision.unreachable-rule"))
                .map(problem -> problem.format(folder)).toList();

        // the care leaver's rule, now ninth, lies wholly inside the general rule moved above it
        assertEquals(List.of("content/decisions/cse-risk-level.yaml:230:5: rule 9 can never apply: rules 1, 3, 4, 6 and 8"
                + " come first and match every case it matches"), unreachable.stream().map(line -> line.split(" — ")[0]).toList());
    }

    /**
     * A table that cannot be read (here a key written twice) is reported in its own file alone: the
     * pages that show it, give worked examples of it or link to it say nothing more about it.
     */
    @Test
    void aTableThatCannotBeReadIsReportedInItsOwnFileAlone() throws IOException {
        List<Path> pages;
        try (var walk = Files.walk(content)) {
            pages = walk.filter(file -> file.toString().endsWith(".md")).toList();
        }
        Path table = null;
        try (var tables = Files.list(content.resolve("decisions"))) {
            for (Path candidate : tables.sorted().toList()) {
                String block = "```decision-table " + candidate.getFileName().toString().replace(".yaml", "");
                if (pages.stream().anyMatch(page -> read(page).contains(block))) {
                    table = candidate;
                    break;
                }
            }
        }
        assertTrue(table != null, "no page shows a decision table");
        String yaml = Files.readString(table);
        String hitPolicy = yaml.lines().filter(line -> line.startsWith("hit_policy:")).findFirst().orElseThrow();
        Files.writeString(table, yaml.replace(hitPolicy + "\n", hitPolicy + "\n" + hitPolicy + "\n"));

        List<String> errors = errors().stream().map(problem -> problem.format(folder)).toList();

        assertTrue(!errors.isEmpty());
        String file = folder.relativize(table).toString();
        assertEquals(List.of(), errors.stream().filter(error -> !error.startsWith(file + ":")).toList(),
                "errors outside " + file);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Every repealed law on the real legislation page: a new page that cites it as the law today, by
     * a link to its heading, fails at that line, and one that says it was repealed does not.
     */
    @Test
    void aPageThatCitesARepealedLawAsCurrentFailsAtItsLine() throws IOException {
        List<String> repealed = new ArrayList<>();
        String heading = "";
        for (String line : Files.readAllLines(content.resolve("pages/legislation.md"))) {
            if (line.startsWith("### ")) {
                heading = line.substring(4);
            } else if (line.equals("status: repealed")) {
                repealed.add(heading);
            }
        }
        assertTrue(!repealed.isEmpty(), "the legislation page marks no law as repealed");
        StringBuilder body = new StringBuilder();
        for (String law : repealed) {
            String id = law.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9 -]", "").replace(' ', '-');
            body.append("Staff act under [").append(law).append("](../legislation.md#").append(id).append(").\n\n")
                    .append("The [").append(law).append("](../legislation.md#").append(id)
                    .append(") was repealed, so it is history.\n\n");
        }
        Files.writeString(content.resolve("pages/incidents/old-law.md"), """
                ---
                title: Old law
                summary: A page that cites old law.
                order: 99
                sources: [legislation-gov-uk]
                owner: Safeguarding guidance editors
                last_reviewed: 2026-12-04
                review_due: 2027-12-04
                ---
                """ + body);

        List<String> found = errors().stream().filter(problem -> problem.id().equals("law.repealed"))
                .map(problem -> problem.format(folder).split(": ")[0]).toList();

        List<String> expected = new ArrayList<>();
        for (int i = 0; i < repealed.size(); i++) {
            expected.add("content/pages/incidents/old-law.md:" + (10 + 4 * i) + ":18");
        }
        assertEquals(expected, found);
    }
}
