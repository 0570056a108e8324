package dev.tidings.math;

import java.util.List;

/**
 * KaTeX (from its webjar) in GraalJS, sandboxed: no host access, no I/O. A Context is single-threaded, so there is one
 * per core, sharing one Engine (which parses KaTeX once). Thread-safe: each call borrows a context.
 */
final class KatexEngine implements TexEngine {
    static final String VERSION = "0.18.11";  // the webjar's, pinned in the pom
    static final String KATEX = "/META-INF/resources/webjars/katex/" + VERSION + "/dist/katex.min.js";
    private static final String RENDER = "(function (tex, display) { return katex.renderToString(tex, {output: 'mathml',"
            + " displayMode: display, throwOnError: true, trust: false, strict: 'ignore', maxExpand: 1000,"
            + " maxSize: 100}); })";

    private final JsContexts contexts;

    private KatexEngine(JsContexts contexts) {
        this.contexts = contexts;
    }

    /** Starts GraalJS and evaluates KaTeX in each context: seconds on a stock JDK (GraalJS is interpreted there). */
    static KatexEngine start(int contexts) {
        return new KatexEngine(JsContexts.start(contexts, List.of(JsContexts.script(KATEX)), RENDER));
    }

    /** KaTeX's MathML for {@code tex}, its equation numbers in it ({@link TagCells}); or a {@link Failure} saying why not. */
    @Override
    public String render(String tex, boolean display) {
        // KaTeX's ParseError, e.g. "KaTeX parse error: Undefined control sequence: \label at position 1: …", with the
        // offending part underlined by combining low lines, which only clutter a log line
        return TagCells.fill(contexts.call(tex, display, e -> e.getMessage().replaceFirst("^ParseError: ", "")
                .replace("\u0332", "").replaceAll("\\s+", " ").strip(), Failure::new), tex);
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

    @Override
    public void close() {
        contexts.close();
    }
}
