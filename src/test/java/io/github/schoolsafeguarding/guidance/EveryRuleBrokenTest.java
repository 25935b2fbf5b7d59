package io.github.schoolsafeguarding.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.site.SitePublisher;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.approvaltests.reporters.JunitReporter;
import org.junit.jupiter.api.Test;

/**
 * The full report for a content tree that breaks each rule of the compliance suite once, with the
 * real theme, against the approved copy: every message, with its file, line and fix, is a reviewable
 * diff. The same tree is what the build-level test {@code every-rule-broken} runs {@code policy:check}
 * and {@code mvn site} on.
 */
class EveryRuleBrokenTest {

    static final Path FIXTURE = Path.of("site-plugin/src/it/every-rule-broken");

    /** The rules the issue asks for, each of which the fixture breaks. */
    static final Set<String> RULES = new TreeSet<>(List.of(
            "yaml.missing-key", "policy.missing-blank",
            "page.review-overdue", "page.reviewed-in-future", "source.review-overdue", "source.superseded",
            "source.unknown", "decision.not-shown", "decision.superseded-source",
            "contact.invalid-phone", "contact.phone-format", "contact.email", "contact.insecure-email",
            "contact.website", "contact.stale", "contact.confirmed-in-future",
            "contact.no-fallback", "contact.no-out-of-hours", "decision.role-without-contact",
            "law.repealed", "law.no-status",
            "link.missing-page", "link.missing-anchor", "link.malformed",
            "placeholder.unresolved", "wording.must", "wording.unused-duty",
            "html.invalid", "html.heading-order", "html.image-alt", "html.link-text", "html.vague-link-text",
            "html.tel-link", "page.unknown-area", "page.area-passage", "page.area-specific-text",
            "override.stale", "override.unrecorded"));

    List<Problem> report() {
        return SitePublisher.builder().content(FIXTURE.resolve("content")).theme(PublishedSite.THEME)
                .today(PublishedSite.TODAY).build().check();
    }

    @Test
    void theFullReportIsAsApproved() {
        List<Problem> problems = report();
        long errors = problems.stream().filter(Problem::isError).count();
        String text = errors + " errors, " + (problems.size() - errors) + " warnings\n\n" + problems.stream()
                .map(problem -> (problem.isError() ? "ERROR   " : "WARNING ") + problem.report(FIXTURE))
                .collect(Collectors.joining("\n")) + "\n";

        Approvals.verify(text, new Options(new JunitReporter()).forFile().withExtension(".txt"));
    }

    @Test
    void everyRuleIsBroken() {
        Set<String> broken = report().stream().map(Problem::id).collect(Collectors.toCollection(TreeSet::new));

        assertEquals(RULES, broken.stream().filter(RULES::contains).collect(Collectors.toCollection(TreeSet::new)),
                "rules the fixture does not break");
    }

    /** The build-level test checks the fixture for the same day as this test, or its report would differ. */
    @Test
    void theBuildLevelTestChecksTheSameDay() throws java.io.IOException {
        String pom = java.nio.file.Files.readString(FIXTURE.resolve("pom.xml"));

        assertEquals(1, pom.split("<today>" + PublishedSite.TODAY + "</today>", -1).length - 1,
                "the fixture's pom.xml should set <today>" + PublishedSite.TODAY + "</today>");
    }
}
