package io.github.schoolsafeguarding.policy.serve;

import io.github.schoolsafeguarding.policy.check.ContentException;
import io.github.schoolsafeguarding.policy.check.Location;
import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.site.IncrementalPublisher;
import io.github.schoolsafeguarding.policy.site.SitePublisher;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * A site being edited: published once, served on 127.0.0.1, and published again after each burst
 * of changes to the folders it watches, redoing only what the changes touched
 * ({@link IncrementalPublisher}). The open pages reload after a good build and show a failed
 * build's problems over the last good page, which stays in place until the next good build.
 *
 * <pre>{@code
 * try (Preview preview = Preview.start(publisher, Path.of("target/site"),
 *         List.of(Path.of("content"), Path.of("theme")), 8000, log)) {
 *     preview.address();   // http://127.0.0.1:8000/
 * }
 * }</pre>
 */
public final class Preview implements AutoCloseable {

    /** What each build did, for the maintainer's log. */
    public interface Log {

        void published(SitePublisher.Publication site, Duration took);

        /** {@code summary} is one line; {@code problems} (maybe none) are each a line of their own. */
        void failed(String summary, List<Problem> problems, Duration took);

        /** A request the server refused, such as one for a file outside the site: one line saying why. */
        void refused(String request);
    }

    private final IncrementalPublisher publisher;
    private final BuildStatus builds;
    private final Log log;
    private final Path base;
    private PreviewServer server;
    private ChangeWatcher watcher;

    private Preview(IncrementalPublisher publisher, BuildStatus builds, Log log, Path base) {
        this.publisher = publisher;
        this.builds = builds;
        this.log = log;
        this.base = base;
    }

    /**
     * Publishes the site into {@code output}, then serves it and watches {@code watched}.
     *
     * @param base problems' paths are shown relative to it, in the browser as in the log
     * @throws IOException when the port cannot be listened on or a folder cannot be watched
     */
    public static Preview start(SitePublisher publisher, Path output, List<Path> watched, int port, Path base, Log log)
            throws IOException {
        Preview preview = new Preview(publisher.incremental(output), new BuildStatus(base), log, base);
        preview.build(Set.of());
        try {
            preview.server = PreviewServer.start(output, port, preview.builds, log::refused);
            // the watcher calls back on its one thread, after the last build's callback returned:
            // two builds never run at once, and changes made during a build start one more after it
            preview.watcher = ChangeWatcher.start(watched, preview::build);
        } catch (IOException | RuntimeException e) {
            preview.close();
            throw e;
        }
        return preview;
    }

    public URI address() {
        return server.address();
    }

    /** The number of builds so far, good and failed: the open pages watch it change. */
    public int builds() {
        return builds.number();
    }

    /** One build, after changes to {@code changed}; whatever it throws, the watching goes on. */
    private void build(Set<Path> changed) {
        long start = System.nanoTime();
        try {
            SitePublisher.Publication site = publisher.publish();
            builds.succeeded();
            log.published(site, since(start));
        } catch (ContentException e) {
            builds.failed(e.getMessage(), e.problems());
            log.failed(e.getMessage() + ": the last good site is still served", e.problems(), since(start));
        } catch (RuntimeException | Error e) {
            // a file that cannot be written, or a fault of the engine's own that a file brought out
            // (a StackOverflowError, say): the output folder is as the last good build left it, and
            // the next change may well build, so keep serving and watching
            String summary = "the build stopped: " + (e instanceof Error || e.getMessage() == null ? e : e.getMessage())
                    + after(changed);
            builds.failed(summary, List.of());
            log.failed(summary + "; the last good site is still served", List.of(), since(start));
        }
    }

    /** Which files the build followed on, as the likely cause of an error that names none. */
    private String after(Set<Path> changed) {
        if (changed.isEmpty()) {
            return "";
        }
        List<String> files = changed.stream().limit(3).map(file -> Location.of(file).format(base)).toList();
        return " (after a change to " + String.join(", ", files)
                + (changed.size() > files.size() ? " and " + (changed.size() - files.size()) + " more" : "") + ")";
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Override
    public void close() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
        if (server != null) {
            server.close();
        }
    }
}
