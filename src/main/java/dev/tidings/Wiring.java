package dev.tidings;

import dev.tidings.content.Bodies;
import dev.tidings.content.BodyStore;
import dev.tidings.content.Library;
import dev.tidings.feed.EntryContent;
import dev.tidings.feed.Feeds;
import dev.tidings.math.FormulaImages;
import dev.tidings.math.Formulas;
import dev.tidings.math.MathMode;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Executor;

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
        var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        var formulas = Formulas.open(FORMULA_CACHE, settings.stateDir());
        formulas.bindMetrics(registry);
        if (startEarly && settings.feeds().math() == MathMode.MATHML && formulas.loaded() == 0) {
            // The engine takes seconds to start: overlap that with loading the articles. Otherwise it starts
            // after the port opens, or at a new formula.
            formulas.start();
        }
        var images = FormulaImages.open(FORMULA_CACHE, settings.stateDir());
        images.bindMetrics(registry);
        var store = BodyStore.open();
        Library library = Library.load(settings.content(), settings.site(), store, registry);
        var bodies = new Bodies(store, settings.site(), formulas, images, settings.feeds().feedsUrl(),
                settings.feeds().content() == EntryContent.FULL, registry, library::current);
        var feeds = new Feeds(library, bodies, settings.site(), settings.feeds(), executor, registry,
                settings.stateDir().map(folder -> searchIndex(folder, settings.content())));
        return new Wiring(registry, formulas, images, store, library, bodies, feeds);
    }

    /** The search index of the collection in {@code content}: one folder per collection (and per index format). */
    private static Path searchIndex(Path stateDir, Path content) {
        byte[] name = content.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8);
        return stateDir.resolve("search-1").resolve(UUID.nameUUIDFromBytes(name).toString());
    }

    @Override
    public void close() {
        library.close();
        store.close();
        formulas.close();
        images.close();
    }
}
