package io.github.schoolsafeguarding.policy.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.check.Problem;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewServerTest {

    static final String SCRIPT_TAG = "<script src=\"/__policy/reload.js\"></script>";

    @TempDir
    Path folder;

    final HttpClient http = HttpClient.newHttpClient();
    final List<String> refused = new CopyOnWriteArrayList<>();

    HttpResponse<String> get(URI base, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesTheSiteOnLoopbackOnlyAndNothingOutsideIt() throws Exception {
        Path site = Files.createDirectories(folder.resolve("site/north"));
        Files.writeString(site.resolve("index.html"), "<p>north</p>");
        Files.writeString(folder.resolve("secret.txt"), "secret");

        try (PreviewServer server = PreviewServer.start(folder.resolve("site"), 0, new BuildStatus(folder),
                refused::add)) {
            assertEquals("127.0.0.1", server.address().getHost());
            HttpResponse<String> page = get(server.address(), "north/");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().startsWith("<p>north</p>"), page.body());
            assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
            assertEquals(404, get(server.address(), "north/missing.html").statusCode());
            assertEquals(403, get(server.address(), "north/%2e%2e/%2e%2e/secret.txt").statusCode());
            assertFalse(get(server.address(), "north/%2e%2e/%2e%2e/secret.txt").body().contains("secret"));
        }
    }

    @Test
    void addsTheReloadScriptToTheHtmlItServesButNotToTheFilesOrToOtherTypes() throws Exception {
        Path site = Files.createDirectories(folder.resolve("site"));
        String html = "<!DOCTYPE html><html><body><p>Body</p></body></html>";
        Files.writeString(site.resolve("index.html"), html);
        Files.writeString(site.resolve("site.css"), "body { }");

        try (PreviewServer server = PreviewServer.start(site, 0, new BuildStatus(folder), refused::add)) {
            assertEquals("<!DOCTYPE html><html><body><p>Body</p>" + SCRIPT_TAG + "</body></html>",
                    get(server.address(), "index.html").body());
            assertEquals("body { }", get(server.address(), "site.css").body());
            HttpResponse<String> script = get(server.address(), "__policy/reload.js");
            assertEquals(200, script.statusCode());
            assertEquals("text/javascript; charset=utf-8", script.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(script.body().contains("/__policy/build"), "the script asks how the build went");
            assertTrue(get(server.address(), "nowhere.html").body().contains(SCRIPT_TAG),
                    "a missing page reloads too once it is published");
            assertEquals(html, Files.readString(site.resolve("index.html")), "the file itself is left as it is");
        }
    }

    @Test
    void tellsThePagesTheBuildNumberAndAFailedBuildsProblemsAsText() throws Exception {
        BuildStatus builds = new BuildStatus(folder);
        Problem problem = Problem.error("yaml.syntax", Location.of(folder.resolve("content/pages/a.md"), 3),
                "bad front matter near \"<b>title</b>\"", "close the list with ]");

        try (PreviewServer server = PreviewServer.start(folder, 0, builds, refused::add)) {
            assertEquals("{\"build\":0,\"ok\":true,\"summary\":\"\",\"problems\":[]}",
                    get(server.address(), "__policy/build").body());
            builds.succeeded();
            assertEquals("{\"build\":1,\"ok\":true,\"summary\":\"\",\"problems\":[]}",
                    get(server.address(), "__policy/build").body());
            builds.failed("1 error in the content", List.of(problem));
            HttpResponse<String> failed = get(server.address(), "__policy/build");
            assertEquals("application/json", failed.headers().firstValue("Content-Type").orElseThrow());
            assertEquals("{\"build\":2,\"ok\":false,\"summary\":\"1 error in the content\",\"problems\":["
                    + "{\"where\":\"content/pages/a.md:3\",\"rule\":\"yaml.syntax\","
                    + "\"message\":\"bad front matter near \\\"<b>title</b>\\\"\",\"fix\":\"close the list with ]\","
                    + "\"error\":true}]}", failed.body());
            builds.succeeded();
            assertEquals("{\"build\":3,\"ok\":true,\"summary\":\"\",\"problems\":[]}",
                    get(server.address(), "__policy/build").body());
        }
    }

    @Test
    void callsBackOnceAfterABurstOfChangesIncludingInNewFolders() throws Exception {
        Path content = Files.createDirectories(folder.resolve("content"));
        CountDownLatch changed = new CountDownLatch(1);
        CountDownLatch changedAgain = new CountDownLatch(2);

        try (ChangeWatcher watcher = ChangeWatcher.start(List.of(content), paths -> {
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

    @Test
    void keepsWatchingAfterFoldersThatVanishAsSoonAsTheyAreMade() throws Exception {
        Path content = Files.createDirectories(folder.resolve("content"));
        CountDownLatch saved = new CountDownLatch(1);

        try (ChangeWatcher watcher = ChangeWatcher.start(List.of(content), paths -> {
            if (Files.exists(content.resolve("a.md"))) {
                saved.countDown();
            }
        })) {
            for (int i = 0; i < 200; i++) {
                Path temporary = Files.createDirectories(content.resolve("tmp-" + i + "/inner"));
                Files.delete(temporary);
                Files.delete(temporary.getParent());
            }
            Files.writeString(content.resolve("a.md"), "saved");
            assertTrue(saved.await(10, TimeUnit.SECONDS), "a save after them was noticed");
        }
    }

    @Test
    void anEditorsSwapAndBackupFilesAreNoChange() throws Exception {
        Path pages = Files.createDirectories(folder.resolve("content/pages"));
        List<String> calls = new CopyOnWriteArrayList<>();

        try (ChangeWatcher watcher = ChangeWatcher.start(List.of(folder.resolve("content")),
                changed -> calls.add("call " + folder.relativize(changed.iterator().next())))) {
            Files.writeString(pages.resolve(".a.md.swp"), "vim");
            Files.writeString(pages.resolve("a.md~"), "backup");
            Files.writeString(pages.resolve("4913"), "vim's test of the folder");
            Thread.sleep(1500);
            assertEquals(List.of(), calls);
            Files.writeString(pages.resolve("a.md"), "saved");
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (calls.isEmpty() && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertEquals(List.of("call content/pages/a.md"), calls, "the page's own change is one");
        }
    }
}
