package dev.tidings.content;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The article collection being served: the current {@link Catalog}, kept up to date as files change and as scheduled
 * articles come due, with the folder's health and listeners told of every change. Reads never lock; loads are
 * serialised and swap in a complete new catalog, so a reader never sees a half-built one. Article bodies are not
 * its business: {@link Bodies} renders them from the {@link BodyStore} this library writes.
 */
public final class Library implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Library.class);

    private final Path root;
    private final Clock clock;
    private final CatalogLoader loader;
    private final AtomicReference<Catalog> current = new AtomicReference<>();
    private final List<BiConsumer<Catalog, Catalog>> listeners = new CopyOnWriteArrayList<>();
    private final PublishTimer timer;
    private final FolderHealth health;
    private final LibraryMeters meters;
    private FolderWatcher watcher;  // guarded by this

    private Library(Path root, Site site, Clock clock, BodyStore store, MeterRegistry registry, KeptCatalog kept) {
        this.root = root;
        this.clock = clock;
        this.loader = new CatalogLoader(root, site, store, kept);
        this.timer = new PublishTimer(clock);
        this.health = new FolderHealth(root);
        this.meters = new LibraryMeters(registry, current::get, health::current);
    }

    /**
     * Loads the collection at {@code root}, storing each article's body text in {@code store}; problems are reported
     * in the catalog, never thrown. Publishes its meters ({@link LibraryMeters}) to {@code registry}.
     */
    public static Library load(Path root, Site site, BodyStore store, MeterRegistry registry) {
        return load(root, site, store, registry, Clock.systemUTC(), KeptCatalog.none());
    }

    /** And keeps what parsing gave in {@code keptIn}, for the next start with equal {@code settings} (as text). */
    public static Library load(Path root, Site site, BodyStore store, MeterRegistry registry, Path keptIn,
                               String settings) {
        return load(root, site, store, registry, Clock.systemUTC(), KeptCatalog.read(keptIn, settings,
                ForkJoinPool.commonPool()));
    }

    /** With another clock: for tests of scheduled articles. */
    static Library load(Path root, Site site, BodyStore store, MeterRegistry registry, Clock clock,
                        KeptCatalog kept) {
        var library = new Library(root, site, clock, store, registry, kept);
        library.load("loaded", () -> library.loader.scan());
        return library;
    }

    /**
     * The catalog to serve now. Read it once per request; it never changes under you. An article dated in the future
     * appears in a new catalog when its moment comes, with no file having changed.
     */
    public Catalog current() {
        return current.get();
    }

    /** Re-scans the whole folder (each file's size and time) and re-parses what changed. */
    public Catalog reload() {
        return load("reloaded", loader::scan);
    }

    /** Re-reads the given files or folders (absolute paths under the root), e.g. from change notifications. */
    public Catalog update(Collection<Path> paths) {
        return load("updated", () -> loader.update(paths));
    }

    /** Whether the folder could be read the last time it was looked at, and if not, why. */
    public Health health() {
        return health.current();
    }

    /** Calls {@code listener} with the old and new catalog after each change, on that thread: hand off long work. */
    public void onChange(BiConsumer<Catalog, Catalog> listener) {
        listeners.add(listener);
    }

    /** Watches the folder (recursively), applying changes once settled for {@code debounce}; not the jar's sample. */
    public void watch(Duration debounce) {
        watch(debounce, Duration.ofSeconds(30));
    }

    /** @param rescan how often a quiet folder is scanned anyway (lost events, a folder that came back) */
    synchronized void watch(Duration debounce, Duration rescan) {
        if (watcher == null && root.getFileSystem() == FileSystems.getDefault()) {
            watcher = FolderWatcher.start(root, debounce, rescan, this::update, this::reload);
        }
    }

    /** Whether the watcher has registered the whole folder (tests wait for it before changing the folder). */
    synchronized boolean watching() {
        return watcher != null && watcher.watching();
    }

    /** Stops watching and publishing; the body store is its owner's to close. */
    @Override
    public synchronized void close() {
        if (watcher != null) {
            watcher.close();
        }
        timer.close();
        loader.keepNow();  // what changed since the start, for the next one
    }

    private interface Step {
        int run() throws IOException;
    }

    private synchronized Catalog load(String what, Step step) {
        long started = System.nanoTime();
        Catalog before = current.get();
        int parsed;
        try {
            parsed = step.run();
        } catch (IOException | UncheckedIOException e) {
            if (before == null) {
                throw e instanceof IOException io ? new UncheckedIOException("cannot read " + root, io)
                        : (UncheckedIOException) e;
            }
            String reason = "cannot read the collection folder (" + e.getMessage() + "); serving catalog v"
                    + before.version() + " until it can";
            health.unreadable(reason);
            return before;
        }
        health.readable();
        if (before != null && !loader.changed() && clock.instant().isBefore(before.nextPublish())) {
            return before;  // nothing a reader could see has changed: keep the version, and the caches keyed by it
        }
        Catalog after = loader.build(before == null ? 1 : before.version() + 1, clock.instant());
        Set<String> known = before == null ? Set.of() : Set.copyOf(before.messages());
        after.messages().stream().filter(message -> !known.contains(message)).forEach(log::warn);
        current.set(after);
        schedule(after);
        if (before != null) {
            announce(before, after);
        }
        loader.compactStore(before);
        long elapsed = System.nanoTime() - started;
        meters.loaded(elapsed, parsed);
        log.info("{} {} in {} ms: {} file(s) parsed; catalog v{} has {} articles, {} problems", what, root,
                elapsed / 1_000_000, parsed, after.version(), after.articles().size(), after.problems().size());
        return after;
    }

    /** Publishes the articles whose time has come, if any; the scheduler calls it (and tests, with their clock). */
    synchronized Catalog publishDue() {
        Catalog before = current.get();
        if (clock.instant().isBefore(before.nextPublish())) {
            schedule(before);  // woken early (or by a test): wait for the rest
            return before;
        }
        Catalog after = loader.build(before.version() + 1, clock.instant());
        current.set(after);
        schedule(after);
        announce(before, after);
        log.info("scheduled article(s) went live; catalog v{} has {} articles", after.version(),
                after.articles().size());
        return after;
    }

    /** Wakes {@link #publishDue} when the catalog's next scheduled article comes due. */
    private void schedule(Catalog catalog) {
        timer.at(catalog.nextPublish(), () -> {
            if (current.get() == catalog) {  // else a newer catalog has scheduled its own
                publishDue();
            }
        });
    }

    private void announce(Catalog before, Catalog after) {
        for (BiConsumer<Catalog, Catalog> listener : listeners) {
            try {
                listener.accept(before, after);
            } catch (RuntimeException e) {  // a listener's failure must not undo the swap
                log.warn("A catalog listener failed: {}", e.toString());
            }
        }
    }
}
