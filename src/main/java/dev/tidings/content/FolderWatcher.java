package dev.tidings.content;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the collection folder and its subfolders and hands the changed paths to a callback once they have been quiet
 * for the debounce time (an editor's save is often several writes). When the watch service loses events, and now and
 * then anyway, it asks for a full rescan instead. One daemon thread.
 */
final class FolderWatcher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FolderWatcher.class);
    private static final Duration MAX_DELAY = Duration.ofMillis(1000);  // a file written without pause still shows up

    private final Path root;
    private final Duration debounce;
    /** How often a quiet folder is scanned anyway: events can be lost (network file systems, a re-created folder). */
    private final Duration rescan;
    private final Consumer<Collection<Path>> changed;
    private final Runnable rescanAll;
    private final WatchService service;
    private final Thread thread;
    private volatile boolean watched;

    private FolderWatcher(Path root, Duration debounce, Duration rescan, Consumer<Collection<Path>> changed,
                          Runnable rescanAll) throws IOException {
        this.root = root;
        this.debounce = debounce;
        this.rescan = rescan;
        this.changed = changed;
        this.rescanAll = rescanAll;
        this.service = root.getFileSystem().newWatchService();
        this.thread = new Thread(this::run, "tidings-watch");
        this.thread.setDaemon(true);
    }

    /**
     * Starts watching on a thread of its own: registering a large tree takes a while, and requests need not wait for
     * it. Once registered, one full rescan catches what changed in the meantime.
     *
     * @param changed   called with the files and folders (absolute paths under the root) that changed
     * @param rescanAll called when events were lost, or {@code rescan} passed quietly: look at everything; it reports
     *                  an unreadable folder itself
     */
    static FolderWatcher start(Path root, Duration debounce, Duration rescan, Consumer<Collection<Path>> changed,
                               Runnable rescanAll) {
        try {
            var watcher = new FolderWatcher(root, debounce, rescan, changed, rescanAll);
            watcher.thread.start();
            return watcher;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + root + " for changes", e);
        }
    }

    private void register(Path start) throws IOException {
        int[] folders = {0};
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(root) && CatalogLoader.isIgnoredName(dir.getFileName().toString(), true)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
                folders[0]++;
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;  // the loader reports unreadable files
            }
        });
        if (start.equals(root)) {
            watched = true;
            log.info("watching {} for changes ({} folders)", root, folders[0]);
        }
    }

    /** Whether the whole folder is registered: from then on every change to it is seen. */
    boolean watching() {
        return watched;
    }

    private void run() {
        rescan();  // registers the folder and catches up with what changed since it was loaded
        try {
            while (true) {
                WatchKey first = service.poll(rescan.toMillis(), TimeUnit.MILLISECONDS);
                if (first == null) {
                    rescan();  // quiet for a while: catch what events missed, or a folder that came back
                    continue;
                }
                var changed = new LinkedHashSet<Path>();
                boolean overflow = drain(first, changed);
                long deadline = System.nanoTime() + MAX_DELAY.toNanos();
                WatchKey next;
                while (System.nanoTime() < deadline
                        && (next = service.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    overflow |= drain(next, changed);
                }
                apply(changed, overflow);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    /**
     * A full scan, registering the root again if it was re-created: a folder that vanished and came back needs new
     * watches (the old ones died with it).
     */
    private void rescan() {
        try {
            if (!watched && Files.isDirectory(root)) {
                register(root);
            }
        } catch (IOException | RuntimeException e) {
            watched = false;  // try again at the next rescan
            log.debug("cannot watch {} yet: {}", root, e.toString());
        }
        try {
            rescanAll.run();
        } catch (RuntimeException e) {
            log.warn("Could not rescan {}: {}", root, e.toString());
        }
    }

    /** Collects the key's events; true if some were lost. New folders are watched at once, before files land in them. */
    private boolean drain(WatchKey key, Set<Path> changed) {
        boolean overflow = false;
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                overflow = true;
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            changed.add(path);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    register(path);
                } catch (IOException e) {
                    overflow = true;  // let a full scan find whatever is in there
                }
            }
        }
        if (!key.reset() && dir.equals(root)) {
            watched = false;  // the folder itself is gone: watch it again when it comes back
            overflow = true;
        }
        return overflow;
    }

    private void apply(Set<Path> paths, boolean overflow) {
        try {
            if (overflow) {
                rescanAll.run();
            } else {
                changed.accept(paths);
            }
        } catch (RuntimeException e) {  // never let one bad update stop the watching
            log.warn("Could not apply changes in {}: {}", root, e.toString());
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            log.debug("closing the watch service", e);
        }
        thread.interrupt();
    }
}
