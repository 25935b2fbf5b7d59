package io.github.schoolsafeguarding.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.maven.PropertyNames;
import io.github.schoolsafeguarding.policy.site.SitePublisher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
            "area.empty-setting", "site.bad-exit-page", "site.bad-email-domain", "source.area", "source.area-only",
            "source.duplicate-id", "override.stale", "override.unrecorded"));

    /**
     * The fixture's own fixed day, from its pom.xml, which the build-level test checks it for: its dates
     * are made up around that day, so it does not move when the tests' fixed day for the real content does.
     */
    static final LocalDate FIXTURE_DAY = fixtureDay();

    private static LocalDate fixtureDay() {
        try {
            Matcher day = Pattern.compile("<today>([0-9-]+)</today>").matcher(Files.readString(FIXTURE.resolve("pom.xml")));
            if (!day.find()) {
                throw new IllegalStateException(FIXTURE.resolve("pom.xml") + " sets no <today> for the fixture");
            }
            return LocalDate.parse(day.group(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Problem> report() {
        return SitePublisher.builder().content(FIXTURE.resolve("content")).theme(PublishedSite.THEME)
                .fixedDay(FIXTURE_DAY, "the day set by " + PropertyNames.TODAY).build().check();
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
}
