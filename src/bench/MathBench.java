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

/**
 * What MathML costs: engine start, per-formula time cold and warm, and the sample's first feed with math: mathml.
 * Run from the project root after packaging:  java -cp target/tidings.jar src/bench/MathBench.java
 */
public final class MathBench {
    public static void main(String[] args) {
        long t0 = System.nanoTime();
        var formulas = new Formulas(64L << 20);
        String first = formulas.mathml(span("x_0^2"));  // starts the engine and waits for it
        double start = ms(t0);
        System.out.printf("engine start + first formula: %.0f ms%n", start);

        // Cold: distinct formulas the engine has not seen, right after start.
        long t1 = System.nanoTime();
        int cold = 200;
        for (int i = 0; i < cold; i++) {
            formulas.mathml(span("\\frac{a_{" + i + "}}{\\sqrt{b_{" + i + "}^2 + c}} + \\mathbb{E}_{z\\sim p}[f_{" + i
                    + "}(z)]"));
        }
        System.out.printf("cold, first %d distinct formulas: %.2f ms each%n", cold, ms(t1) / cold);

        for (int i = 0; i < 3000; i++) {
            formulas.mathml(span("\\sum_{j=1}^{" + i + "} w_j x_j^{" + (i % 7) + "}"));  // warm the interpreter up
        }
        long t2 = System.nanoTime();
        int warm = 1000;
        for (int i = 0; i < warm; i++) {
            formulas.mathml(span("\\frac{a_{" + (i + 10_000) + "}}{\\sqrt{b^2 + c}} + \\mathbb{E}_{z\\sim p}[g(z)]"));
        }
        System.out.printf("warm (after 3,200 formulas), distinct: %.2f ms each%n", ms(t2) / warm);

        long t3 = System.nanoTime();
        for (int i = 0; i < 100_000; i++) {
            formulas.mathml(span("x_0^2"));
        }
        System.out.printf("already seen (cached), in an article's HTML: %.1f µs each%n", ms(t3) * 1000 / 100_000);
        formulas.close();

        // The sample's first feed with math: mathml, with a fresh engine that has started (as `serve` starts it at
        // start-up, off the request path) but has rendered none of the sample's formulas.
        var config = Config.load(Map.of(), Map.of());
        var registry = new SimpleMeterRegistry();
        try (BodyStore store = BodyStore.open();
             Library library = Library.load(config.content(), config.site(), store, registry)) {
            var fresh = new Formulas(64L << 20);
            var bodies = new Bodies(store, config.site(), fresh, true, registry);
            var feeds = new Feeds(library, bodies, config.site(), config.feeds().withMath(MathMode.TEX), Runnable::run,
                    registry);
            long t4 = System.nanoTime();
            fresh.mathml(span("y"));
            System.out.printf("a second engine in the same JVM: ready in %.0f ms%n", ms(t4));
            long t5 = System.nanoTime();
            byte[] feed = feeds.feed(FeedFormat.ATOM, Selection.all(), Window.newest(20), MathMode.MATHML)
                    .orElseThrow().identity();
            System.out.printf("sample /feed.atom with mathml, no formula cached: %.0f ms (%d KB, %d formulas)%n",
                    ms(t5), feed.length / 1024, new String(feed).split("&lt;math ").length - 1);
            long t6 = System.nanoTime();
            feeds.feed(FeedFormat.RSS, Selection.all(), Window.newest(20), MathMode.MATHML).orElseThrow();
            System.out.printf("then /feed.rss (formulas cached): %.0f ms%n", ms(t6));
            fresh.close();
        }
        System.out.println(first.contains("<math") ? "ok" : "no MathML?");
    }

    private static String span(String tex) {
        return "<p><span class=\"math inline\">\\(" + tex + "\\)</span></p>";
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }
}
