package io.github.schoolsafeguarding.policy.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.ContentFixture;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.site.SitePublisher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole loop on a small site: publish, serve, change a file, publish again, break it, fix it. */
class PreviewTest {

    @TempDir
    Path folder;

    final HttpClient http = HttpClient.newHttpClient();
    final List<String> log = new CopyOnWriteArrayList<>();

    final Preview.Log recorder = new Preview.Log() {
        @Override
        public void published(SitePublisher.Publication site, Duration took) {
            log.add("published " + site.pages());
        }

        @Override
        public void failed(String summary, List<Problem> problems, Duration took) {
            log.add("failed " + summary);
        }
    };

    @Test
    void republishesAfterAChangeAndTellsThePagesWhatHappened() throws Exception {
        ContentFixture fixture = new ContentFixture(folder);
        Path output = folder.resolve("target/site");
        SitePublisher publisher = SitePublisher.builder().today(ContentFixture.TODAY).content(fixture.content)
                .theme(fixture.theme).build();

        try (Preview preview = Preview.start(publisher, output, List.of(fixture.content, fixture.theme), 0, folder,
                recorder)) {
            assertEquals(1, preview.builds());
            assertEquals(List.of("published 12"), log);
            String page = get(preview, "north/incidents/call.html");
            assertTrue(page.contains(PreviewServerTest.SCRIPT_TAG + "</body>"), page);
            assertPublishedFilesHaveNoReloadScript(output);

            fixture.page("pages/incidents/call.md", "When to call", 10, "Call when a child is hurt.\n");
            waitFor(() -> preview.builds() == 2, "the build after an edit");
            assertTrue(get(preview, "north/incidents/call.html").contains("Call when a child is hurt."));
            assertTrue(get(preview, "__policy/build").startsWith("{\"build\":2,\"ok\":true"));

            fixture.write("content/pages/incidents/call.md", "---\ntitle: When to call\nsummary: [unclosed\n---\nBody\n");
            waitFor(() -> preview.builds() == 3, "the build after breaking a page");
            String failed = get(preview, "__policy/build");
            assertTrue(failed.startsWith("{\"build\":3,\"ok\":false,\"summary\":\"1 error in the content\""), failed);
            assertTrue(failed.contains("\"where\":\"content/pages/incidents/call.md:3:"), failed);
            assertTrue(failed.contains("\"rule\":\"yaml.syntax\""), failed);
            assertTrue(get(preview, "north/incidents/call.html").contains("Call when a child is hurt."),
                    "the last good page is still served");
            assertTrue(log.get(2).startsWith("failed 1 error in the content"), log.toString());

            fixture.page("pages/incidents/call.md", "When to call", 10, "Call at once when a child is hurt.\n");
            waitFor(() -> preview.builds() == 4, "the build after fixing the page");
            assertTrue(get(preview, "__policy/build").startsWith("{\"build\":4,\"ok\":true"));
            assertTrue(get(preview, "north/incidents/call.html").contains("Call at once when a child is hurt."));
            assertPublishedFilesHaveNoReloadScript(output);
        }
    }

    String get(Preview preview, String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(preview.address().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    static void assertPublishedFilesHaveNoReloadScript(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            List<Path> published = files.filter(Files::isRegularFile).toList();
            assertFalse(published.isEmpty());
            for (Path file : published) {
                assertFalse(read(file).contains("__policy"), file + " is published with the preview's reload script");
            }
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("waited 60 s for " + what);
            }
            Thread.sleep(50);
        }
    }
}
