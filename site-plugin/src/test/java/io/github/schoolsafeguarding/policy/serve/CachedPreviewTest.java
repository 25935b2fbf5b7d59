package io.github.schoolsafeguarding.policy.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.ContentFixture;
import io.github.schoolsafeguarding.policy.cache.BuildCache;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.html.HtmlChecks;
import io.github.schoolsafeguarding.policy.site.SitePublisher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server keeps the build cache between its builds: after an edit, only the edited page is checked. */
class CachedPreviewTest {

    @TempDir
    Path folder;

    @Test
    void aRebuildAfterAnEditChecksOnlyTheEditedPageAgain() throws Exception {
        ContentFixture fixture = new ContentFixture(folder);
        BuildCache cache = BuildCache.in(folder.resolve("target/policy-cache"));
        SitePublisher publisher = SitePublisher.builder().today(ContentFixture.TODAY).content(fixture.content)
                .theme(fixture.theme).cache(cache).build();
        List<String> failures = new CopyOnWriteArrayList<>();
        Preview.Log quiet = new Preview.Log() {
            @Override
            public void published(SitePublisher.Publication site, Duration took) {}

            @Override
            public void failed(String summary, List<Problem> problems, Duration took) {
                failures.add(summary + ": " + problems);
            }

            @Override
            public void refused(String request) {
                failures.add(request);
            }
        };

        try (Preview preview = Preview.start(publisher, folder.resolve("target/site"), List.of(fixture.content,
                fixture.theme), 0, folder, quiet)) {
            int checkedFirst = cache.misses(HtmlChecks.CACHE_SHELF);
            assertTrue(checkedFirst > 2, "the first build checks every page");

            fixture.write("content/pages/incidents/call.md", fixture.read("content/pages/incidents/call.md")
                    .replace("Call 999.", "Call 999 at once."));
            PreviewTest.waitFor(() -> preview.builds() == 2, "the build after an edit");

            assertEquals(List.of(), failures);
            assertEquals(2, cache.misses(HtmlChecks.CACHE_SHELF) - checkedFirst, "the page, in each of the two areas");
            assertTrue(Files.readString(folder.resolve("target/site/south/incidents/call.html")).contains("at once"));
        }
    }
}
