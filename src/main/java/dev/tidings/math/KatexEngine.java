package dev.tidings.math;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;

/**
 * KaTeX (from its webjar) in GraalJS, sandboxed: no host access, no I/O. A Context is single-threaded, so there is one
 * per core, sharing one Engine (which parses KaTeX once). Thread-safe: each call borrows a context.
 */
final class KatexEngine {
    static final String VERSION = "0.18.11";  // the webjar's, pinned in the pom
    static final String KATEX = "/META-INF/resources/webjars/katex/" + VERSION + "/dist/katex.min.js";
    private static final String RENDER = "(function (tex, display) { return katex.renderToString(tex, {output: 'mathml',"
            + " displayMode: display, throwOnError: true, trust: false, strict: 'ignore', maxExpand: 1000,"
            + " maxSize: 100}); })";

    private final Engine engine;
    private final BlockingQueue<Value> renderers;

    private KatexEngine(Engine engine, BlockingQueue<Value> renderers) {
        this.engine = engine;
        this.renderers = renderers;
    }

    /** Starts GraalJS and evaluates KaTeX in each context: seconds on a stock JDK (GraalJS is interpreted there). */
    static KatexEngine start(int contexts) {
        // Stock JDKs have no Graal compiler, so Truffle runs interpreted; it works, and the warning would only alarm.
        Engine engine = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
        Source katex = Source.newBuilder("js", resource(), "katex.min.js").buildLiteral();
        var renderers = new ArrayBlockingQueue<Value>(contexts);
        for (int i = 0; i < contexts; i++) {
            Context context = Context.newBuilder("js").engine(engine)
                    .allowHostAccess(HostAccess.NONE)
                    .allowIO(IOAccess.NONE)
                    .build();
            context.eval(katex);
            renderers.add(context.eval("js", RENDER));
        }
        return new KatexEngine(engine, renderers);
    }

    /** KaTeX's MathML for {@code tex}, its equation numbers in it ({@link TagCells}); or a {@link Failure} saying why not. */
    String render(String tex, boolean display) {
        Value renderer;
        try {
            renderer = renderers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted while waiting for the TeX engine", true);
        }
        try {
            return TagCells.fill(renderer.execute(tex, display).asString(), tex);
        } catch (PolyglotException e) {
            if (e.isHostException() || e.isInternalError() || e.isResourceExhausted()) {
                throw new Failure("the TeX engine failed: " + e.getMessage(), true);
            }
            // KaTeX's ParseError, e.g. "KaTeX parse error: Undefined control sequence: \label at position 1: …", with
            // the offending part underlined by combining low lines, which only clutter a log line
            throw new Failure(e.getMessage().replaceFirst("^ParseError: ", "").replace("\u0332", "")
                    .replaceAll("\\s+", " ").strip(), false);
        } finally {
            renderers.add(renderer);
        }
    }

    /**
     * A formula KaTeX could not render, with its reason; {@code transient} when the engine, not the formula, failed
     * (it could not start, it was interrupted), so the outcome must not be remembered.
     */
    static final class Failure extends RuntimeException {
        private final boolean transientFailure;

        Failure(String message, boolean transientFailure) {
            super(message, null, false, false);
            this.transientFailure = transientFailure;
        }

        boolean isTransient() {
            return transientFailure;
        }
    }

    private static String resource() {
        try (InputStream in = KatexEngine.class.getResourceAsStream(KATEX)) {
            if (in == null) {
                throw new IllegalStateException("KaTeX is missing from the class path: " + KATEX);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void close() {
        engine.close(true);
    }
}
