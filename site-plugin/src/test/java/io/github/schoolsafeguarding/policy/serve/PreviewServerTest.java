package io.github.schoolsafeguarding.policy.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewServerTest {

    @TempDir
    Path folder;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(URI base, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesTheSiteOnLoopbackOnlyAndNothingOutsideIt() throws Exception {
        Path site = Files.createDirectories(folder.resolve("site/north"));
        Files.writeString(site.resolve("index.html"), "<p>north</p>");
        Files.writeString(folder.resolve("secret.txt"), "secret");

        try (PreviewServer server = PreviewServer.start(folder.resolve("site"), 0)) {
            assertEquals("127.0.0.1", server.address().getHost());
            HttpResponse<String> page = get(server.address(), "north/");
            assertEquals(200, page.statusCode());
            assertEquals("<p>north</p>", page.body());
            assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
            assertEquals(404, get(server.address(), "north/missing.html").statusCode());
            assertEquals(404, get(server.address(), "north/%2e%2e/%2e%2e/secret.txt").statusCode());
        }
    }

    @Test
    void callsBackOnceAfterABurstOfChangesIncludingInNewFolders() throws Exception {
        Path content = Files.createDirectories(folder.resolve("content"));
        CountDownLatch changed = new CountDownLatch(1);
        CountDownLatch changedAgain = new CountDownLatch(2);

        try (ChangeWatcher watcher = ChangeWatcher.start(List.of(content), () -> {
            changed.countDown();
            changedAgain.countDown();
        })) {
            Path pages = Files.createDirectories(content.resolve("pages"));
            Files.writeString(pages.resolve("a.md"), "one");
            assertTrue(changed.await(10, TimeUnit.SECONDS), "a change was noticed");
            Files.writeString(pages.resolve("a.md"), "two");
            assertTrue(changedAgain.await(10, TimeUnit.SECONDS), "a change in a new folder was noticed");
        }
    }
}
