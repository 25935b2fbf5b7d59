package io.github.schoolsafeguarding.policy.site;

import io.github.schoolsafeguarding.policy.cache.BuildCache;
import io.github.schoolsafeguarding.policy.handbook.CachedHandbook;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The areas' handbooks, each laid out as soon as its area has rendered the pages it holds, while
 * the build renders and checks the rest of the site: a PDF takes seconds to lay out, which used to
 * come after everything else, on one core, with the others idle.
 *
 * <p>A handbook is laid out before the build knows whether it will publish, so {@link #start} is
 * called only while the build has found no error: a build that has one publishes nothing. A build
 * that then finds one does not wait for the handbooks being laid out ({@link #close}): they finish on
 * their own and are dropped.
 */
final class Handbooks implements AutoCloseable {

    private static final int CORES = Math.max(1, Runtime.getRuntime().availableProcessors());

    private final Optional<BuildCache.Shelf> madeBefore;
    private final Optional<ExecutorService> layout;
    private final Map<String, Future<byte[]>> laidOut = new TreeMap<>();

    /**
     * Handbooks to lay out, one per core at a time, each of an area independent of the others.
     *
     * @param madeBefore where handbooks made before may be, and where these are kept; none to make each
     */
    Handbooks(Optional<BuildCache.Shelf> madeBefore) {
        this(madeBefore, true);
    }

    /** For a build that publishes nothing, and so lays out no handbook. */
    static Handbooks notMade() {
        return new Handbooks(Optional.empty(), false);
    }

    private Handbooks(Optional<BuildCache.Shelf> madeBefore, boolean made) {
        this.madeBefore = madeBefore;
        // daemon threads: a build that fails leaves them to finish a PDF nobody waits for, and exits
        this.layout = made ? Optional.of(Executors.newFixedThreadPool(CORES, work -> {
            Thread thread = new Thread(work, "handbook");
            thread.setDaemon(true);
            return thread;
        })) : Optional.empty();
    }

    /**
     * Starts laying out an area's handbook, in the background.
     *
     * @param pages the area's published files so far, by path below the area's folder: its handbook's
     *     pages among them, as they will be published
     */
    void start(String areaId, CachedHandbook handbook, Map<String, byte[]> pages) {
        Map<String, byte[]> published = Map.copyOf(pages);
        layout.ifPresent(threads -> laidOut.put(areaId + "/" + SitePublisher.HANDBOOK,
                threads.submit(() -> handbook.render(published, madeBefore))));
    }

    /** Waits for every handbook started, then gives them by their path in the site. */
    Map<String, byte[]> files() {
        Map<String, byte[]> files = new TreeMap<>();
        laidOut.forEach((file, pdf) -> files.put(file, result(pdf)));
        madeBefore.ifPresent(BuildCache.Shelf::dropUnused);
        return files;
    }

    private static byte[] result(Future<byte[]> pdf) {
        try {
            return pdf.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while laying out a handbook", e);
        } catch (ExecutionException e) {
            // as if laid out on this thread: the cause is what went wrong
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw new IllegalStateException("laying out a handbook failed", e.getCause());
        }
    }

    /** Drops the handbooks not yet begun; those being laid out finish on their own, unread. */
    @Override
    public void close() {
        laidOut.values().forEach(pdf -> pdf.cancel(false));
        layout.ifPresent(ExecutorService::shutdown);
    }
}
