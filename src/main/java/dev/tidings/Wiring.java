package dev.tidings;

import dev.tidings.content.Bodies;
import dev.tidings.content.BodyStore;
import dev.tidings.content.Library;
import dev.tidings.content.Site;
import dev.tidings.feed.EntryContent;
import dev.tidings.feed.Feeds;
import dev.tidings.feed.KeptFeeds;
import dev.tidings.math.FormulaImages;
import dev.tidings.math.Formulas;
import dev.tidings.math.MathMode;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * What every command runs on, made once and wired here: one meter registry, one formula renderer (one TeX engine),
 * one formula image renderer (MathJax, started only if images are asked for), the body store, the library that loads
 * the collection into it, the body pipeline and the feeds.
 */
record Wiring(PrometheusMeterRegistry registry, Formulas formulas, FormulaImages images, BodyStore store,
              Library library, Bodies bodies, Feeds feeds) implements AutoCloseable {
    /** Memory for rendered formulas (and the most the state folder keeps of them). */
    private static final long FORMULA_CACHE = 32L << 20;

    /**
     * @param executor   where the feed cache does its upkeep
     * @param startEarly on a first start (no formulas kept), start the TeX engine now, while the articles load
     */
    static Wiring open(Config settings, Executor executor, boolean startEarly) {
        return open(settings, executor, startEarly, FORMULA_CACHE, 1);
    }

    /**
     * For {@code build}, which renders every body and formula once and reads each body again for every feed it is in:
     * a fifth of the heap each for bodies, formulas and formula images (kept whole in the state folder too, so that
     * the next build renders none), and MathJax on every core.
     */
    static Wiring forBuild(Config settings) {
        long fifth = Runtime.getRuntime().maxMemory() / 5;
        Site site = settings.site().withBodyCacheBytes(Math.max(settings.site().bodyCacheBytes(), fifth));
        Config build = new Config(settings.content(), settings.host(), settings.port(), site, settings.feeds(),
                settings.accessLog(), settings.stateDir(), settings.fromSite());
        return open(build, Runnable::run, false, Math.max(FORMULA_CACHE, fifth),
                Runtime.getRuntime().availableProcessors());
    }

    private static Wiring open(Config settings, Executor executor, boolean startEarly, long formulaCache,
                               int imageContexts) {
        var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Supplier<Formulas> kept = () -> Formulas.open(formulaCache, settings.stateDir());
        Supplier<FormulaImages> keptImages = () -> FormulaImages.open(formulaCache, settings.stateDir(), imageContexts);
        // Without an early start, the formulas kept in the state folder (seconds to read when there are many) are
        // read while the articles load.
        CompletableFuture<Formulas> reading = startEarly ? CompletableFuture.completedFuture(kept.get())
                : CompletableFuture.supplyAsync(kept);
        CompletableFuture<FormulaImages> readingImages = startEarly
                ? CompletableFuture.completedFuture(keptImages.get()) : CompletableFuture.supplyAsync(keptImages);
        if (startEarly && settings.feeds().math() == MathMode.MATHML && reading.join().loaded() == 0) {
            // The engine takes seconds to start: overlap that with loading the articles. Otherwise it starts
            // after the port opens, or at a new formula.
            reading.join().start();
        }
        var store = BodyStore.open();
        Library library = settings.stateDir().isEmpty()
                ? Library.load(settings.content(), settings.site(), store, registry)
                : Library.load(settings.content(), settings.site(), store, registry,
                        collectionFolder(settings.stateDir().get(), "catalog-1", settings.content()),
                        BuildInputs.of(settings.site()));
        var formulas = reading.join();
        formulas.bindMetrics(registry);
        var images = readingImages.join();
        images.bindMetrics(registry);
        var bodies = new Bodies(store, settings.site(), formulas, images, settings.feeds().feedsUrl(),
                settings.feeds().content() == EntryContent.FULL, registry, library::current);
        var feeds = new Feeds(library, bodies, settings.site(), settings.feeds(), executor, registry,
                settings.stateDir().map(folder -> collectionFolder(folder, "search-1", settings.content())));
        return new Wiring(registry, formulas, images, store, library, bodies, feeds);
    }

    /** Where the feeds rendered when the server stops are kept for its next start, if it has a state folder. */
    static KeptFeeds keptFeeds(Config settings) {
        return KeptFeeds.in(settings.stateDir().map(dir -> collectionFolder(dir, "feeds-1", settings.content())),
                BuildInputs.program(), BuildInputs.settings(settings.site(), settings.feeds()));
    }

    /**
     * Where the state folder keeps something of the collection in {@code content} (its search index, its parsed
     * articles): one name per collection under a folder per kind and format.
     */
    private static Path collectionFolder(Path stateDir, String kind, Path content) {
        byte[] name = content.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8);
        return stateDir.resolve(kind).resolve(UUID.nameUUIDFromBytes(name).toString());
    }

    @Override
    public void close() {
        feeds.stop();  // before the body store it reads closes
        library.close();
        store.close();
        formulas.close();
        images.close();
    }
}
