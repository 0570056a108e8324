package dev.tidings.content;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The article collection being served: the current {@link Catalog}, kept up to date as files change, and the articles'
 * rendered bodies. Reads never lock; loads are serialised and swap in a complete new catalog, so a reader never sees
 * a half-built one.
 */
public final class Library implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Library.class);

    private final Path root;
    private final Clock clock;
    private final SourceStore store;
    private final CatalogLoader loader;
    private final BiFunction<Article, String, Body> renderer;
    private final Cache<Article.Source, Body> bodies;
    private final AtomicReference<Catalog> current = new AtomicReference<>();
    private final List<BiConsumer<Catalog, Catalog>> listeners = new CopyOnWriteArrayList<>();
    private FolderWatcher watcher;
    private volatile Health health = Health.OK;
    private volatile Timer reloads = Timer.builder("tidings.reload").register(new CompositeMeterRegistry());
    private volatile Counter parsedFiles = Counter.builder("tidings.reload.files.parsed")
            .register(new CompositeMeterRegistry());

    private Library(Path root, Site site, Clock clock, BiFunction<Article, String, Body> renderer, SourceStore store) {
        this.renderer = renderer;
        this.root = root;
        this.clock = clock;
        this.store = store;
        this.loader = new CatalogLoader(root, site, store);
        this.bodies = Caffeine.newBuilder()
                .maximumWeight(site.bodyCacheBytes())
                .weigher((Article.Source source, Body body) -> 2 * (body.html().length() + body.summary().length()))
                .recordStats()
                .build();
    }

    /** Loads the collection at {@code root}; problems are reported in the catalog, never thrown. */
    public static Library load(Path root, Site site) {
        return load(root, site, Clock.systemUTC());
    }

    static Library load(Path root, Site site, Clock clock) {
        return load(root, site, clock, new BodyRenderer()::render);
    }

    /** With another renderer: for tests of what a failing render does. */
    static Library load(Path root, Site site, Clock clock, BiFunction<Article, String, Body> renderer) {
        return load(root, site, clock, renderer, SourceStore.open());
    }

    /** With its own body store: for tests of compaction. */
    static Library load(Path root, Site site, Clock clock, BiFunction<Article, String, Body> renderer,
                        SourceStore store) {
        var library = new Library(root, site, clock, renderer, store);
        library.load("loaded", () -> library.loader.scan());
        return library;
    }

    /**
     * The catalog to serve now. Read it once per request; it never changes under you. An article dated in the future
     * appears in the first catalog read after its moment comes, with no file having changed.
     */
    public Catalog current() {
        Catalog catalog = current.get();
        if (!clock.instant().isBefore(catalog.nextPublish())) {
            return publishDue();
        }
        return catalog;
    }

    /** Re-scans the whole folder (each file's size and time) and re-parses what changed. */
    public Catalog reload() {
        return load("reloaded", loader::scan);
    }

    /** Re-reads the given files or folders (absolute paths under the root), e.g. from change notifications. */
    public Catalog update(Collection<Path> paths) {
        return load("updated", () -> loader.update(paths));
    }

    /** The article's rendered body, from the text its metadata was parsed from; cached within the configured bound. */
    public Body body(Article article) {
        return bodies.get(article.source(), source -> render(article));
    }

    /**
     * Renders one body; whatever goes wrong (a bug, or a StackOverflowError from pathological input) stays with this
     * article, which then says it could not be shown and links to itself, and never reaches the feed or the process.
     */
    private Body render(Article article) {
        try {
            return renderer.apply(article, text(article));
        } catch (RuntimeException | StackOverflowError e) {
            log.error("{}:{}: the body could not be rendered ({}); the feeds link to the article instead",
                    article.path(), article.source().bodyLine(), e.toString());
            String html = "<p>This article could not be shown here; read it at <a href=\"" + article.permalink() + "\">"
                    + article.permalink() + "</a>.</p>";
            return new Body(html, html);
        }
    }

    /**
     * Publishes the library's meters: the body cache ({@code cache.*{cache="bodies"}}), catalog size, problems and
     * version, reload time ({@code tidings.reload}) and files parsed again ({@code tidings.reload.files.parsed}).
     */
    public void bindMetrics(MeterRegistry registry) {
        CaffeineCacheMetrics.monitor(registry, bodies, "bodies");
        Gauge.builder("tidings.catalog.articles", this, l -> l.current.get().articles().size())
                .description("Published articles in the current catalog").register(registry);
        Gauge.builder("tidings.catalog.problems", this, l -> l.current.get().problems().size())
                .description("Files the current catalog left out or warned about").register(registry);
        Gauge.builder("tidings.catalog.version", this, l -> l.current.get().version())
                .description("Catalogs loaded since start").register(registry);
        Gauge.builder("tidings.catalog.healthy", this, l -> l.health.ok() ? 1 : 0)
                .description("1 while the content folder is readable, else 0").register(registry);
        reloads = Timer.builder("tidings.reload").description("Loading changes into a new catalog")
                .register(registry);
        parsedFiles = Counter.builder("tidings.reload.files.parsed").description("Files parsed again on changes")
                .register(registry);
    }

    /** Whether the folder could be read the last time it was looked at, and if not, why. */
    public Health health() {
        return health;
    }

    /** {@code ok}, or {@code degraded} with the reason: the folder cannot be read and the last good catalog is served. */
    public record Health(boolean ok, String reason) {
        static final Health OK = new Health(true, "");
    }

    /** Bytes the body store's file holds now. */
    long storedBytes() {
        return store.size();
    }

    /** The article's body text as written (Markdown or HTML), from the text its metadata was parsed from. */
    public String text(Article article) {
        return SourceText.text(store.read(article.source().offset(), article.source().length()));
    }

    /**
     * Calls {@code listener} with the old and the new catalog after every change, on the thread that made it (the
     * watcher's, or a reader's when a scheduled article goes live): hand long work to an executor.
     */
    public void onChange(BiConsumer<Catalog, Catalog> listener) {
        listeners.add(listener);
    }

    /**
     * Starts watching the folder (recursively) and applies changes after they settle for {@code debounce}. Folders
     * that cannot be watched (such as the bundled sample inside the jar) are left alone.
     */
    public void watch(Duration debounce) {
        watch(debounce, Duration.ofSeconds(30));
    }

    /** @param rescan how often a quiet folder is scanned anyway (lost events, a folder that came back) */
    synchronized void watch(Duration debounce, Duration rescan) {
        if (watcher == null && root.getFileSystem() == FileSystems.getDefault()) {
            watcher = FolderWatcher.start(root, debounce, rescan, this);
        }
    }

    /** Whether the watcher has registered the whole folder (tests wait for it before changing the folder). */
    synchronized boolean watching() {
        return watcher != null && watcher.watching();
    }

    @Override
    public synchronized void close() {
        if (watcher != null) {
            watcher.close();
        }
        store.close();
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
            if (health.ok()) {
                log.warn("{}: {}", root, reason);
            }
            health = new Health(false, reason);
            return before;
        }
        if (!health.ok()) {
            log.info("{}: readable again", root);
            health = Health.OK;
        }
        if (before != null && !loader.changed() && clock.instant().isBefore(before.nextPublish())) {
            return before;  // nothing a reader could see has changed: keep the version, and the caches keyed by it
        }
        Catalog after = loader.build(before == null ? 1 : before.version() + 1, clock.instant());
        Set<String> known = before == null ? Set.of() : Set.copyOf(messages(before));
        messages(after).stream().filter(message -> !known.contains(message)).forEach(log::warn);
        current.set(after);
        if (before != null) {
            announce(before, after);
        }
        store.compactIfLarge(() -> {  // what this catalog and the one before it use: renders may still be reading that
            var live = new ArrayList<>(loader.slots());
            if (before != null) {
                before.articles().forEach(article -> live.add(CatalogLoader.slot(article)));
            }
            return live;
        });
        long elapsed = System.nanoTime() - started;
        reloads.record(elapsed, TimeUnit.NANOSECONDS);
        parsedFiles.increment(parsed);
        log.info("{} {} in {} ms: {} file(s) parsed; catalog v{} has {} articles, {} problems", what, root,
                elapsed / 1_000_000, parsed, after.version(), after.articles().size(), after.problems().size());
        return after;
    }

    private synchronized Catalog publishDue() {
        Catalog before = current.get();
        if (clock.instant().isBefore(before.nextPublish())) {
            return before;  // another thread published it first
        }
        Catalog after = loader.build(before.version() + 1, clock.instant());
        current.set(after);
        announce(before, after);
        log.info("scheduled article(s) went live; catalog v{} has {} articles", after.version(),
                after.articles().size());
        return after;
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

    private static List<String> messages(Catalog catalog) {
        return catalog.problems().stream().map(Throwable::getMessage).toList();
    }
}
