package dev.tidings.http;

import dev.tidings.content.Library;
import dev.tidings.content.Taxonomy;
import dev.tidings.feed.FeedFormat;
import dev.tidings.feed.FeedOptions;
import dev.tidings.feed.Feeds;
import dev.tidings.feed.PageStyle;
import dev.tidings.feed.RenderedFeed;
import dev.tidings.feed.SearchBusy;
import dev.tidings.feed.Selection;
import dev.tidings.feed.Window;
import dev.tidings.math.MathMode;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole HTTP surface: every route, its errors and its metrics. {@code tidings serve} and the HTTP tests both build
 * the server here; what a request asks is read by {@link FeedQuery}, and the answer sent by {@link Answers}.
 */
public final class FeedServer {
    private static final Logger log = LoggerFactory.getLogger(FeedServer.class);
    private static final String TEXT = "text/plain; charset=utf-8";

    private final Feeds feeds;
    private final HealthAnswer health;
    private final FeedQuery query;
    private final Answers answers;
    private final RequestLog requestLog;
    private final Subscribers subscribers = new Subscribers();
    private final Metrics metrics;
    private final Polls polls;

    private FeedServer(Feeds feeds, Library library, PrometheusMeterRegistry registry, Clock clock,
                       boolean accessLog) {
        this.feeds = feeds;
        this.query = new FeedQuery(feeds.site().feedSize(), feeds.options().maxLimit(), feeds.options().math());
        this.answers = new Answers(clock, feeds.options().maxAge(), feeds::identity, feeds.options().hub());
        this.metrics = new Metrics(registry, subscribers);
        this.health = new HealthAnswer(library, subscribers);
        this.requestLog = new RequestLog(metrics, accessLog);
        this.polls = new Polls(answers, requestLog::finished);
    }

    /**
     * The server, not yet started: {@code create(…).start(host, port)}.
     *
     * @param library   whose health {@code /healthz} reports
     * @param registry  the meters of the whole process, which {@code /metrics} shows with the requests' own
     * @param accessLog one log line per request
     */
    public static Javalin create(Feeds feeds, Library library, PrometheusMeterRegistry registry, boolean accessLog) {
        return create(feeds, library, registry, Clock.systemUTC(), accessLog);
    }

    static Javalin create(Feeds feeds, Library library, PrometheusMeterRegistry registry, Clock clock,
                          boolean accessLog) {
        var server = new FeedServer(feeds, library, registry, clock, accessLog);
        return Javalin.create(config -> server.configure(config));
    }

    private void configure(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.http.compressionStrategy = CompressionStrategy.NONE;  // feeds come compressed from the cache
        config.http.prefer405over404 = true;
        config.jetty.modifyServer(server -> {
            server.insertHandler(polls);  // inside the two below, which see every request
            var graceful = new GracefulHandler();  // on stop, let in-flight responses finish
            graceful.setShutdownIdleTimeout(-1);  // ResponsesInFlight picks the connections to hurry instead
            server.insertHandler(graceful);
            server.insertHandler(new ResponsesInFlight());
            server.setStopTimeout(10_000);
            server.setErrorHandler(new PlainErrorHandler());
        });
        for (String variant : List.of("", "/" + FeedOptions.IMAGES.replace("/", ""))) {  // every feed, with images
            Function<Context, MathMode> math = variant.isEmpty() ? query::math : ctx -> MathMode.IMAGES;
            MathMode polled = variant.isEmpty() ? query.math() : MathMode.IMAGES;
            feedRoutes(config, variant, ctx -> Selection.all(), math, name -> Selection.all(), polled);
            for (Taxonomy taxonomy : Taxonomy.values()) {
                feedRoutes(config, variant + "/" + taxonomy.collection() + "/{name}",
                        ctx -> FeedQuery.named(ctx, taxonomy), math, name -> Selection.of(taxonomy, name), polled);
            }
        }
        route(config, "/formulas/{file}", ctx -> answers.immutable(ctx, feeds.formulaImage(ctx.pathParam("file"))
                .orElseThrow(() -> new ClientError(404, "No such formula image."))));
        route(config, "/", this::listPage);
        route(config, "/feeds.opml", ctx -> {
            ctx.header("Content-Security-Policy", "default-src 'none'; base-uri 'none'; form-action 'none'; "
                    + "frame-ancestors 'none'");
            answers.answer(ctx, feeds.opml(), "Accept-Encoding");
        });
        route(config, "/healthz", health::answer);
        route(config, "/metrics", metrics::answer);
        config.requestLogger.http(requestLog::finished);
        config.routes.before(ctx -> ctx.header("X-Content-Type-Options", "nosniff"));
        config.routes.exception(ClientError.class, (e, ctx) -> plain(ctx, e.status(), e.getMessage()));
        config.routes.exception(SearchBusy.class, (e, ctx) -> plain(ctx.header("Retry-After",
                Long.toString(e.retryAfterSeconds())), 503, e.getMessage()));
        config.routes.exception(Exception.class, (e, ctx) -> {
            log.error("{} {} failed", ctx.method(), ctx.path(), e);
            plain(ctx, 500, "Internal error; it has been logged.");
        });
        config.routes.error(404, ctx -> plain(ctx, 404, "Not found. The list of feeds is at " + home() + "."));
        config.routes.error(405, ctx -> plain(ctx, 405, "Method not allowed: feeds answer GET and HEAD."));
    }

