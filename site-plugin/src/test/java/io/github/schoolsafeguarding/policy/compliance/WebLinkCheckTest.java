package io.github.schoolsafeguarding.policy.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.render.WebLink;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The opt-in online check, against a server on this machine's loopback address: the check itself
 * never runs in a normal build or against the real sites the guidance links to.
 */
class WebLinkCheckTest {

    HttpServer server;
    String base;
    final AtomicInteger asked = new AtomicInteger();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            asked.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            int status = switch (path) {
                case "/here" -> 200;
                case "/moved" -> 301;
                // answers HEAD wrongly, as some servers do, but GET rightly
                case "/no-head" -> exchange.getRequestMethod().equals("HEAD") ? 405 : 200;
                default -> 404;
            };
            if (status == 301) {
                exchange.getResponseHeaders().add("Location", "/here");
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        base = "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void reportsEachLinkToAnAddressThatDoesNotAnswerAndAsksEachAddressOnce() {
        Location first = new Location(Path.of("content/pages/a.md"), 3, 5);
        Location second = new Location(Path.of("content/pages/b.md"), 7, 1);
        Problems problems = new Problems();

        new WebLinkCheck(Duration.ofSeconds(5)).check(List.of(
                new WebLink(base + "/here", first),
                new WebLink(base + "/moved", first),
                new WebLink(base + "/no-head", first),
                new WebLink(base + "/gone", first),
                new WebLink(base + "/gone", second)), problems);

        assertEquals(List.of(
                "content/pages/a.md:3:5: warning: " + base + "/gone answered 404 — find where the page has moved and"
                        + " link there, or remove the link",
                "content/pages/b.md:7:1: warning: " + base + "/gone answered 404 — find where the page has moved and"
                        + " link there, or remove the link"),
                problems.all().stream().map(problem -> problem.format(null)).toList());
        assertEquals("link.unreachable", problems.all().get(0).id());
        // here, moved (and its redirect), no-head twice, gone twice (HEAD, then GET): once per address
        assertEquals(7, asked.get());
    }

    @Test
    void aServerThatCannotBeReachedIsReported() throws IOException {
        server.stop(0);
        Problems problems = new Problems();

        new WebLinkCheck(Duration.ofSeconds(2)).check(
                List.of(new WebLink(base + "/here", new Location(Path.of("a.md"), 1, 1))), problems);

        Problem problem = problems.all().get(0);
        assertEquals("link.unreachable", problem.id());
        assertFalse(problem.isError(), "the page is still right; only the link is dead");
        assertTrue(problem.message().startsWith(base + "/here could not be reached (ConnectException"), problem.message());
    }
}
