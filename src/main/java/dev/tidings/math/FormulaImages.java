package dev.tidings.math;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.select.Elements;

/**
 * Formulas as SVG images, for readers that drop MathML (Tiny Tiny RSS deletes every {@code <math>}): each formula an
 * article's HTML marks up (read as {@link Formulas} reads it: macros expanded, equations numbered) becomes an
 * {@code <img>} of MathJax's SVG ({@link SvgFile}), at an immutable, content-addressed URL below the feeds
 * ({@code formulas/<hash>.svg}, served from {@link #file}), with its TeX as {@code alt}. Each distinct (TeX, display)
 * is rendered once and cached, its file found by its hash; opened on a state folder, the images are kept there
 * ({@code formula-images.bin}) as the MathML is, so a restart renders none again. MathJax starts on a thread of its own
 * at the first formula not rendered yet. A formula MathJax cannot render becomes {@code <code class="math-error">}
 * holding its TeX. Thread-safe.
 */
public final class FormulaImages implements AutoCloseable {
    static final String FORMAT = "tidings-formula-images 1; MathJax " + MathJaxEngine.VERSION + "; SVG file 1";

    private final Cache<FormulaKey, RenderedFormula> cache;
    /** Each image's formula by the image's hash: small, so kept for good (the image itself may be rendered anew). */
    private final Map<String, FormulaKey> addresses = new ConcurrentHashMap<>();
    private final Optional<FormulaStore> store;
    private final AtomicLong rendered = new AtomicLong();
    private final TexEngineStarter engine;

    private FormulaImages(long cacheBytes, Optional<Path> stateDir, int contexts) {
        this.cache = Caffeine.newBuilder().maximumWeight(cacheBytes).weigher(RenderedFormula::weight).build();
        this.store = stateDir.map(folder -> new FormulaStore(new FormulaFile(folder.resolve("formula-images.bin"),
                FORMAT), cacheBytes));
        Map<FormulaKey, RenderedFormula> kept = store.map(FormulaStore::load).orElse(Map.of());
        kept.forEach((formula, image) -> {
            cache.put(formula, image);
            if (image.ok()) {
                addresses.put(SvgFile.hash(image.text()), formula);
            }
        });
        this.engine = new TexEngineStarter(true, formula -> {}, "MathJax", contexts, MathJaxEngine::start);
    }

    /**
     * Images kept in {@code stateDir} too (when given): those a previous run rendered are read now. A file that cannot
     * be read is reported and rendered anew, never fatal.
     *
     * @param cacheBytes bound on the images kept in memory and in the state folder (by their length)
     */
    public static FormulaImages open(long cacheBytes, Optional<Path> stateDir) {
        // One context: each starts in seconds and holds a large heap, and a server is asked for images far less than
        // for MathML.
        return new FormulaImages(cacheBytes, stateDir, 1);
    }

    /** The same with up to {@code contexts} MathJax contexts (one per core at most): for a build, which draws them all. */
    public static FormulaImages open(long cacheBytes, Optional<Path> stateDir, int contexts) {
        return new FormulaImages(cacheBytes, stateDir, contexts);
    }

    /** How many images MathJax has rendered (or failed to render) since start. */
    public long rendered() {
        return rendered.get();
    }

    /** Publishes {@code tidings.formula.images.rendered}. */
    public void bindMetrics(MeterRegistry registry) {
        FunctionCounter.builder("tidings.formula.images.rendered", rendered, AtomicLong::get)
                .description("Formula images rendered by MathJax since start (not found in memory or the state folder)")
                .register(registry);
    }

