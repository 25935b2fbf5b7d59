package io.github.schoolsafeguarding.policy.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a published site to the maintainer's own browser while they edit. It listens on the
 * loopback address only, so nothing on the network can reach a draft, and it serves files only from
 * below the site folder.
 *
 * <p>Every HTML page it serves gets one more script, {@value #SCRIPT}, which asks {@value #BUILD}
 * how the last build went: it reloads the page after a good build and shows a failed build's
 * problems over the page. The script is added here, as the page is sent, so the published files
 * that schools receive never contain it; and it is a file of this server's own, not inline, so a
 * page's Content-Security-Policy that allows its own origin's scripts allows it too.
 */
final class PreviewServer implements AutoCloseable {

    /** Below a folder name no published file can have: the engine writes no file starting with "_". */
    static final String SCRIPT = "/__policy/reload.js";
    static final String BUILD = "/__policy/build";

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

    private final HttpServer server;
    private final ExecutorService threads;
    private final Path site;
    private final BuildStatus builds;
    private final byte[] script;

    private PreviewServer(HttpServer server, ExecutorService threads, Path site, BuildStatus builds) {
        this.server = server;
        this.threads = threads;
        this.site = site.toAbsolutePath().normalize();
        this.builds = builds;
        this.script = resource("reload.js");
    }

    /** Starts serving {@code site} on 127.0.0.1, telling its pages about {@code builds}; port 0 picks a free port. */
    static PreviewServer start(Path site, int port, BuildStatus builds) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        // a page's stylesheets, scripts and the build check arrive together: one thread would queue them
        ExecutorService threads = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "policy-preview-server");
            thread.setDaemon(true);
            return thread;
        });
        http.setExecutor(threads);
        PreviewServer preview = new PreviewServer(http, threads, site, builds);
        http.createContext("/", preview::handle);
        http.start();
        return preview;
    }

    public URI address() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals(BUILD)) {
                send(exchange, 200, TYPES.get("json"), builds.json().getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (path.equals(SCRIPT)) {
                send(exchange, 200, TYPES.get("js"), script);
                return;
            }
            Path file = site.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                // a page, so that it too shows a failed build and reloads once the file is there
                String page = "<!DOCTYPE html><html lang=\"en-GB\"><title>Not found</title><body><p>There is no page"
                        + " here. If no build has succeeded yet, the build log says why.</p></body></html>";
                send(exchange, 404, TYPES.get("html"), withScript(page.getBytes(StandardCharsets.UTF_8)));
                return;
            }
            String name = file.getFileName().toString();
            String extension = name.substring(name.lastIndexOf('.') + 1);
            byte[] body = Files.readAllBytes(file);
            send(exchange, 200, TYPES.getOrDefault(extension, "application/octet-stream"),
                    extension.equals("html") ? withScript(body) : body);
        }
    }

    /** The page with the reload script as the last thing in its body. */
    static byte[] withScript(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        int end = page.lastIndexOf("</body>");
        String served = end < 0 ? page + SCRIPT_TAG : page.substring(0, end) + SCRIPT_TAG + page.substring(end);
        return served.getBytes(StandardCharsets.UTF_8);
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

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
