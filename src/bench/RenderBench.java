import dev.tidings.content.Bodies;
import dev.tidings.content.BodyStore;
import dev.tidings.content.Library;
import dev.tidings.content.Site;
import dev.tidings.feed.FeedFormat;
import dev.tidings.feed.FeedOptions;
import dev.tidings.feed.Feeds;
import dev.tidings.feed.Selection;
import dev.tidings.feed.Window;
import dev.tidings.math.Formulas;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * Target 5: does rendering a 20-entry feed grow with the collection? For each folder given, renders the site's Atom
 * feed with an empty feed cache (article bodies cached, as they are once the server has run a while) and prints the
 * median, then one JSON line of all results.
 *
 *     java -Xmx512m -cp target/tidings.jar src/bench/RenderBench.java COLLECTION...
 */
public final class RenderBench {
    public static void main(String[] folders) {
        var site = Site.of("http://localhost:8080/", ZoneId.of("Asia/Shanghai"));
        var results = new ArrayList<String>();
        for (String folder : folders) {
            var registry = new SimpleMeterRegistry();
            try (BodyStore store = BodyStore.open();
                 Library library = Library.load(Path.of(folder), site, store, registry);
                 Formulas formulas = new Formulas(1 << 20)) {
                var bodies = new Bodies(store, site, formulas, true, registry);  // kept: bodies stay cached
                int articles = library.current().articles().size();
                double[] ms = new double[40];
                for (int i = 0; i < ms.length; i++) {
                    var feeds = new Feeds(library, bodies, site, FeedOptions.of(URI.create("http://localhost:8080/")),
                            Runnable::run, registry);  // a fresh, empty feed cache
                    long start = System.nanoTime();
                    feeds.feed(FeedFormat.ATOM, Selection.all(), Window.newest(20)).orElseThrow();
                    ms[i] = (System.nanoTime() - start) / 1e6;
                }
                double[] warm = Arrays.copyOfRange(ms, 10, ms.length);  // the first renders also fill the body cache
                Arrays.sort(warm);
                double median = warm[warm.length / 2];
                System.out.printf("%,d articles: first render %.1f ms, then median %.2f ms%n", articles, ms[0], median);
                results.add(String.format("{\"articles\": %d, \"first_ms\": %.1f, \"median_ms\": %.2f}", articles,
                        ms[0], median));
            }
        }
        System.out.println("[" + String.join(", ", results) + "]");
    }
}
