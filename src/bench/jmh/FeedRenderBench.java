package dev.tidings.bench;

import dev.tidings.Config;
import dev.tidings.content.Bodies;
import dev.tidings.content.BodyStore;
import dev.tidings.content.Library;
import dev.tidings.feed.FeedFormat;
import dev.tidings.feed.Feeds;
import dev.tidings.feed.Selection;
import dev.tidings.feed.Window;
import dev.tidings.math.Formulas;
import dev.tidings.math.MathMode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Rendering the bundled sample's site feed with a cold feed cache (a fresh {@link Feeds} per call; the articles' bodies
 * and the formulas are cached, as they are in a server that has run a while). Run by {@code src/bench/bench.py}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FeedRenderBench {
    @Param({"ATOM", "RSS", "JSON"})
    public FeedFormat format;

    @Param({"TEX", "MATHML"})
    public MathMode math;

    private Config config;
    private BodyStore store;
    private Library library;
    private Formulas formulas;
    private Bodies bodies;
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Setup(Level.Trial)
    public void load() {
        config = Config.load(Map.of(), Map.of());
        store = BodyStore.open();
        library = Library.load(config.content(), config.site(), store, registry);
        formulas = new Formulas(64L << 20);
        bodies = new Bodies(store, config.site(), formulas, true, registry);
        render();  // fills the body and formula caches
    }

    @Benchmark
    public byte[] render() {
        var feeds = new Feeds(library, bodies, config.site(), config.feeds().withMath(MathMode.TEX), Runnable::run,
                registry);
        return feeds.feed(format, Selection.all(), Window.newest(20), math).orElseThrow().identity();
    }

    @TearDown(Level.Trial)
    public void close() {
        formulas.close();
        library.close();
        store.close();
    }
}