    /**
     * {@code html} with every marked-up formula replaced by its image (or by its TeX, if it cannot be rendered), read
     * as the article's page's MathJax reads them, with {@code tex}'s macros and numbering ({@link TexArticle}), as
     * {@link Formulas#mathml} reads them.
     *
     * @param feedsUrl where the images are served: below it, at {@code formulas/<hash>.svg}
     */
    public String images(String html, TexConfig tex, URI feedsUrl) {
        if (!html.contains("class=\"math ")) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.xhtml).charset(StandardCharsets.UTF_8);
        String url = feedsUrl.resolve("formulas/").toString();
        Elements elements = doc.select("span.math, div.math");
        List<TexArticle.Prepared> formulas = TexArticle.prepare(elements, tex);
        for (int i = 0; i < elements.size(); i++) {
            Element element = elements.get(i);
            TexArticle.Prepared formula = formulas.get(i);
            RenderedFormula image = formula.ok() ? render(formula.key()) : new RenderedFormula(false, formula.error());
            if (!image.ok()) {
                element.replaceWith(new Element("code").addClass("math-error").text(element.wholeText()));
            } else if (element.tagName().equals("div")) {
                element.replaceWith(new Element("p").attr("align", "center")
                        .appendChild(img(formula, image.text(), url)));
            } else {
                element.replaceWith(img(formula, image.text(), url));
            }
        }
        return doc.body().html();
    }

    /**
     * The image file whose hash is {@code hash}, if this process linked to it or read it from the state folder (from
     * the cache, or rendered again: the same formula gives the same bytes).
     */
    public Optional<String> file(String hash) {
        FormulaKey formula = addresses.get(hash);
        if (formula == null) {
            return Optional.empty();
        }
        RenderedFormula image = render(formula);
        return image.ok() && SvgFile.hash(image.text()).equals(hash) ? Optional.of(image.text()) : Optional.empty();
    }

    /** Writes the images to the state folder, if new ones were rendered since the last save. */
    public void save() {
        long count = rendered.get();
        store.ifPresent(kept -> kept.save(cache.asMap(), count));
    }

    @Override
    public void close() {
        save();
        engine.close();
    }

    /**
     * The image of a formula: its height in {@code ex} (so it scales with the reader's text), an inline one centred on
     * the baseline ({@code align="middle"} for readers that drop {@code style}), a displayed one a centred block.
     */
    private Element img(TexArticle.Prepared formula, String file, String url) {
        double[] size = SvgFile.size(file);
        String hash = SvgFile.hash(file);
        addresses.put(hash, formula.key());
        boolean display = formula.key().display();
        var img = new Element("img").attr("src", url + hash + ".svg").attr("alt", formula.written().strip())
                .addClass("math").addClass(display ? "display" : "inline");
        if (display) {
            return img.attr("style", "display:block;margin:0 auto;height:" + SvgFile.number(size[1]) + "ex");
        }
        return img.attr("align", "middle").attr("style", "height:" + SvgFile.number(size[1]) + "ex;vertical-align:"
                + SvgFile.number(-size[1] / 2) + "ex");
    }

    /** From the cache, or rendered by MathJax once however many threads ask for it at the same time. */
    private RenderedFormula render(FormulaKey formula) {
        var fresh = new AtomicBoolean();
        try {
            RenderedFormula image = cache.get(formula, key -> {
                fresh.set(true);
                return draw(key);
            });
            if (fresh.get()) {
                rendered.incrementAndGet();  // once cached: a save that has seen the count has seen the image
                store.ifPresent(kept -> kept.saveSoon(cache::asMap, rendered::get));
            }
            return image;
        } catch (KatexEngine.Failure e) {
            return new RenderedFormula(false, e.getMessage());  // the engine failed, not the formula: not kept
        }
    }

    /** The formula's image file, or why MathJax cannot render it; throws if MathJax itself failed. */
    private RenderedFormula draw(FormulaKey formula) {
        try {
            return new RenderedFormula(true, SvgFile.of(engine.get().render(formula.tex(), formula.display()),
                    formula.display()));
        } catch (KatexEngine.Failure e) {
            if (e.isTransient()) {
                throw e;
            }
            return new RenderedFormula(false, e.getMessage());
        }
    }
}
