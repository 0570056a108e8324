package dev.tidings.content;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.tidings.dialect.Page;
import dev.tidings.math.FormulaImages;
import dev.tidings.math.Formulas;
import dev.tidings.math.MathMode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The owner of article bodies: the only way to an article's text as written, its rendered body and summary for a math
 * mode, and the warnings its stages found. It reads the body store, runs the {@link BodyPipeline} (and the
 * {@link MathStage} for MathML and images), and caches the result by body and math mode within {@code body_cache}. A
 * body that cannot be rendered at all (a bug, or pathological input) becomes a short text linking to the article, with
 * a warning; it never reaches the feed or the process. Each warning is logged once. Thread-safe.
 */
public final class Bodies {
    private static final Logger log = LoggerFactory.getLogger(Bodies.class);

    private final BodyStore store;
    private final BiFunction<Article, String, BodyPipeline.Result> pipeline;
    private final MathStage math;
    private final boolean fullText;
    private final Cache<Key, Rendered> cache;
    private static final long NO_REFERENCES = Long.MIN_VALUE;

    private final LongSupplier catalogVersion;
    private final Set<String> logged = ConcurrentHashMap.newKeySet();

    /**
     * @param fullText whether feeds send articles' full text; when not (summaries only), the formulas of the full text
     *                 are never rendered
     * @param registry where the cache's meters ({@code cache.*{cache="bodies"}}) are published
     */
    public Bodies(BodyStore store, Site site, Formulas formulas, boolean fullText, MeterRegistry registry) {
        this(store, site, withoutImages(formulas, site),
                fullText, registry, pipeline(site, Page.References.NONE), () -> 0);
    }

    /** Formula images that no server serves: for tests and benchmarks that never ask for them. */
    private static MathStage withoutImages(Formulas formulas, Site site) {
        return new MathStage(formulas, FormulaImages.open(1 << 20, Optional.empty()), site.baseUrl(), site.tex());
    }

    /** With formula images served below {@code feedsUrl}. */
    public Bodies(BodyStore store, Site site, Formulas formulas, FormulaImages images, URI feedsUrl, boolean fullText,
                  MeterRegistry registry) {
        this(store, site, new MathStage(formulas, images, feedsUrl, site.tex()), fullText, registry,
                pipeline(site, Page.References.NONE), () -> 0);
    }

    /**
     * @param feedsUrl where formula images are served, below the feeds
     * @param catalog  the current catalog, whose articles cross-references in a body point at
     */
    public Bodies(BodyStore store, Site site, Formulas formulas, FormulaImages images, URI feedsUrl, boolean fullText,
                  MeterRegistry registry, Supplier<Catalog> catalog) {
        this(store, site, new MathStage(formulas, images, feedsUrl, site.tex()), fullText, registry,
                pipeline(site, new CatalogReferences(catalog)), () -> catalog.get().version());
    }

    private static BiFunction<Article, String, BodyPipeline.Result> pipeline(Site site, Page.References references) {
        return new BodyPipeline(site.conventions(), site.baseUrl().toString(), references)::run;
    }

    /** With another pipeline: for tests of what a failing render does. */
    Bodies(BodyStore store, Site site, Formulas formulas, boolean fullText, MeterRegistry registry,
           BiFunction<Article, String, BodyPipeline.Result> pipeline) {
        this(store, site, withoutImages(formulas, site),
                fullText, registry, pipeline, () -> 0);
    }

    private Bodies(BodyStore store, Site site, MathStage math, boolean fullText, MeterRegistry registry,
                   BiFunction<Article, String, BodyPipeline.Result> pipeline, LongSupplier catalogVersion) {
        this.store = store;
        this.catalogVersion = catalogVersion;
        this.pipeline = pipeline;
        this.math = math;
        this.fullText = fullText;
        this.cache = Caffeine.newBuilder()
                .maximumWeight(site.bodyCacheBytes())
                .weigher((Key key, Rendered rendered) -> rendered.weight())
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(registry, cache, "bodies");
    }

    /** The article's body text as written (Markdown or HTML), from the text its metadata was parsed from. */
    public String text(Article article) {
        return SourceText.text(store.read(article.source().offset(), article.source().length()));
    }

    /** The article's rendered body and summary, with formulas as {@code mode} asks; cached. */
    public Body body(Article article, MathMode mode) {
        return cached(article, mode).body();
    }

    /** The formula image (an SVG file) whose hash is {@code hash}, if a body linked to it. */
    public Optional<String> formulaImage(String hash) {
        return math.image(hash);
    }

    /**
     * Every warning about the article: what its stages could not do, and with {@code mode} MathML, each formula of its
     * full text and summary that cannot be rendered as MathML (whatever the feeds send). For {@code check}.
     */
    public List<Warning> check(Article article, MathMode mode) {
        Rendered tex = cached(article, MathMode.TEX);
        if (tex.failed() || mode != MathMode.MATHML) {
            return tex.warnings();
        }
        return Stream.concat(tex.warnings().stream(), math.check(article, text(article), tex.body()).stream())
                .toList();
    }

    /**
     * From the cache, unless it points at other articles (a cross-reference) and the catalog changed since: the
     * article it points at may have moved.
     */
    private Rendered cached(Article article, MathMode mode) {
        var key = new Key(article.source(), mode);
        Rendered rendered = cache.get(key, k -> render(article, mode));
        if (rendered.references() != NO_REFERENCES && rendered.references() != catalogVersion.getAsLong()) {
            cache.invalidate(key);
            rendered = cache.get(key, k -> render(article, mode));
        }
        return rendered;
    }

    private record Key(Article.Source source, MathMode mode) {}

    /**
     * @param failed     the pipeline failed, and the body says so
     * @param references the catalog version its cross-references were resolved in, {@link #NO_REFERENCES} if none
     */
    private record Rendered(Body body, List<Warning> warnings, boolean failed, long references) {
        int weight() {
            return 2 * (body.html().length() + body.summary().length());
        }
    }

    private Rendered render(Article article, MathMode mode) {
        Rendered rendered = renderSafely(article, mode);
        for (Warning warning : rendered.warnings()) {
            if (logged.add(warning.toString())) {
                if (rendered.failed()) {
                    log.error(warning.toString());  // our bug, or input we should have refused: worth an alert
                } else {
                    log.warn(warning.toString());
                }
            }
        }
        return rendered;
    }

    /** Whatever goes wrong (a bug, or a StackOverflowError from pathological input) stays with this article. */
    private Rendered renderSafely(Article article, MathMode mode) {
        long version = catalogVersion.getAsLong();  // before: a change while rendering makes it stale, not current
        String text = text(article);
        BodyPipeline.Result staged;
        try {
            staged = pipeline.apply(article, text);
        } catch (RuntimeException | StackOverflowError e) {
            String html = "<p>This article could not be shown here; read it at <a href=\"" + article.permalink() + "\">"
                    + article.permalink() + "</a>.</p>";
            return new Rendered(new Body(html, html), List.of(new Warning(article.path(), article.source().bodyLine(),
                    "the body could not be rendered (" + e + "); the feeds link to the article instead")), true,
                    NO_REFERENCES);
        }
        long references = staged.crossReferences() ? version : NO_REFERENCES;
        if (mode == MathMode.TEX) {
            return new Rendered(staged.body(), staged.warnings(), false, references);
        }
        MathStage.Result result = math.render(article, text, staged.body(), fullText, mode);
        return new Rendered(result.body(), Stream.concat(staged.warnings().stream(), result.warnings().stream())
                .toList(), false, references);
    }
}
