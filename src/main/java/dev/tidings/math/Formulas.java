package dev.tidings.math;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders the formulas an article's HTML marks up ({@code <span class="math inline">\(…\)</span>} and the display
 * forms) to MathML, with KaTeX. Each distinct (TeX, display) is rendered once and cached; a formula KaTeX cannot render
 * becomes {@code <code class="math-error">} holding its TeX. The engine takes seconds to start, so it starts on a
 * thread of its own, at {@link #start()} or at the first formula. Thread-safe.
 */
public final class Formulas implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Formulas.class);
    /** Formulas of the kinds articles use, rendered after start-up (until real ones come) so that those are fast. */
    private static final List<String> WARM_UP = List.of("x_i^2", "\\frac{a}{b}", "\\sqrt{x^2+y^2}",
            "\\mathbb{E}_{z\\sim p_\\theta(z)}[f(z)]", "\\sum_{i=1}^{n} x_i", "\\left(\\frac{1}{2}\\right)",
            "\\begin{aligned} a &= b \\\\ c &= d \\end{aligned}", "\\mathscr{O}(n^2)", "\\boldsymbol{x}^\\top W",
            "\\text{中文}", "\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}", "\\|x\\|_2", "e^{i\\pi}+1=0");

    private final Cache<Formula, Rendered> cache;
    private final int contexts;
    private volatile CompletableFuture<KatexEngine> engine;
    private volatile boolean demanded;  // real formulas were asked for: warming up would only compete with them

    /** @param cacheBytes bound on the rendered formulas kept (by their length) */
    public Formulas(long cacheBytes) {
        this.cache = Caffeine.newBuilder()
                .maximumWeight(cacheBytes)
                .weigher((Formula formula, Rendered rendered) -> 2 * (formula.tex().length() + rendered.text().length()))
                .build();
        this.contexts = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /** Starts the engine in the background, if it is not started yet. Returns at once. */
    public void start() {
        engine();
    }

    /** {@code html} with every marked-up formula replaced by MathML (or by its TeX, if it cannot be rendered). */
    public String mathml(String html) {
        if (!html.contains("class=\"math ")) {
            return html;  // most summaries, and articles without math
        }
        demanded = true;
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.xhtml).charset(StandardCharsets.UTF_8);
        for (Element element : doc.select("span.math, div.math")) {
            Formula formula = Formula.of(element);
            Rendered rendered = render(formula);
            if (rendered.ok()) {
                element.before(rendered.text());
                element.remove();
            } else {
                element.replaceWith(new Element("code").addClass("math-error").text(element.wholeText()));
            }
        }
        return doc.body().html();
    }

    /** The formulas in {@code html} that cannot be rendered, each with KaTeX's reason. */
    public List<Problem> problems(String html) {
        demanded = true;
        var problems = new ArrayList<Problem>();
        for (Element element : Jsoup.parseBodyFragment(html).select("span.math, div.math")) {
            Formula formula = Formula.of(element);
            Rendered rendered = render(formula);
            if (!rendered.ok()) {
                problems.add(new Problem(formula.tex(), rendered.text()));
            }
        }
        return problems;
    }

    /** A formula that cannot be rendered, and why. */
    public record Problem(String tex, String reason) {}

    private Rendered render(Formula formula) {
        return cache.get(formula, f -> {
            try {
                return new Rendered(true, clean(engineNow().render(f.tex(), f.display())));
            } catch (KatexEngine.Failure e) {
                return new Rendered(false, e.getMessage());
            }
        });
    }

    /** KaTeX's output without its wrapper span, through the MathML allowlist ({@code \href} and friends removed). */
    private static String clean(String katex) {
        Document clean = new Cleaner(MathMl.only()).clean(Jsoup.parseBodyFragment(katex));
        clean.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.xhtml).charset(StandardCharsets.UTF_8);
        Element math = clean.selectFirst("math");
        if (math == null) {
            throw new KatexEngine.Failure("the TeX engine produced no MathML");
        }
        return math.outerHtml();
    }

    private KatexEngine engineNow() {
        try {
            return engine().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KatexEngine.Failure("interrupted while the TeX engine started");
        } catch (ExecutionException e) {
            throw new KatexEngine.Failure("the TeX engine could not start: " + e.getCause());
        }
    }

    private CompletableFuture<KatexEngine> engine() {
        CompletableFuture<KatexEngine> started = engine;
        if (started == null) {
            synchronized (this) {
                if (engine == null) {
                    engine = new CompletableFuture<>();
                    var thread = new Thread(this::startEngine, "tidings-tex");
                    thread.setDaemon(true);
                    thread.start();
                }
                started = engine;
            }
        }
        return started;
    }

    private void startEngine() {
        long begun = System.nanoTime();
        try {
            KatexEngine katex = KatexEngine.start(contexts);
            long ready = System.nanoTime();
            engine.complete(katex);
            int warmed = 0;
            for (String tex : WARM_UP) {
                if (demanded) {
                    break;  // the formulas asked for warm it up, and sooner
                }
                render(new Formula(tex, false));
                warmed++;
            }
            log.info("TeX engine (KaTeX in GraalJS, {} contexts) ready in {} ms, warmed up with {} formulas in {} ms "
                    + "more", contexts, (ready - begun) / 1_000_000, warmed, (System.nanoTime() - ready) / 1_000_000);
        } catch (RuntimeException | LinkageError e) {
            log.warn("The TeX engine could not start; formulas stay TeX: {}", e.toString());
            engine.completeExceptionally(e);
        }
    }

    @Override
    public void close() {
        CompletableFuture<KatexEngine> started = engine;
        if (started != null && started.isDone() && !started.isCompletedExceptionally()) {
            started.join().close();
        }
    }

    /** One formula: its TeX and whether it is displayed. The key of the cache. */
    record Formula(String tex, boolean display) {
        /** From the markup: {@code \(…\)} inline, {@code \[…\]} display, {@code \begin{…}…} display and kept whole. */
        static Formula of(Element element) {
            String text = element.wholeText();
            boolean display = element.hasClass("display");
            if (text.startsWith("\\(") && text.endsWith("\\)") || text.startsWith("\\[") && text.endsWith("\\]")) {
                return new Formula(text.substring(2, text.length() - 2), display);
            }
            return new Formula(text, display);
        }
    }

    /** The cleaned MathML ({@code ok}), or the reason it could not be rendered. */
    private record Rendered(boolean ok, String text) {}
}
