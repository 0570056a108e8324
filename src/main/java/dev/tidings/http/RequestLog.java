package dev.tidings.http;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens after every request, whether Javalin or {@link Polls} answered it: it is counted in {@link Metrics}, and
 * with {@code access_log} on, logged in one line.
 */
final class RequestLog {
    private static final Logger log = LoggerFactory.getLogger("dev.tidings.http.FeedServer");  // where it always was

    private final Metrics metrics;
    private final boolean accessLog;

    RequestLog(Metrics metrics, boolean accessLog) {
        this.metrics = metrics;
        this.accessLog = accessLog;
    }

    /** After a request Javalin answered. */
    void finished(Context ctx, float milliseconds) {
        var endpoint = ctx.endpoints().lastHttpEndpoint();  // null when no route matched
        String query = ctx.queryString();
        finished(ctx.method().name(), endpoint == null ? "NOT_FOUND" : endpoint.path, ctx.statusCode(), ctx.path(),
                query == null ? "" : "?" + query, ctx.header("User-Agent"), ctx.res().getHeader("Content-Length"),
                milliseconds);
    }

    /**
     * After any request.
     *
     * @param route         the route template that answered, {@code NOT_FOUND} if none
     * @param query         {@code ?} and the query string, or empty
     * @param userAgent     as sent, or null; {@code contentLength} likewise
     */
    void finished(String method, String route, int status, String path, String query, String userAgent,
                  String contentLength, float milliseconds) {
        metrics.record(method, route, status, path, userAgent, contentLength, milliseconds);
        if (accessLog) {
            log.info("{} {}{} {} {} ms {} \"{}\"", method, path, query, status, String.format("%.1f", milliseconds),
                    contentLength, userAgent);
        }
    }
}
