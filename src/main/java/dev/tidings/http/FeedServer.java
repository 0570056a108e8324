package dev.tidings.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tidings.content.Catalog;
import dev.tidings.content.Library;
import dev.tidings.content.Taxonomy;
import dev.tidings.feed.FeedFormat;
import dev.tidings.feed.Feeds;
import dev.tidings.feed.PageStyle;
import dev.tidings.feed.RenderedFeed;
import dev.tidings.feed.Selection;
import dev.tidings.feed.Window;
import dev.tidings.math.MathMode;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.function.Function;
import org.eclipse.jetty.ee10.servlet.HttpOutput;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The whole HTTP surface. Main and the HTTP tests both build the server here. */
public final class FeedServer {
    private static final Logger log = LoggerFactory.getLogger(FeedServer.class);
    private static final String TEXT = "text/plain; charset=utf-8";

    private final Feeds feeds;
    private final Library library;
    private final Clock clock;
    private final String cacheControl;
    private final boolean accessLog;
    private final Subscribers subscribers = new Subscribers();
    private final Metrics metrics;
    /** A full archive page never changes (RFC 5005): let everyone keep it for a month. */
    private static final String ARCHIVED = "public, max-age=2592000";
    private static final ObjectMapper JSON = new ObjectMapper();

    private FeedServer(Feeds feeds, Library library, PrometheusMeterRegistry registry, Clock clock,
                       boolean accessLog) {
        this.feeds = feeds;
        this.library = library;
        this.clock = clock;
        this.accessLog = accessLog;
        this.metrics = new Metrics(registry, subscribers);
        this.cacheControl = "public, max-age=" + feeds.options().maxAge().toSeconds();
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
            var graceful = new GracefulHandler();  // on stop, let in-flight responses finish
            graceful.setShutdownIdleTimeout(-1);  // ResponsesInFlight picks the connections to hurry instead
            server.insertHandler(graceful);
            server.insertHandler(new ResponsesInFlight());
            server.setStopTimeout(10_000);
            server.setErrorHandler(new PlainErrorHandler());
        });
        feedRoutes(config, "", ctx -> Selection.all());
        for (Taxonomy taxonomy : Taxonomy.values()) {
            feedRoutes(config, "/" + taxonomy.collection() + "/{name}", ctx -> named(ctx, taxonomy));
        }
        route(config, "/", this::listPage);
        route(config, "/feeds.opml", ctx -> {
            ctx.header("Content-Security-Policy", "default-src 'none'; base-uri 'none'; form-action 'none'; "
                    + "frame-ancestors 'none'");
            answer(ctx, feeds.opml(), "Accept-Encoding");
        });
        route(config, "/healthz", this::health);
        route(config, "/metrics", ctx -> {
            ctx.header("Cache-Control", "no-store");
            ctx.contentType("text/plain; version=0.0.4; charset=utf-8");
            send(ctx, metrics.scrape().getBytes(StandardCharsets.UTF_8));
        });
        config.requestLogger.http((ctx, milliseconds) -> {
            metrics.record(ctx, milliseconds);
            if (accessLog) {
                log.info("{} {}{} {} {} ms {} \"{}\"", ctx.method(), ctx.path(),
                        ctx.queryString() == null ? "" : "?" + ctx.queryString(), ctx.statusCode(),
                        String.format("%.1f", milliseconds), ctx.res().getHeader("Content-Length"),
                        ctx.header("User-Agent"));
            }
        });
        config.routes.before(ctx -> ctx.header("X-Content-Type-Options", "nosniff"));
        config.routes.exception(ClientError.class, (e, ctx) -> plain(ctx, e.status(), e.getMessage()));
        config.routes.exception(Exception.class, (e, ctx) -> {
            log.error("{} {} failed", ctx.method(), ctx.path(), e);
            plain(ctx, 500, "Internal error; it has been logged.");
        });
        config.routes.error(404, ctx -> plain(ctx, 404, "Not found. The list of feeds is at " + home() + "."));
        config.routes.error(405, ctx -> plain(ctx, 405, "Method not allowed: feeds answer GET and HEAD."));
    }

    /** A collection's feeds in every format, and its archive pages, below {@code prefix}. */
    private void feedRoutes(JavalinConfig config, String prefix, Function<Context, Selection> selection) {
        for (FeedFormat format : FeedFormat.values()) {
            route(config, prefix + "/feed." + format.extension(),
                    ctx -> serve(ctx, format, selection.apply(ctx), newest(ctx)));
        }
        route(config, prefix + "/archive/{file}", ctx -> {
            ArchiveFile file = archiveFile(ctx.pathParam("file"));
            serve(ctx, file.format(), selection.apply(ctx), Window.archive(file.page()));
        });
    }

    /** GET and HEAD alike: Javalin's implicit HEAD sends none of the GET handler's headers. */
    private static void route(JavalinConfig config, String path, Handler handler) {
        config.routes.get(path, handler);
        config.routes.head(path, handler);
    }

    private void serve(Context ctx, FeedFormat format, Selection selection, Window window) {
        boolean page = Negotiation.wantsPage(ctx.header("Sec-Fetch-Dest"), ctx.header("Accept"));
        MathMode math = math(ctx);
        RenderedFeed feed = (page ? feeds.page(format, selection, window, math)
                : feeds.feed(format, selection, window, math))
                .orElseThrow(() -> new ClientError(404, "No articles here. The list of feeds is at " + home() + "."));
        if (!feeds.options().hub().isEmpty()) {
            ctx.header("Link", "<" + feeds.options().hub() + ">; rel=\"hub\", <" + feed.self() + ">; rel=\"self\"");
        }
        if (page) {
            ctx.header("Content-Security-Policy", PageStyle.POLICY);
        }
        answer(ctx, feed, "Accept-Encoding, Accept, Sec-Fetch-Dest");  // the page for browsers is another variant
    }

    /** {@code /}: every feed, or with {@code ?q=} the categories, tags and authors whose name holds the words. */
    private void listPage(Context ctx) {
        List<String> queries = ctx.queryParams("q");
        if (queries.size() > 1 || queries.stream().anyMatch(query -> query.length() > 100)) {
            throw new ClientError(400, "q must be given once, as at most 100 characters of words to look for in the "
                    + "names of the feeds");
        }
        String query = queries.isEmpty() ? "" : queries.get(0).strip();
        ctx.header("Content-Security-Policy", PageStyle.POLICY);
        answer(ctx, query.isEmpty() ? feeds.listPage() : feeds.listPage(query), "Accept-Encoding");
    }

    /** A rendered document with its validators: a 304 if the client's copy is current, else its gzip or plain bytes. */
    private void answer(Context ctx, RenderedFeed feed, String vary) {
        boolean gzip = AcceptEncoding.allowsGzip(ctx.header("Accept-Encoding"));
        ctx.header("ETag", feed.etag(gzip));
        ctx.header("Last-Modified", feed.lastModifiedHeader());
        ctx.header("Cache-Control", feed.complete() ? ARCHIVED : cacheControl);
        ctx.header("Vary", vary);
        if (Conditions.notModified(ctx.header("If-None-Match"), ctx.header("If-Modified-Since"), feed,
                clock.instant())) {
            ctx.status(304);
            ctx.res().setContentType(null);  // a 304 describes no body; Javalin sets a default type on every response
            commit(ctx);  // now, before closing the empty body makes Jetty add "Content-Length: 0" (RFC 9110 §8.6)
            return;
        }
        ctx.contentType(feed.mediaType());
        if (gzip) {
            ctx.header("Content-Encoding", "gzip");  // Javalin compresses nothing that already says so
        }
        if (ctx.method() == HandlerType.HEAD) {
            ctx.header("Content-Length", Integer.toString(feed.length(gzip)));  // without inflating anything
            return;
        }
        send(ctx, gzip ? feed.gzip() : feeds.identity(feed));
    }

    /** The subscription window: {@code ?limit=} entries (the feed's size when absent), and {@code ?q=} if given. */
    private Window newest(Context ctx) {
        int limit = limit(ctx);
        List<String> queries = ctx.queryParams("q");
        if (queries.isEmpty()) {
            return Window.newest(limit);
        }
        String query = queries.get(0);
        if (queries.size() > 1 || query.isBlank() || query.length() > 100) {
            throw new ClientError(400, "q must be given once, as 1 to 100 characters of words to search for");
        }
        return Window.search(limit, query);
    }

    /** {@code ?math=mathml|tex}, else the site's setting. */
    private MathMode math(Context ctx) {
        List<String> values = ctx.queryParams("math");
        if (values.isEmpty()) {
            return feeds.options().math();
        }
        return MathMode.parse(values.get(0)).filter(mode -> values.size() == 1).orElseThrow(() -> new ClientError(400,
                "math must be given once, as mathml or tex"));
    }

    private record ArchiveFile(int page, FeedFormat format) {}

    /** {@code 3.atom} → page 3 in Atom. */
    private static ArchiveFile archiveFile(String file) {
        int dot = file.lastIndexOf('.');
        if (dot > 0 && file.substring(0, dot).matches("[1-9]\\d{0,8}")) {
            for (FeedFormat format : FeedFormat.values()) {
                if (format.extension().equals(file.substring(dot + 1))) {
                    return new ArchiveFile(Integer.parseInt(file.substring(0, dot)), format);
                }
            }
        }
        throw new ClientError(404, "No such archive page; they are named like 1.atom, 2.rss, 3.json.");
    }

    /** {@code ?limit=N}, 1 to the configured maximum; the feed's size when absent. Other parameters are ignored. */
    private int limit(Context ctx) {
        List<String> values = ctx.queryParams("limit");
        if (values.isEmpty()) {
            return feeds.site().feedSize();
        }
        int max = feeds.options().maxLimit();
        String raw = values.get(0);
        if (values.size() > 1 || !raw.matches("\\d{1,9}") || Integer.parseInt(raw) < 1 || Integer.parseInt(raw) > max) {
            throw new ClientError(400, "limit must be given once, as a whole number from 1 to " + max + ", but was '"
                    + String.join("', '", values).replaceAll("[\\p{Cntrl}]", "?") + "'");
        }
        return Integer.parseInt(raw);
    }

    private static Selection named(Context ctx, Taxonomy taxonomy) {
        String name = ctx.pathParam("name");
        if (name.isBlank()) {
            throw new ClientError(404, "No name in the path.");
        }
        return Selection.of(taxonomy, name);
    }

    private void health(Context ctx) {
        Catalog catalog = library.current();
        var health = library.health();
        var fields = new LinkedHashMap<String, Object>();
        fields.put("status", health.ok() ? "ok" : "degraded");
        if (!health.ok()) {
            fields.put("reason", health.reason());
        }
        fields.put("catalog_version", catalog.version());
        fields.put("articles", catalog.articles().size());
        fields.put("problems", catalog.problems().size());
        fields.put("loaded_at", catalog.loadedAt().toString());
        fields.put("subscribers", subscribers.reported());
        fields.put("other_readers", subscribers.otherReaders());
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/json");
        try {
            send(ctx, (JSON.writeValueAsString(fields) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write /healthz as JSON", e);  // strings and numbers only: our bug
        }
    }

    private static void commit(Context ctx) {
        try {
            ctx.res().flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);  // the client went away
        }
    }

    private static void send(Context ctx, byte[] body) {
        ctx.header("Content-Length", Integer.toString(body.length));
        if (ctx.method() == HandlerType.HEAD) {
            return;
        }
        try {
            if (ctx.res().getOutputStream() instanceof HttpOutput jetty) {
                jetty.sendContent(ByteBuffer.wrap(body));  // the cached bytes go to the socket as they are, uncopied
            } else {
                ctx.result(body);
            }
        } catch (IOException e) {
            log.debug("{} {}: the client went away ({})", ctx.method(), ctx.path(), e.toString());  // nothing to answer
        }
    }

    private static void plain(Context ctx, int status, String message) {
        ctx.status(status).contentType(TEXT).result(message + "\n");
    }

    private String home() {
        return feeds.options().feedsUrl().toString();
    }
}
