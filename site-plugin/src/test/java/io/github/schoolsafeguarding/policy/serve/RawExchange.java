package io.github.schoolsafeguarding.policy.serve;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A request sent byte for byte as written (what no well-behaved client would send among it) and
 * the whole response, read to its end: the preview server closes the connection after answering.
 */
record RawExchange(int status, String head, byte[] body) {

    static RawExchange send(URI server, String request) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return read(socket.getInputStream().readAllBytes());
        }
    }

    static RawExchange get(URI server, String target) throws IOException {
        return send(server, "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    }

    static RawExchange read(byte[] response) {
        String text = new String(response, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.1 ") || end < 0) {
            throw new AssertionError("not an HTTP response: " + text);
        }
        return new RawExchange(Integer.parseInt(text.substring(9, 12)), text.substring(0, end),
                Arrays.copyOfRange(response, end + 4, response.length));
    }

    Optional<String> header(String name) {
        String start = name.toLowerCase(Locale.ROOT) + ": ";
        return head.lines().filter(line -> line.toLowerCase(Locale.ROOT).startsWith(start))
                .map(line -> line.substring(start.length())).findFirst();
    }

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
