package io.github.schoolsafeguarding.policy.check.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.schoolsafeguarding.policy.ContentFixture;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.site.SitePublisher;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML checks as a build runs them, on the small site in {@code click-here/}: one area, a home
 * page whose Markdown links with "click here", and a contacts page.
 */
class HtmlChecksInABuildTest {

    @TempDir
    Path folder;

    @Test
    void aClickHereLinkInMarkdownIsReportedAtItsMarkdownLineAndNothingElseIs() throws Exception {
        Path site = copyOfTheSite();

        assertEquals(List.of("content/pages/index.md:14:23: warning: link text 'click here' does not say where the"
                        + " link leads — make the link's text name what it leads to, e.g. 'the contacts page' instead"
                        + " of 'click here'"),
                problems(site));
    }

    @Test
    void aTemplateMistakeIsReportedOnceAtTheTemplateLineForAllThePagesItSpoils() throws Exception {
        Path site = copyOfTheSite();
        Files.writeString(site.resolve("content/pages/index.md"), Files.readString(site.resolve("content/pages/index.md"))
                .replace("[click here](contacts.md)", "see [the contacts page](contacts.md)"));
        Files.writeString(site.resolve("theme/templates/page.mustache"), """
                {{<base}}{{$main}}
                <h1>{{page.title}}</h1>
                <h3>Summary</h3>
                {{{page.content}}}
                {{/main}}{{/base}}
                """);

        assertEquals(List.of("theme/templates/page.mustache:3: heading 'Summary' is an h3 straight after an h1,"
                        + " skipping h2 (on 2 pages, e.g. north/contacts.html line 6) — make it an h2 (## in Markdown),"
                        + " or add the missing level above it"),
                problems(site));
    }

    @Test
    void thePublishedSiteKeepsNoMarks() throws Exception {
        Path site = copyOfTheSite();
        Path output = site.resolve("target/site");
        SitePublisher.builder().content(site.resolve("content")).theme(site.resolve("theme")).build().publish(output);

        try (Stream<Path> files = Files.walk(output)) {
            // the handbook PDF is made from the published pages, so it holds no marks if they hold none
            for (Path file : files.filter(Files::isRegularFile).filter(file -> !file.toString().endsWith(".pdf")).toList()) {
                assertFalse(Files.readString(file).contains(SourceMarks.ATTRIBUTE), file.toString());
            }
        }
    }

    private List<String> problems(Path site) {
        List<Problem> problems = SitePublisher.builder().content(site.resolve("content")).theme(site.resolve("theme"))
                .build().check();
        return problems.stream().map(problem -> problem.format(site)).toList();
    }

    private Path copyOfTheSite() throws IOException, URISyntaxException {
        ContentFixture.copyTree(Path.of(getClass().getResource("click-here").toURI()), folder);
        return folder;
    }
}