    /**
     * A collection's feeds in every format and its archive pages, below {@code prefix}, formulas as {@code math}; its
     * feeds also as {@link Polls}, which names the selection by the name in the path and has the formulas {@code polled}.
     */
    private void feedRoutes(JavalinConfig config, String prefix, Function<Context, Selection> selection,
                            Function<Context, MathMode> math, Function<String, Selection> named, MathMode polled) {
        for (FeedFormat format : FeedFormat.values()) {
            route(config, prefix + "/feed." + format.extension(),
                    ctx -> serve(ctx, format, selection.apply(ctx), query.newest(ctx), math.apply(ctx)));
            polls.add(prefix + "/feed." + format.extension(),
                    name -> feeds.feed(format, named.apply(name), query.subscription(), polled));
        }
        route(config, prefix + "/archive/{file}", ctx -> {
            FeedQuery.ArchiveFile file = FeedQuery.archiveFile(ctx.pathParam("file"));
            serve(ctx, file.format(), selection.apply(ctx), Window.archive(file.page()), math.apply(ctx));
        });
    }

    /** GET and HEAD alike: Javalin's implicit HEAD sends none of the GET handler's headers. */
    private static void route(JavalinConfig config, String path, Handler handler) {
        config.routes.get(path, handler);
        config.routes.head(path, handler);
    }

    private void serve(Context ctx, FeedFormat format, Selection selection, Window window, MathMode math) {
        boolean page = Negotiation.wantsPage(ctx.header("Sec-Fetch-Dest"), ctx.header("Accept"));
        RenderedFeed feed = (page ? feeds.page(format, selection, window, math)
                : feeds.feed(format, selection, window, math))
                .orElseThrow(() -> new ClientError(404, "No articles here. The list of feeds is at " + home() + "."));
        answers.hubLink(feed).ifPresent(link -> ctx.header("Link", link));
        if (page) {
            ctx.header("Content-Security-Policy", PageStyle.POLICY);
        }
        answers.answer(ctx, feed, "Accept-Encoding, Accept, Sec-Fetch-Dest");  // the page for browsers is another variant
    }

    /** {@code /}: every feed, or with {@code ?q=} the categories, tags and authors whose name holds the words. */
    private void listPage(Context ctx) {
        List<String> queries = ctx.queryParams("q");
        if (queries.size() > 1 || queries.stream().anyMatch(query -> query.length() > 100)) {
            throw new ClientError(400, "q must be given once, as at most 100 characters of words to look for in the "
                    + "names of the feeds");
        }
        String words = queries.isEmpty() ? "" : queries.get(0).strip();
        ctx.header("Content-Security-Policy", PageStyle.POLICY);
        answers.answer(ctx, words.isEmpty() ? feeds.listPage() : feeds.listPage(words), "Accept-Encoding");
    }

    private static void plain(Context ctx, int status, String message) {
        ctx.status(status).contentType(TEXT).result(message + "\n");
    }

    private String home() {
        return feeds.options().feedsUrl().toString();
    }
}
