package dev.tidings.content;

import dev.tidings.math.MathMode;
import dev.tidings.math.TestFormulas;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A collection loaded as the commands load one, for tests: its own body store and meter registry, the library over
 * the folder and the body pipeline (with the shared TeX engine, feeds sending full text).
 */
public record TestCollection(BodyStore store, Library library, Bodies bodies, PrometheusMeterRegistry registry)
        implements AutoCloseable {

    public static TestCollection open(Path root, Site site) {
        return open(root, site, true);
    }

    /** @param fullText false when the feeds send summaries only (their full text's formulas are never rendered) */
    public static TestCollection open(Path root, Site site, boolean fullText) {
        return open(root, site, Clock.systemUTC(), fullText);
    }

    /** @param feedsUrl where the feeds, and so the formula images, are served */
    public static TestCollection open(Path root, Site site, boolean fullText, URI feedsUrl) {
        return open(root, site, Clock.systemUTC(), fullText, BodyStore.open(), feedsUrl);
    }

    static TestCollection open(Path root, Site site, Clock clock, boolean fullText) {
        return open(root, site, clock, fullText, BodyStore.open());
    }

    /** With its own body store: for tests of compaction. */
    static TestCollection open(Path root, Site site, Clock clock, boolean fullText, BodyStore store) {
        return open(root, site, clock, fullText, store, site.baseUrl());
    }

    private static TestCollection open(Path root, Site site, Clock clock, boolean fullText, BodyStore store,
                                       URI feedsUrl) {
        var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        var library = Library.load(root, site, store, registry, clock, KeptCatalog.none());
        return new TestCollection(store, library, new Bodies(store, site, TestFormulas.SHARED, TestFormulas.IMAGES,
                feedsUrl, fullText, registry), registry);
    }

    /** The article's body with formulas as TeX (marked up, not rendered). */
    public Body body(Article article) {
        return bodies.body(article, MathMode.TEX);
    }

    public Catalog current() {
        return library.current();
    }

    @Override
    public void close() {
        library.close();
        store.close();
    }
}
