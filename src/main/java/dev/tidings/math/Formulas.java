package dev.tidings.math;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.select.Elements;

/**
 * Renders the formulas an article's HTML marks up ({@code <span class="math inline">\(…\)</span>} and the display
 * forms) to MathML, with KaTeX, read as the article's page's MathJax reads them ({@link TexArticle}: the site's and the
 * article's macros expanded, equations numbered). Each distinct (TeX so expanded, display) is rendered once and cached;
 * a formula that cannot be rendered becomes {@code <code class="math-error">} holding its TeX. The engine takes
 * seconds to start, so it starts on a thread of its own ({@link TexEngineStarter}), at {@link #start()} or at the first
 * formula not rendered yet. Opened on a state folder, the rendered formulas are kept in a file there ({@link #save()},
 * on {@link #close()}, and a few seconds after new ones were rendered), so a restart renders none of them again and
 * need not start the engine at all. Thread-safe.
 */
public final class Formulas implements AutoCloseable {
    private final Cache<FormulaKey, RenderedFormula> cache;
    private final Optional<FormulaStore> store;
    private final AtomicLong rendered = new AtomicLong();
    private final int loaded;
    private final TexEngineStarter engine;

    /** Formulas kept in memory only. @param cacheBytes bound on the rendered formulas kept (by their length) */
    public Formulas(long cacheBytes) {
        this(cacheBytes, Optional.empty());
    }

    private Formulas(long cacheBytes, Optional<Path> stateDir) {
        this.cache = Caffeine.newBuilder()
                .maximumWeight(cacheBytes)
                .weigher(RenderedFormula::weight)
                .build();
        this.store = stateDir.map(folder -> new FormulaStore(folder, cacheBytes));
        this.loaded = store.map(kept -> {
            var formulas = kept.load();
            cache.putAll(formulas);
            return formulas.size();
        }).orElse(0);
        // Formulas kept from before: no need to warm the engine up with made-up ones.
        this.engine = new TexEngineStarter(loaded > 0, this::render, "KaTeX", 4, KatexEngine::start);
    }

    /**
     * Formulas kept in {@code stateDir} too (when given): those a previous run rendered are read now. A file that cannot
     * be read is reported and rendered anew, never fatal.
     */
    public static Formulas open(long cacheBytes, Optional<Path> stateDir) {
        return new Formulas(cacheBytes, stateDir);
    }

    /** How many rendered formulas were read from the state folder at start. */
    public int loaded() {
        return loaded;
    }

    /** How many formulas the engine has rendered (or failed to render) since start: 0 when the state folder had them. */
    public long rendered() {
        return rendered.get();
    }

    /** Publishes {@code tidings.formulas.rendered}, {@code tidings.formulas.loaded} and the cache's size. */
    public void bindMetrics(MeterRegistry registry) {
        FunctionCounter.builder("tidings.formulas.rendered", rendered, AtomicLong::get)
                .description("Formulas rendered by the TeX engine since start (not found in memory or the state folder)")
                .register(registry);
        Gauge.builder("tidings.formulas.loaded", this, Formulas::loaded)
                .description("Rendered formulas read from the state folder at start").register(registry);
        Gauge.builder("tidings.formulas.cached", cache, Cache::estimatedSize)
                .description("Rendered formulas held in memory").register(registry);
    }

    /**
     * Writes the rendered formulas to the state folder (merged with what another process on the same folder wrote
     * meanwhile), if new ones were rendered since the last save. Returns at once without a state folder.
     */
    public void save() {
        long count = rendered.get();  // before the formulas: a formula is counted once it is cached
        store.ifPresent(kept -> kept.save(cache.asMap(), count));
    }

    /** Starts the engine in the background, if it is not started yet. Returns at once. */
    public void start() {
        engine.start();
    }

    /** {@link #start()} after {@code delay}, unless a formula started it meanwhile. Returns at once. */
    public void startAfter(Duration delay) {
        CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS, FormulaStore.BACKGROUND)
                .execute(this::start);
    }

    /** {@link #mathml(String, TexConfig)} with no site macros and AMS numbering. */
    public String mathml(String html) {
        return mathml(html, TexConfig.DEFAULT);
    }

    /**
     * {@code html} with every marked-up formula replaced by MathML (or by its TeX, if it cannot be rendered), read as
     * the article's page's MathJax reads them, in order, with {@code tex}'s macros and numbering ({@link TexArticle}).
     */
    public String mathml(String html, TexConfig tex) {
        if (!html.contains("class=\"math ")) {
            return html;  // most summaries, and articles without math
        }
        engine.demand();
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.xhtml).charset(StandardCharsets.UTF_8);
        Elements elements = doc.select("span.math, div.math");
        List<TexArticle.Prepared> formulas = TexArticle.forKatex(elements, tex);
        for (int i = 0; i < elements.size(); i++) {
            TexArticle.replace(elements.get(i), formulas.get(i), render(formulas.get(i)));
        }
        return doc.body().html();
    }

    /** The formulas in {@code html} that cannot be rendered (read as {@link #mathml} reads them), each with why. */
    public List<Problem> problems(String html, TexConfig tex) {
        engine.demand();
        var problems = new ArrayList<Problem>();
        for (var formula : TexArticle.forKatex(Jsoup.parseBodyFragment(html).select("span.math, div.math"), tex)) {
            RenderedFormula rendered = render(formula);
            if (!rendered.ok()) {
                problems.add(new Problem(formula.written(), rendered.text()));
            }
        }
        return problems;
    }

    /** A formula that cannot be rendered, and why. */
    public record Problem(String tex, String reason) {}

    private RenderedFormula render(TexArticle.Prepared formula) {
        return formula.ok() ? render(formula.key()) : new RenderedFormula(false, formula.error());
    }

    private RenderedFormula render(FormulaKey formula) {
        var computed = new AtomicBoolean();
        RenderedFormula result;
        try {
            result = cache.get(formula, f -> {
                computed.set(true);
                try {
                    return new RenderedFormula(true, clean(engine.get().render(f.tex(), f.display())));
                } catch (KatexEngine.Failure e) {
                    if (e.isTransient()) {
                        throw e;  // the engine failed, not the formula: do not remember it
                    }
                    return new RenderedFormula(false, e.getMessage());
                }
            });
        } catch (KatexEngine.Failure e) {
            return new RenderedFormula(false, e.getMessage());
        }
        if (computed.get()) {
            // Counted once it is in the cache, so a save that has seen the count has seen the formula.
            rendered.incrementAndGet();
            store.ifPresent(kept -> kept.saveSoon(cache::asMap, rendered::get));
        }
        return result;
    }

    /** KaTeX's output made for MathML Core, without its wrapper span, through the MathML allowlist. */
    private static String clean(String katex) {
        Document clean = new Cleaner(MathMl.only()).clean(MathMlCore.adapt(Jsoup.parseBodyFragment(katex)));
        clean.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.xhtml).charset(StandardCharsets.UTF_8);
        Element math = clean.selectFirst("math");
        if (math == null) {
            throw new KatexEngine.Failure("the TeX engine produced no MathML", false);
        }
        return math.outerHtml();
    }

    @Override
    public void close() {
        save();
        engine.close();
    }
}
