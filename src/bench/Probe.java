import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Locale;

/**
 * Measures a preview server's edit-to-served time: waits until URL serves the page, then EDITS
 * times appends a paragraph with a new word to FILE and asks for URL every 10 ms until the word is
 * in the page. Prints one line per edit, "edit N: S s", for the run script to read:
 *
 * <pre>
 * java src/bench/Probe.java URL FILE EDITS [TIMEOUT_SECONDS]
 * </pre>
 *
 * Exits non-zero if the page is not served, or an edit is not shown, within the timeout.
 */
public class Probe {

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: java src/bench/Probe.java URL FILE EDITS [TIMEOUT_SECONDS]");
            System.exit(2);
        }
        URI url = URI.create(args[0]);
        Path file = Path.of(args[1]);
        int edits = Integer.parseInt(args[2]);
        Duration timeout = Duration.ofSeconds(args.length > 3 ? Long.parseLong(args[3]) : 900);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

        if (waitFor(client, url, null, timeout) < 0) {
            fail("the page " + url + " was not served within " + timeout.toSeconds() + " s");
        }
        // let the server settle: a watcher may still be reacting to the files the corpus wrote
        Thread.sleep(3000);
        for (int edit = 1; edit <= edits; edit++) {
            String word = "benchedit" + letters(System.nanoTime());
            long start = System.nanoTime();
            Files.writeString(file, "\nA paragraph added by the benchmark: " + word + ".\n",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            double seconds = waitFor(client, url, word, timeout);
            if (seconds < 0) {
                fail("edit " + edit + " was not shown at " + url + " within " + timeout.toSeconds() + " s");
            }
            System.out.printf(Locale.ROOT, "edit %d: %.3f s%n", edit, (System.nanoTime() - start) / 1e9);
            // a server that rebuilds after its own writes must be quiet before the next edit
            Thread.sleep(2000);
        }
    }

    /** Seconds until URL answers 200 holding WORD (or anything, when WORD is null); -1 on timeout. */
    private static double waitFor(HttpClient client, URI url, String word, Duration timeout) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).header("Cache-Control", "no-cache").build();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && (word == null || response.body().contains(word))) {
                    return (System.nanoTime() - start) / 1e9;
                }
            } catch (IOException e) {
                // not listening yet, or restarting: ask again
            }
            Thread.sleep(10);
        }
        return -1;
    }

    /** A word made of letters only, so that no check reads it as a number or a date. */
    private static String letters(long seed) {
        StringBuilder out = new StringBuilder();
        long n = Math.abs(seed);
        for (int i = 0; i < 8; i++) {
            out.append((char) ('a' + n % 26));
            n /= 26;
        }
        return out.toString();
    }

    private static void fail(String message) {
        System.err.println("Probe: " + message);
        System.exit(1);
    }
}
