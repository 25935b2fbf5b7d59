package io.github.schoolsafeguarding.policy.serve;

import io.github.schoolsafeguarding.policy.site.ContentSecurityPolicy;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * Serves a published site to the maintainer's own browser while they edit. It listens on the
 * loopback address only, so nothing on the network can reach a draft; it serves files only from
 * below the site folder, not even through a symbolic link there that leads out of it; and it answers
 * GET and HEAD only. Each connection has a thread of its own and one request, which must arrive
 * whole within {@link #READ_TIMEOUT}: a client that sends half a request holds up no one else.
 * Every request it refuses, it answers with a 4xx status saying why and reports to its log.
 *
 * <p>Every HTML page it serves gets one more script, {@value #SCRIPT}, which asks {@value #BUILD}
 * how the last build went: it reloads the page after a good build and shows a failed build's
 * problems over the page. The script is added here, as the page is sent, so the published files
 * that schools receive never contain it; and it is a file of this server's own, not inline, so the
 * pages' Content-Security-Policy ({@link ContentSecurityPolicy}), which this server sends too,
 * allows it.
 */
final class PreviewServer implements AutoCloseable {

    /** Below a folder name no published file can have: the engine writes no file starting with "_". */
    static final String SCRIPT = "/__policy/reload.js";
    static final String BUILD = "/__policy/build";

    /** Far longer than a browser on the same machine takes to send a request. */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    /** Longer than any address of a published file, and than any header a browser sends. */
    static final int LONGEST_LINE = 8 * 1024;
    private static final int MOST_HEADERS = 100;

    /** What a client may still send after its request has been answered, to be read and dropped. */
    private static final int MOST_LEFT_OVER = 1024 * 1024;

    /** Connections waiting to be accepted: a page's files and 200 readers at once fit. */
    private static final int BACKLOG = 256;

    private static final String SCRIPT_TAG = "<script src=\"" + SCRIPT + "\"></script>";

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "json", "application/json",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "woff2", "font/woff2",
            "xml", "application/atom+xml",
            "pdf", "application/pdf");

    private static final Map<Integer, String> REASONS = Map.of(200, "OK", 400, "Bad Request", 403, "Forbidden",
            404, "Not Found", 405, "Method Not Allowed", 408, "Request Timeout", 414, "URI Too Long",
            431, "Request Header Fields Too Large");

    private final ServerSocket listener;
    private final ExecutorService threads;
    private final Path site;
    private final BuildStatus builds;
    private final Consumer<String> refusals;
    private final Duration readTimeout;
    private final byte[] script;

    private PreviewServer(ServerSocket listener, Path site, BuildStatus builds, Consumer<String> refusals,
            Duration readTimeout) {
        this.listener = listener;
        this.threads = Executors.newCachedThreadPool(PreviewServer::daemon);
        this.site = site.toAbsolutePath().normalize();
        this.builds = builds;
        this.refusals = refusals;
        this.readTimeout = readTimeout;
        this.script = resource("reload.js");
    }

    /**
     * Starts serving {@code site} on 127.0.0.1, telling its pages about {@code builds}; port 0 picks a
     * free port. Each request it refuses goes to {@code refusals} as a line saying what and why.
     */
    static PreviewServer start(Path site, int port, BuildStatus builds, Consumer<String> refusals) throws IOException {
        return start(site, port, builds, refusals, READ_TIMEOUT);
    }

    static PreviewServer start(Path site, int port, BuildStatus builds, Consumer<String> refusals,
            Duration readTimeout) throws IOException {
        ServerSocket listener = new ServerSocket(port, BACKLOG, InetAddress.getLoopbackAddress());
        PreviewServer server = new PreviewServer(listener, site, builds, refusals, readTimeout);
        daemon(server::acceptAll).start();
        return server;
    }

    public URI address() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort() + "/");
    }

    private static Thread daemon(Runnable runnable) {
        Thread thread = new Thread(runnable, "policy-preview-server");
        thread.setDaemon(true);
        return thread;
    }

    private void acceptAll() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                try {
                    threads.execute(() -> answer(client));
                } catch (RejectedExecutionException e) {
                    client.close(); // closing down
                }
            } catch (IOException e) {
                // closed, or one connection that failed as it was made: the loop sees which
            }
        }
    }

    /** A response: its status, its type and body, and the header only a 405 has. */
    private record Response(int status, String type, byte[] body, boolean allow) {

        static Response of(int status, String type, byte[] body) {
            return new Response(status, type, body, false);
        }
    }

    /** A request refused with a 4xx status, saying why; {@code start}: the line being read, when it is too long. */
    private static final class Refused extends Exception {

        final int status;
        final String start;

        Refused(int status, String why) {
            this(status, why, "");
        }

        Refused(int status, String why, String start) {
            super(why, null, false, false);
            this.status = status;
            this.start = start;
        }
    }

    private void answer(Socket client) {
        try (client) {
            client.setSoTimeout((int) readTimeout.toMillis());
            InputStream in = new BufferedInputStream(client.getInputStream());
            if (!requestBegins(in)) {
                return;
            }
            String line = "";
            Response response;
            boolean head = false;
            try {
                line = readLine(in, 414);
                String[] parts = line.split(" ", -1);
                if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
                    throw new Refused(400, "not an HTTP/1 request line");
                }
                skipHeaders(in);
                head = parts[0].equals("HEAD");
                if (!head && !parts[0].equals("GET")) {
                    throw new Refused(405, "only GET and HEAD are answered");
                }
                response = respond(parts[1]);
            } catch (Refused e) {
                refusals.accept("refused " + printable(line.isEmpty() ? e.start : line) + ": " + e.status + " "
                        + e.getMessage());
                response = new Response(e.status, "text/plain; charset=utf-8",
                        (e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8), e.status == 405);
            } catch (SocketTimeoutException e) {
                refusals.accept("refused " + printable(line) + ": 408 the request did not arrive whole within "
                        + readTimeout.toMillis() + " ms");
                response = Response.of(408, "text/plain; charset=utf-8",
                        "the request did not arrive in time\n".getBytes(StandardCharsets.UTF_8));
            }
            send(client.getOutputStream(), response, head);
            client.shutdownOutput();
            dropLeftOver(in);
        } catch (IOException e) {
            // the client went away or stopped reading: there is no one left to answer
        }
    }

    /**
     * Whether a request's first byte comes: a browser opens a connection or two ahead of need and may
     * close them unused, or leave them until they time out, which is no request to answer or report.
     */
    private static boolean requestBegins(InputStream in) throws IOException {
        in.mark(1);
        try {
            if (in.read() < 0) {
                return false;
            }
        } catch (SocketTimeoutException e) {
            return false;
        }
        in.reset();
        return true;
    }

    /**
     * Reads what the client sent beyond the request read (a body, the rest of a long line) until it
     * closes its end: closed unread, the connection would end in a reset, which can lose the answer.
     */
    private static void dropLeftOver(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        long left = MOST_LEFT_OVER;
        for (int read = in.read(buffer); read >= 0 && left > 0; read = in.read(buffer)) {
            left -= read;
        }
    }

    private static String readLine(InputStream in, int statusWhenTooLong) throws IOException, Refused {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int next = in.read(); next != '\n'; next = in.read()) {
            if (next < 0) {
                throw new Refused(400, "the request ended before its line did");
            }
            if (line.size() == LONGEST_LINE) {
                throw new Refused(statusWhenTooLong, "a line of the request is longer than " + LONGEST_LINE + " bytes",
                        line.toString(StandardCharsets.ISO_8859_1));
            }
            line.write(next);
        }
        String text = line.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    /** Reads the headers up to the blank line that ends them: none of them changes the answer. */
    private static void skipHeaders(InputStream in) throws IOException, Refused {
        for (int count = 0; !readLine(in, 431).isEmpty(); count++) {
            if (count == MOST_HEADERS) {
                throw new Refused(431, "more than " + MOST_HEADERS + " headers");
            }
        }
    }

    private Response respond(String target) throws IOException, Refused {
        if (!target.startsWith("/")) {
            throw new Refused(400, "the address must be a path starting with /");
        }
        String path = decoded(target.split("\\?", 2)[0]);
        if (path.equals(BUILD)) {
            return Response.of(200, TYPES.get("json"), builds.json().getBytes(StandardCharsets.UTF_8));
        }
        if (path.equals(SCRIPT)) {
            return Response.of(200, TYPES.get("js"), script);
        }
        Path file = site;
        String[] segments = path.split("/");
        // the first is the empty one before the leading /
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].isEmpty()) {
                throw new Refused(400, "the path holds an empty step (//), as no address of the site does");
            }
            if (segments[i].equals("..") || segments[i].equals(".")) {
                throw new Refused(403, "'" + segments[i] + "' in a path is not followed: only the site folder is"
                        + " served");
            }
            file = file.resolve(segments[i]);
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        byte[] body;
        try {
            if (!Files.isRegularFile(file)) {
                return notFound();
            }
            if (!file.toRealPath().startsWith(site.toRealPath())) {
                throw new Refused(403, "a link in the site folder leads out of it, and is not followed");
            }
            body = Files.readAllBytes(file);
        } catch (IOException e) {
            return notFound(); // gone as it was read: a build replaced it
        }
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return Response.of(200, TYPES.getOrDefault(extension, "application/octet-stream"),
                extension.equals("html") ? withScript(body) : body);
    }

    /** A page, so that it too shows a failed build and reloads once the file is there. */
    private Response notFound() {
        String page = "<!DOCTYPE html><html lang=\"en-GB\"><title>Not found</title><body><p>There is no page"
                + " here. If no build has succeeded yet, the build log says why.</p></body></html>";
        return Response.of(404, TYPES.get("html"), withScript(page.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The path with its %-escapes decoded as UTF-8; refused when it holds what no published file's
     * path holds and only an attack would send: a control character (%00 among them), a backslash,
     * a broken escape, or bytes that are not UTF-8.
     */
    private static String decoded(String path) throws Refused {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%' && i + 2 < path.length() && HexFormat.isHexDigit(path.charAt(i + 1))
                    && HexFormat.isHexDigit(path.charAt(i + 2))) {
                bytes.write(HexFormat.fromHexDigits(path, i + 1, i + 3));
                i += 2;
            } else if (c > ' ' && c < 0x7f && c != '%') {
                bytes.write(c);
            } else {
                throw new Refused(400, "the path holds a character that must be %-escaped, or a broken escape");
            }
        }
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new Refused(400, "the path's %-escapes are not UTF-8");
        }
        if (decoded.chars().anyMatch(c -> c < ' ' || c == 0x7f || c == '\\')) {
            throw new Refused(400, "the path holds a control character or a backslash");
        }
        return decoded;
    }

    /** The page with the reload script as the last thing in its body. */
    static byte[] withScript(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        int end = page.lastIndexOf("</body>");
        String served = end < 0 ? page + SCRIPT_TAG : page.substring(0, end) + SCRIPT_TAG + page.substring(end);
        return served.getBytes(StandardCharsets.UTF_8);
    }

    /** A request line as the log can show it: short, and no character that could move the terminal's cursor. */
    private static String printable(String line) {
        String shown = line.length() > 200 ? line.substring(0, 200) + "…" : line;
        return "\"" + shown.replaceAll("[^\\x20-\\x7e…]", "?") + "\"";
    }

    private static void send(OutputStream out, Response response, boolean head) throws IOException {
        StringBuilder headers = new StringBuilder()
                .append("HTTP/1.1 ").append(response.status()).append(' ').append(REASONS.get(response.status()))
                .append("\r\nContent-Type: ").append(response.type())
                .append("\r\nContent-Length: ").append(response.body().length)
                .append("\r\nCache-Control: no-store")
                .append("\r\nX-Content-Type-Options: nosniff")
                .append("\r\nContent-Security-Policy: ").append(ContentSecurityPolicy.POLICY)
                .append("\r\nConnection: close");
        if (response.allow()) {
            headers.append("\r\nAllow: GET, HEAD");
        }
        out.write(headers.append("\r\n\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        if (!head) {
            out.write(response.body());
        }
        out.flush();
    }

    private static byte[] resource(String name) {
        try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the plugin is missing its own file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        threads.shutdownNow();
    }
}
