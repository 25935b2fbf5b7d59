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
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
            // with the files the problems name, as the real log shows them: a file that once made the build
            // throw (a bad byte, an alias bomb, 10,000 nested quotes) is now a problem at its line
            log.add("failed " + summary + problems.stream().map(problem -> " " + problem.location().file())
                    .collect(Collectors.joining()));
        }

        @Override
        public void refused(String request) {
            log.add(request);
        }
    };

    @Test
    void republishesAfterAChangeAndTellsThePagesWhatHappened() throws Exception {
        ContentFixture fixture = new ContentFixture(folder);
        Path output = folder.resolve("target/site");

        try (Preview preview = start(fixture, output)) {
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

    /**
     * Files that made a build throw, each once: not a content error at its line but an exception or
     * an Error from deep inside the engine, as they did before the engine learnt to report them.
     */
    static Stream<Arguments> breaks() {
        StringBuilder aliasBomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (int level = 1; level < 10; level++) {
            aliasBomb.append("a").append(level).append(": &a").append(level).append(" [")
                    .append(String.join(", ", Collections.nCopies(9, "*a" + (level - 1)))).append("]\n");
        }
        return Stream.of(
                Arguments.of("a page saved as Windows-1252", (UnaryOperator<String>) page -> page + "It costs £5.\n",
                        Charset.forName("windows-1252")),
                Arguments.of("a YAML alias bomb", (UnaryOperator<String>) page -> page.replaceFirst("---\n",
                        "---\n" + aliasBomb), StandardCharsets.UTF_8),
                Arguments.of("10,000 nested block quotes", (UnaryOperator<String>) page -> page + ">".repeat(10_000)
                        + " Deep.\n", StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breaks")
    void keepsServingTheLastGoodSiteAfterABuildThrowsAndRebuildsOnceTheFileIsFixed(String what,
            UnaryOperator<String> breaking, Charset savedAs) throws Exception {
        ContentFixture fixture = new ContentFixture(folder);
        String page = "content/pages/incidents/call.md";

        try (Preview preview = start(fixture, folder.resolve("target/site"))) {
            String good = fixture.read(page);
            Files.write(folder.resolve(page), breaking.apply(good).getBytes(savedAs));
            waitFor(() -> preview.builds() == 2, "the build after breaking the page");
            String failed = get(preview, "__policy/build");
            assertTrue(failed.startsWith("{\"build\":2,\"ok\":false"), failed);
            assertTrue(failed.contains(page), "the page is named: " + failed);
            assertTrue(log.get(1).startsWith("failed ") && log.get(1).contains(page), log.toString());
            assertTrue(get(preview, "north/incidents/call.html").contains("Call 999."), "the last good page is served");

            fixture.write(page, good.replace("Call 999.", "Call 999 at once."));
            waitFor(() -> preview.builds() == 3, "the build after fixing the page");
            assertTrue(get(preview, "__policy/build").startsWith("{\"build\":3,\"ok\":true"), log.toString());
            assertTrue(get(preview, "north/incidents/call.html").contains("Call 999 at once."));
        }
    }

    @Test
    void servesWholeFilesTo200ReadersAtOnceWhileARebuildWritesThem() throws Exception {
        ContentFixture fixture = new ContentFixture(folder);
        Path output = folder.resolve("target/site");
        ExecutorService readers = Executors.newFixedThreadPool(200);

        try (Preview preview = start(fixture, output)) {
            List<String> files;
            try (Stream<Path> paths = Files.walk(output)) {
                files = paths.filter(Files::isRegularFile).map(file -> output.relativize(file).toString()).sorted()
                        .toList();
            }
            boolean overlapped = false;
            for (int edit = 1; edit <= 5 && !overlapped; edit++) {
                Map<String, byte[]> before = served(output, files);
                int builds = preview.builds();
                fixture.write("content/pages/incidents/call.md", fixture.read("content/pages/incidents/call.md")
                        .replace("Call 999", "Call 999 now"));
                List<Map.Entry<String, Future<RawExchange>>> answers = new ArrayList<>();
                // waves of 200 requests at once, until one of them was under way as the build ended
                while (preview.builds() == builds) {
                    int atStart = preview.builds();
                    CountDownLatch go = new CountDownLatch(1);
                    List<Map.Entry<String, Future<RawExchange>>> wave = new ArrayList<>();
                    for (int i = 0; i < 200; i++) {
                        String file = files.get(i % files.size());
                        wave.add(Map.entry(file, readers.submit(() -> {
                            go.await();
                            return RawExchange.get(preview.address(), "/" + file);
                        })));
                    }
                    go.countDown();
                    for (var answer : wave) {
                        answer.getValue().get();
                    }
                    answers.addAll(wave);
                    overlapped |= atStart == builds && preview.builds() > builds;
                }
                Map<String, byte[]> after = served(output, files);
                for (var answer : answers) {
                    RawExchange got = answer.getValue().get();
                    assertEquals(200, got.status(), answer.getKey());
                    assertTrue(Arrays.equals(got.body(), before.get(answer.getKey()))
                            || Arrays.equals(got.body(), after.get(answer.getKey())),
                            answer.getKey() + " is served whole, as one build or the next wrote it");
                }
            }
            assertTrue(overlapped, "the requests were under way as a build wrote the site");
            assertTrue(log.stream().allMatch(line -> line.startsWith("published ")), log.toString());
        } finally {
            readers.shutdownNow();
        }
    }

    /** Each file as the server sends it now. */
    private static Map<String, byte[]> served(Path output, List<String> files) throws IOException {
        Map<String, byte[]> bytes = new HashMap<>();
        for (String file : files) {
            byte[] published = Files.readAllBytes(output.resolve(file));
            bytes.put(file, file.endsWith(".html") ? PreviewServer.withScript(published) : published);
        }
        return bytes;
    }

    /** The preview of the fixture's site, published into {@code output}, on a free port. */
    Preview start(ContentFixture fixture, Path output) throws IOException {
        SitePublisher publisher = SitePublisher.builder().today(ContentFixture.TODAY).content(fixture.content)
                .theme(fixture.theme).build();
        return Preview.start(publisher, output, List.of(fixture.content, fixture.theme), 0, folder, recorder);
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
