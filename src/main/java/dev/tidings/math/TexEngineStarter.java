package dev.tidings.math;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TeX engine's lifecycle. It takes seconds to start, so it starts on a thread of its own, at {@link #start()} or
 * at the first formula that needs it; once ready it is warmed up with formulas of the kinds articles use, until real
 * ones are asked for ({@link #demand()}). Thread-safe.
 */
final class TexEngineStarter {
    private static final Logger log = LoggerFactory.getLogger(TexEngineStarter.class);
    /** Formulas of the kinds articles use, rendered after start-up (until real ones come) so that those are fast. */
    private static final List<String> WARM_UP = List.of("x_i^2", "\\frac{a}{b}", "\\sqrt{x^2+y^2}",
            "\\mathbb{E}_{z\\sim p_\\theta(z)}[f(z)]", "\\sum_{i=1}^{n} x_i", "\\left(\\frac{1}{2}\\right)",
            "\\begin{aligned} a &= b \\\\ c &= d \\end{aligned}", "\\mathscr{O}(n^2)", "\\boldsymbol{x}^\\top W",
            "\\text{中文}", "\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}", "\\|x\\|_2", "e^{i\\pi}+1=0");

    private final int contexts;
    private final Consumer<FormulaKey> warmUp;
    private final String name;
    private final IntFunction<TexEngine> starter;
    private volatile CompletableFuture<TexEngine> engine;
    private volatile boolean demanded;  // real formulas were asked for: warming up would only compete with them

    /**
     * @param demanded whether real formulas are known to come (kept from before): then it is not warmed up at all
     * @param warmUp   renders one formula the way real ones are rendered (and cached), once the engine is ready
     * @param name     the engine's name, for the log
     * @param contexts the most contexts it runs (one per core, up to that)
     * @param starter  starts the engine with that many contexts
     */
    TexEngineStarter(boolean demanded, Consumer<FormulaKey> warmUp, String name, int contexts,
                     IntFunction<TexEngine> starter) {
        this.demanded = demanded;
        this.warmUp = warmUp;
        this.name = name;
        this.contexts = Math.max(1, Math.min(contexts, Runtime.getRuntime().availableProcessors()));
        this.starter = starter;
    }

    /** Starts the engine in the background, if it is not started yet. Returns at once. */
    void start() {
        engine();
    }

    /** Real formulas are being asked for: warming up stops, if it has not ended yet. */
    void demand() {
        demanded = true;
    }

    /** The engine, started if need be and waited for; a transient {@link KatexEngine.Failure} if it cannot start. */
    TexEngine get() {
        try {
            return engine().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KatexEngine.Failure("interrupted while the TeX engine started", true);
        } catch (ExecutionException e) {
            throw new KatexEngine.Failure("the TeX engine could not start: " + e.getCause(), true);
        }
    }

    /** Closes the engine if it started; one still starting is left to its daemon thread. */
    void close() {
        CompletableFuture<TexEngine> started = engine;
        if (started != null && started.isDone() && !started.isCompletedExceptionally()) {
            started.join().close();
        }
    }

    private CompletableFuture<TexEngine> engine() {
        CompletableFuture<TexEngine> started = engine;
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
            TexEngine started = starter.apply(contexts);
            long ready = System.nanoTime();
            engine.complete(started);
            int warmed = 0;
            for (String tex : WARM_UP) {
                if (demanded) {
                    break;  // the formulas asked for warm it up, and sooner
                }
                warmUp.accept(new FormulaKey(tex, false));
                warmed++;
            }
            log.info("TeX engine ({} in GraalJS, {} contexts) ready in {} ms, warmed up with {} formulas in {} ms "
                    + "more", name, contexts, (ready - begun) / 1_000_000, warmed,
                    (System.nanoTime() - ready) / 1_000_000);
        } catch (RuntimeException | LinkageError e) {
            log.warn("The TeX engine could not start; formulas stay TeX: {}", e.toString());
            engine.completeExceptionally(e);
        }
    }
}
