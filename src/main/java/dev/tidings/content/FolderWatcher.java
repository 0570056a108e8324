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
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the collection folder and its subfolders and hands the changed paths to {@link Library#update} once they
 * have been quiet for the debounce time (an editor's save is often several writes). When the watch service loses
 * events it asks for a full {@link Library#reload()} instead. One daemon thread.
 */
final class FolderWatcher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FolderWatcher.class);
    private static final Duration MAX_DELAY = Duration.ofMillis(1000);  // a file written without pause still shows up

    private final Path root;
    private final Duration debounce;
    private final Library library;
    private final WatchService service;
    private final Thread thread;

    private FolderWatcher(Path root, Duration debounce, Library library) throws IOException {
        this.root = root;
        this.debounce = debounce;
        this.library = library;
        this.service = root.getFileSystem().newWatchService();
        this.thread = new Thread(this::run, "tidings-watch");
        this.thread.setDaemon(true);
    }

    /**
     * Starts watching on a thread of its own: registering a large tree takes a while, and requests need not wait for
     * it. Once registered, one full rescan catches what changed in the meantime.
     */
    static FolderWatcher start(Path root, Duration debounce, Library library) {
        try {
            var watcher = new FolderWatcher(root, debounce, library);
            watcher.thread.start();
            return watcher;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + root + " for changes", e);
        }
    }

    private void register(Path start) throws IOException {
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(root) && CatalogLoader.isIgnoredName(dir.getFileName().toString(), true)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;  // the loader reports unreadable files
            }
        });
    }

    private void run() {
        try {
            register(root);
            library.reload();
        } catch (IOException | RuntimeException e) {
            log.warn("Cannot watch {} for changes; articles are not reloaded by themselves: {}", root, e.toString());
            return;
        }
        try {
            while (true) {
                WatchKey first = service.take();
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
        key.reset();
        return overflow;
    }

    private void apply(Set<Path> changed, boolean overflow) {
        try {
            if (overflow) {
                library.reload();
            } else {
                library.update(changed);
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
