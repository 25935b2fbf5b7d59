package io.github.schoolsafeguarding.policy.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Calls back once after each burst of changes under some folders (an editor's save touches several
 * files; one rebuild is enough): when nothing more has changed for {@link #QUIET}, with the paths
 * that changed. Runs on its own daemon thread until closed, and calls back on that thread, so a call
 * never overlaps the last one; what changes during a call brings one more call after it. The
 * callback must not throw: the watching would end with it.
 */
final class ChangeWatcher implements AutoCloseable {

    /**
     * An editor's save (the file, a backup, a rename) comes within a few milliseconds; a rebuild
     * after a one-page edit takes well under a second, so a longer wait would be much of what the
     * maintainer waits for, and a later save only brings one more, short, build.
     */
    private static final Duration QUIET = Duration.ofMillis(100);

    private final WatchService watcher;
    private final Thread thread;

    private ChangeWatcher(WatchService watcher, Consumer<Set<Path>> onChange) {
        this.watcher = watcher;
        this.thread = new Thread(() -> run(onChange), "policy-change-watcher");
        this.thread.setDaemon(true);
    }

    static ChangeWatcher start(List<Path> folders, Consumer<Set<Path>> onChange) throws IOException {
        WatchService service = FileSystems.getDefault().newWatchService();
        ChangeWatcher changes = new ChangeWatcher(service, onChange);
        for (Path folder : folders) {
            changes.registerTree(folder);
        }
        changes.thread.start();
        return changes;
    }

    private void registerTree(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> folders = Files.walk(folder)) {
            for (Path each : folders.filter(Files::isDirectory).toList()) {
                each.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        } catch (NoSuchFileException e) {
            // a folder made and removed again at once (a tool's temporary one): nothing to watch,
            // and the watching must go on
        } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof NoSuchFileException)) {
                throw e;
            }
        }
    }

    private void run(Consumer<Set<Path>> onChange) {
        try {
            while (true) {
                WatchKey key = watcher.take();
                Set<Path> changed = new TreeSet<>();
                boolean lost = false;
                do {
                    for (var event : key.pollEvents()) {
                        if (event.context() instanceof Path name && key.watchable() instanceof Path parent) {
                            // a new folder's files must be watched too
                            watchNewFolder(parent.resolve(name));
                            if (!isEditorsOwn(name.toString())) {
                                changed.add(parent.resolve(name));
                            }
                        } else {
                            lost = true; // events were lost: something changed
                        }
                    }
                    key.reset();
                    key = watcher.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS);
                } while (key != null);
                if (lost || !changed.isEmpty()) {
                    onChange.accept(changed);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void watchNewFolder(Path folder) {
        try {
            registerTree(folder);
        } catch (IOException | UncheckedIOException e) {
            // a folder that cannot be read cannot be watched, and must not end the watching of the
            // rest: the build this change brings says what is wrong with it, if it is content
        }
    }

    /**
     * An editor's swap, backup or lock file: Vim rewrites its swap file every few seconds while one
     * types, and a full build each time would leave the site forever rebuilding.
     */
    static boolean isEditorsOwn(String name) {
        return name.startsWith(".") || name.startsWith("#") || name.endsWith("~") || name.equals("4913");
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        thread.interrupt();
    }
}
