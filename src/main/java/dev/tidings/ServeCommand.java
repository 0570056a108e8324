package dev.tidings;

import dev.tidings.content.Library;
import dev.tidings.feed.FeedFormat;
import dev.tidings.feed.FeedWarmer;
import dev.tidings.feed.Feeds;
import dev.tidings.feed.HubNotifier;
import dev.tidings.feed.KeptFeeds;
import dev.tidings.feed.Selection;
import dev.tidings.http.FeedServer;
import dev.tidings.math.Formulas;
import dev.tidings.math.MathMode;
import io.javalin.Javalin;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code tidings serve}: the feeds over HTTP, kept up to date as the folder changes. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = """
                Serves the feeds of a collection over HTTP, reloading articles as they change. With no options: the \
                bundled sample blog on http://localhost:8080/.""")
final class ServeCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger("tidings");

    @Mixin
    private CollectionOptions collection;

    @Override
    public Integer call() throws InterruptedException {
        Config settings = collection.settings();
        if (!settings.fromSite().summary().isEmpty()) {
            log.info("{}", settings.fromSite().summary());  // once: the site's configuration is read at start-up only
        }
        settings.fromSite().warnings().forEach(log::warn);
        var parts = Wiring.open(settings, ForkJoinPool.commonPool(), true);
        Library library = parts.library();
        Feeds feeds = parts.feeds();
        Formulas formulas = parts.formulas();
        if (!settings.feeds().hub().isEmpty()) {
            var notifier = new HubNotifier(feeds, settings.feeds().hub(), Duration.ofSeconds(2), 6);
            library.onChange(notifier::changed);
        }
        long warming = System.nanoTime();
        // The feeds the last run rendered, if it had equal articles and settings; else the site feed's bodies first, on
        // every core (formulas on as many TeX engine contexts), then the feed itself: before the port opens, so that
        // no reader waits for the TeX engine or a first render. (Kept feeds of other articles answer meanwhile for the
        // others, until the warmer below renders them.)
        KeptFeeds kept = Wiring.keptFeeds(settings);
        if (kept.restore(feeds).current() == 0) {
            var newest = library.current().articles();
            newest.subList(0, Math.min(newest.size(), settings.site().feedSize())).parallelStream()
                    .forEach(article -> parts.bodies().body(article, settings.feeds().math()));
        }
        FeedWarmer.siteFeed(feeds);
        formulas.save();
        log.info("rendered the site's feeds in {} ms: {} formulas rendered, {} read from {}",
                (System.nanoTime() - warming) / 1_000_000, formulas.rendered(), formulas.loaded(),
                settings.stateDir().map(Path::toString).orElse("nowhere (state_dir: none)"));
        Javalin app = FeedServer.create(feeds, library, parts.registry(), settings.accessLog())
                .start(settings.host(), settings.port());
        if (settings.feeds().math() == MathMode.MATHML) {
            // Not before the first readers are answered, but before an edit brings a new formula to render.
            formulas.startAfter(Duration.ofSeconds(10));
        }
        // Every other subscription feed renders in the background, and again after each change, so that a burst
        // over them finds them cached; on the cores but one, which is left to requests.
        int cores = Runtime.getRuntime().availableProcessors();
        var warmers = Executors.newFixedThreadPool(FeedWarmer.threads(cores), task -> {
            var thread = new Thread(task, "tidings-warm");
            thread.setDaemon(true);
            return thread;
        });
        var warmer = new FeedWarmer(feeds, warmers, FeedWarmer.threads(cores));
        library.onChange(warmer::changed);
        warmer.warm(library.current());
        library.watch(Duration.ofMillis(100));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {  // SIGTERM: finish in-flight responses, then stop
            app.stop();
            warmer.stop();  // renders ahead of requests end before the body store they read closes
            warmers.shutdown();
            try {
                warmers.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            kept.keep(feeds);  // for the next start, if nothing changes until then
            parts.close();  // and the formulas keep what was rendered since the last save
        }, "tidings-shutdown"));
        var catalog = library.current();
        log.info("Tidings is serving {} articles ({} problems) from {} on http://{}:{}/ (math as {}, Java {})",
                catalog.articles().size(), catalog.problems().size(), settings.content(), settings.host(),
                app.port(), settings.feeds().math().setting(), Runtime.version().feature());
        for (FeedFormat format : FeedFormat.values()) {
            log.info("  {}", feeds.url(format, Selection.all(), catalog));
        }
        log.info("  every feed: {}", settings.feeds().feedsUrl());
        app.jettyServer().server().join();
        return 0;
    }
}
