package io.github.schoolsafeguarding.policy.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.github.schoolsafeguarding.policy.site.ContentSecurityPolicy;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the preview server refuses, as a request from another program on the machine might try it:
 * each refusal is a 4xx saying why, in the log too, never a dropped connection or a file from
 * outside the site.
 */
class PreviewServerSafetyTest {

    private static final String SECRET = "the build machine's secret";

    @TempDir
    Path folder;

    final List<String> refused = new CopyOnWriteArrayList<>();
    PreviewServer server;
    Path site;

    @BeforeEach
    void serveASiteBesideASecret() throws Exception {
        site = Files.createDirectories(folder.resolve("site"));
        Files.createDirectories(site.resolve("north"));
        Files.writeString(site.resolve("north/index.html"), "<p>north</p>");
        Files.writeString(folder.resolve("secret.txt"), SECRET);
        // links a careless theme or a tool could leave in the output folder
        Files.createSymbolicLink(site.resolve("north/leak.txt"), folder.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("outside"), folder);
        server = PreviewServer.start(site, 0, new BuildStatus(folder), refused::add);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    static Stream<Arguments> requestsForFilesOutsideTheSite() {
        return Stream.of(
                Arguments.of("/../secret.txt", 403),
                Arguments.of("/north/../../secret.txt", 403),
                Arguments.of("/north/%2e%2e/%2e%2e/secret.txt", 403),
                Arguments.of("/north/%2E%2e/%2e%2E/secret.txt", 403),
                Arguments.of("/north%2f..%2f..%2fsecret.txt", 403),
                Arguments.of("/north/%2e%2e%2f%2e%2e%2fsecret.txt", 403),
                Arguments.of("/..\\secret.txt", 400),
                Arguments.of("/north/..%5c..%5csecret.txt", 400),
                Arguments.of("//" + Path.of("").toAbsolutePath().getRoot() + "etc/passwd", 400),
                Arguments.of("http://127.0.0.1/../secret.txt", 400),
                Arguments.of("C:\\secret.txt", 400),
                Arguments.of("/north/index.html%00", 400),
                Arguments.of("/north/%00/../../secret.txt", 400),
                Arguments.of("/north/%zz", 400),
                Arguments.of("/north/%c3%28", 400),
                Arguments.of("/north/leak.txt", 403),
                Arguments.of("/outside/secret.txt", 403),
                Arguments.of("/north/" + "a".repeat(100_000), 414),
                Arguments.of("/north/" + "../".repeat(20_000) + "secret.txt", 414));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("requestsForFilesOutsideTheSite")
    void refusesWhatLeadsOutOfTheSiteWithA4xxItLogs(String target, int status) throws Exception {
        RawExchange answer = RawExchange.get(server.address(), target);

        assertEquals(status, answer.status(), answer.head() + "\n" + answer.text());
        assertFalse(answer.text().contains(SECRET));
        assertFalse(answer.text().isBlank(), "the answer says why");
        assertEquals(1, refused.size(), refused.toString());
        assertTrue(refused.get(0).startsWith("refused \"GET "), refused.get(0));
        assertTrue(refused.get(0).contains(": " + status + " "), refused.get(0));
        assertTrue(refused.get(0).length() < 400, "a long address is cut short in the log: " + refused.get(0));
    }

    @Test
    void cannotBeReachedFromTheNetwork() throws Exception {
        List<InetAddress> network = NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress()).toList();
        assumeFalse(network.isEmpty(), "this machine has no network address to try");

        for (InetAddress address : network) {
            try (Socket socket = new Socket()) {
                assertThrows(ConnectException.class, () -> socket.connect(new InetSocketAddress(address,
                        server.address().getPort()), 10_000), address.toString());
            }
        }
        assertEquals(200, RawExchange.get(server.address(), "/north/").status(), "while 127.0.0.1 is answered");
    }

    @Test
    void anAbsolutePathIsAPathInsideTheSite() throws Exception {
        RawExchange answer = RawExchange.get(server.address(), folder.resolve("secret.txt").toString());

        assertEquals(404, answer.status());
        assertFalse(answer.text().contains(SECRET));
        assertEquals(200, RawExchange.get(server.address(), "/north/").status(), "and the site is still served");
    }

    @Test
    void aRequestLineWithControlCharactersIsLoggedWithoutThem() throws Exception {
        RawExchange answer = RawExchange.send(server.address(), "GET /\u001b[2J\u0007 HTTP/1.1\r\n\r\n");

        assertEquals(400, answer.status());
        assertEquals(List.of("refused \"GET /?[2J? HTTP/1.1\": 400 the path holds a character that must be"
                + " %-escaped, or a broken escape"), refused);
    }

    @ParameterizedTest
    @MethodSource("otherMethods")
    void answersOnlyGetAndHead(String method) throws Exception {
        RawExchange answer = RawExchange.send(server.address(), method + " /north/index.html HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nContent-Length: 11\r\n\r\nhello=world");

        assertEquals(405, answer.status());
        assertEquals("GET, HEAD", answer.header("Allow").orElseThrow());
        assertFalse(answer.text().contains("north"), "the page is not sent");
        assertEquals(List.of("refused \"" + method + " /north/index.html HTTP/1.1\": 405 only GET and HEAD are"
                + " answered"), refused);
    }

    static Stream<String> otherMethods() {
        return Stream.of("POST", "PUT", "DELETE", "TRACE", "OPTIONS", "PATCH", "CONNECT", "PROPFIND");
    }

    @Test
    void aClientSendingABodyGetsThe405RatherThanAReset() throws Exception {
        HttpRequest post = HttpRequest.newBuilder(server.address().resolve("north/index.html"))
                .POST(HttpRequest.BodyPublishers.ofString("x".repeat(100_000))).build();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(post, HttpResponse.BodyHandlers.ofString());

        assertEquals(405, answer.statusCode());
        assertEquals("GET, HEAD", answer.headers().firstValue("Allow").orElseThrow());
    }

    @Test
    void headSendsTheHeadersOfGetWithoutTheBody() throws Exception {
        RawExchange get = RawExchange.get(server.address(), "/north/index.html");
        RawExchange head = RawExchange.send(server.address(),
                "HEAD /north/index.html HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");

        assertEquals(200, head.status());
        assertEquals(0, head.body().length);
        assertEquals(get.header("Content-Length"), head.header("Content-Length"));
        assertEquals(String.valueOf(get.body().length), head.header("Content-Length").orElseThrow());
    }

    @Test
    void everyAnswerForbidsSniffingAndCarriesTheSitesContentSecurityPolicy() throws Exception {
        for (String request : List.of("GET /north/ HTTP/1.1\r\n\r\n", "GET /missing.html HTTP/1.1\r\n\r\n",
                "GET /__policy/reload.js HTTP/1.1\r\n\r\n", "GET /__policy/build HTTP/1.1\r\n\r\n",
                "POST / HTTP/1.1\r\n\r\n", "GET /../x HTTP/1.1\r\n\r\n", "nonsense\r\n\r\n")) {
            RawExchange answer = RawExchange.send(server.address(), request);
            assertEquals("nosniff", answer.header("X-Content-Type-Options").orElse(""), request);
            assertEquals(ContentSecurityPolicy.POLICY, answer.header("Content-Security-Policy").orElse(""), request);
            assertEquals("close", answer.header("Connection").orElse(""), request);
        }
    }

    @Test
    void halfARequestHoldsUpNoOneElse() throws Exception {
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                Socket socket = new Socket("127.0.0.1", server.address().getPort());
                socket.getOutputStream().write("GET /north/ind".getBytes(StandardCharsets.ISO_8859_1));
                socket.getOutputStream().flush();
                held.add(socket);
            }

            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    server.address().resolve("north/index.html")).build(), HttpResponse.BodyHandlers.ofString());

            assertEquals(200, page.statusCode());
            for (Socket socket : held) {
                assertEquals(0, socket.getInputStream().available(),
                        "the whole page came while the half requests were still waiting for the rest");
            }
            assertEquals(List.of(), refused);
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    @Test
    void aRequestNotSentWholeInTimeIsAnswered408AndLogged() throws Exception {
        try (PreviewServer impatient = PreviewServer.start(site, 0, new BuildStatus(folder), refused::add,
                Duration.ofMillis(300)); Socket socket = new Socket("127.0.0.1", impatient.address().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /north/index.html HTTP/1.1\r\nHost: 1".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            socket.setSoTimeout(60_000);
            InputStream in = socket.getInputStream();

            RawExchange answer = RawExchange.read(in.readAllBytes());

            assertEquals(408, answer.status());
            assertEquals(List.of("refused \"GET /north/index.html HTTP/1.1\": 408 the request did not arrive whole"
                    + " within 300 ms"), refused);
        }
    }

    /** A browser opens connections ahead of need: one closed, or left until it times out, unused is no request. */
    @Test
    void aConnectionThatSendsNothingIsClosedWithoutAWord() throws Exception {
        try (PreviewServer impatient = PreviewServer.start(site, 0, new BuildStatus(folder), refused::add,
                Duration.ofMillis(300))) {
            new Socket("127.0.0.1", impatient.address().getPort()).close();
            try (Socket idle = new Socket("127.0.0.1", impatient.address().getPort())) {
                idle.setSoTimeout(60_000);
                assertEquals(-1, idle.getInputStream().read(), "closed, with no answer");
            }
            assertEquals(200, RawExchange.get(impatient.address(), "/north/").status());
            assertEquals(List.of(), refused);
        }
    }
}
