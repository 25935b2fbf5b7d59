package io.github.schoolsafeguarding.policy.check.html;

import io.github.schoolsafeguarding.policy.check.Problems;
import java.nio.file.Path;
import java.util.List;

/** Runs the HTML checks on pages written by a test, and gives the problems as a maintainer reads them. */
final class HtmlCheckRun {

    /** The Markdown page the test pages come from. */
    static final Path PAGE = Path.of("content/pages/a.md");

    private HtmlCheckRun() {}

    /**
     * A valid page around {@code body}, which starts on line 5. Elements may carry a mark, as
     * rendering writes them: {@code <a data-policy-source="content/pages/a.md:12:5" ...>}.
     */
    static String document(String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>A page</title></head>\n<body>\n"
                + body + "\n</body>\n</html>\n";
    }

    static HtmlPage page(String file, String body) {
        return new HtmlPage(file, PAGE, document(body));
    }

    /** Every problem found on the pages, as {@code path:line:column: message — fix}. */
    static List<String> problems(HtmlPage... pages) {
        Problems problems = new Problems();
        HtmlChecks.check(List.of(pages), problems);
        return problems.all().stream().map(problem -> problem.format(null)).toList();
    }

    /** The problems of one rule; a warning says so. */
    static List<String> problems(String rule, HtmlPage... pages) {
        Problems problems = new Problems();
        HtmlChecks.check(List.of(pages), problems);
        return problems.all().stream().filter(problem -> problem.id().equals(rule))
                .map(problem -> problem.format(null)).toList();
    }
}
