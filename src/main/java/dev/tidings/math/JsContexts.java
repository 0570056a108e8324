package dev.tidings.math;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;

/**
 * A JavaScript library in GraalJS, sandboxed (no host access, no I/O): a Context is single-threaded, so there are
 * several, sharing one Engine (which parses the library once), each holding the function that calls the library.
 * Thread-safe: each call borrows a context.
 */
final class JsContexts {
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);
    private final Engine engine;
    private final BlockingQueue<Value> functions;

    private JsContexts(Engine engine, BlockingQueue<Value> functions) {
        this.engine = engine;
        this.functions = functions;
    }

    /**
     * Evaluates {@code scripts} in each of {@code contexts} contexts, then {@code function}, whose value is what
     * {@link #call} calls: seconds on a stock JDK, where GraalJS runs interpreted.
     */
    static JsContexts start(int contexts, List<Source> scripts, String function) {
        // Stock JDKs have no Graal compiler, so Truffle runs interpreted; it works, and the warning would only alarm.
        Engine engine = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
        var functions = new ArrayBlockingQueue<Value>(contexts);
        for (int i = 0; i < contexts; i++) {
            Context context = Context.newBuilder("js").engine(engine)
                    .allowHostAccess(HostAccess.NONE)
                    .allowIO(IOAccess.NONE)
                    .build();
            scripts.forEach(context::eval);
            functions.add(context.eval("js", function));
        }
        return new JsContexts(engine, functions);
    }

    /** A script from the class path, e.g. a webjar's file. */
    static Source script(String resource) {
        try (InputStream in = JsContexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the class path: " + resource);
            }
            String name = resource.substring(resource.lastIndexOf('/') + 1);
            return Source.newBuilder("js", new String(in.readAllBytes(), StandardCharsets.UTF_8), name).buildLiteral();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the exception a call throws: its message, and whether the engine (not the formula) failed. */
    interface Failures {
        RuntimeException failure(String message, boolean transientFailure);
    }

    /**
     * The function's string result for {@code tex} and {@code display}; a failure with {@code reason}'s words for the
     * script's own error (the formula's), a transient one if the engine failed.
     */
    String call(String tex, boolean display, Function<PolyglotException, String> reason, Failures failures) {
        Value function;
        try {
            function = functions.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failures.failure("interrupted while waiting for the TeX engine", true);
        }
        try {
            return function.execute(tex, display).asString();
        } catch (PolyglotException e) {
            if (e.isHostException() || e.isInternalError() || e.isResourceExhausted()) {
                throw failures.failure("the TeX engine failed: " + e.getMessage(), true);
            }
            throw failures.failure(reason.apply(e), false);
        } finally {
            functions.add(function);
        }
    }

    /**
     * Closes the engine, waiting {@code CLOSE_WAIT} at most: GraalJS can wait for ever for threads it still counts as
     * inside a context (seen at exit, after the feeds were rendered on several threads), and an exit must not hang.
     */
    void close() {
        var closing = new Thread(() -> engine.close(true), "tidings-js-close");
        closing.setDaemon(true);  // if it never ends, the process still does
        closing.start();
        try {
            closing.join(CLOSE_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
