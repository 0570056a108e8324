package dev.tidings.http;

import dev.tidings.feed.RenderedFeed;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Invocable.InvocationType;

/**
 * Answers a feed reader's poll — GET or HEAD of a subscription feed, with no query string, from a client that is not a
 * browser asking for the page — ahead of Jetty's servlet layer and Javalin's routing, with the same status and headers
 * the Javalin route sends. Most of what a feed server answers is these, most of them 304s, and for those the layers
 * skipped cost more than the answer (src/bench/RESULTS.md, issue 17). Anything else (a query, a page, a feed that does
 * not exist, an error) goes on to Javalin as before. Routes are added before the server starts, then only read.
 */
final class Polls extends Handler.Wrapper {
    private static final HttpField NOSNIFF = new PreEncodedHttpField("X-Content-Type-Options", "nosniff");
    private static final HttpField GZIP = new PreEncodedHttpField(HttpHeader.CONTENT_ENCODING, "gzip");
    private static final String VARY = "Accept-Encoding, Accept, Sec-Fetch-Dest";  // the page for browsers varies too
    private static final String NAME = "{name}";

    private final Map<String, Function<String, Optional<RenderedFeed>>> routes = new HashMap<>();
    private final Answers answers;
    private final Finished finished;

    /** What is told of each poll answered here, as Javalin's request logger is told of every other request. */
    interface Finished {
        /** @param query always empty here; {@code contentLength} the header as sent, or null; {@code userAgent} too */
        void finished(String method, String route, int status, String path, String query, String userAgent,
                      String contentLength, float milliseconds);
    }

    Polls(Answers answers, Finished finished) {
        this.answers = answers;
        this.finished = finished;
    }

    /**
     * A subscription feed's route, {@code /feed.atom} or {@code /tags/{name}/feed.atom}: {@code feed} gets the name in
     * the path (empty if none) and gives the feed, or nothing when Javalin should answer (a 404).
     */
    void add(String route, Function<String, Optional<RenderedFeed>> feed) {
        routes.put(route, feed);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long start = System.nanoTime();
        String method = request.getMethod();
        boolean head = method.equals("HEAD");
        HttpURI uri = request.getHttpURI();
        if (!head && !method.equals("GET") || uri.getQuery() != null) {
            return super.handle(request, response, callback);
        }
        String path = uri.getPath();
        String route = routes.containsKey(path) ? path : named(path);
        var headers = request.getHeaders();
        if (route.isEmpty() || Negotiation.wantsPage(headers.get("Sec-Fetch-Dest"),
                headers.get(HttpHeader.ACCEPT))) {
            return super.handle(request, response, callback);
        }
        Optional<RenderedFeed> found;
        try {
            found = route.equals(path) ? routes.get(route).apply("") : name(path).flatMap(routes.get(route));
        } catch (RuntimeException e) {
            return super.handle(request, response, callback);  // Javalin's way with errors: 400, 404, or 500 logged
        }
        if (found.isEmpty()) {
            return super.handle(request, response, callback);
        }
        RenderedFeed feed = found.get();
        boolean gzip = AcceptEncoding.allowsGzip(headers.get(HttpHeader.ACCEPT_ENCODING));
        boolean notModified = answers.notModified(headers.get(HttpHeader.IF_NONE_MATCH),
                headers.get(HttpHeader.IF_MODIFIED_SINCE), feed);
        var fields = response.getHeaders();  // in the order the Javalin route sends them
        if (!notModified) {
            fields.put(HttpHeader.CONTENT_TYPE, feed.mediaType());
        }
        fields.add(NOSNIFF);
        answers.hubLink(feed).ifPresent(link -> fields.put(HttpHeader.LINK, link));
        fields.put(HttpHeader.ETAG, feed.etag(gzip));
        fields.put(HttpHeader.LAST_MODIFIED, feed.lastModifiedHeader());
        fields.put(HttpHeader.CACHE_CONTROL, answers.cacheControl(feed));
        fields.put(HttpHeader.VARY, VARY);
        String length = null;
        ByteBuffer body = null;
        if (notModified) {
            response.setStatus(304);  // a 304 describes no body: no Content-Type, no length
        } else {
            if (gzip) {
                fields.add(GZIP);
            }
            length = Integer.toString(feed.length(gzip));
            fields.put(HttpHeader.CONTENT_LENGTH, length);
            body = head ? null : ByteBuffer.wrap(answers.body(feed, gzip));  // sent as it is, uncopied
        }
        // Told before the answer leaves, as Javalin tells its request logger, so that the next request sees it counted.
        finished.finished(method, route, notModified ? 304 : 200, path, "", headers.get(HttpHeader.USER_AGENT), length,
                (System.nanoTime() - start) / 1e6f);
        if (notModified) {
            // Committed by a first write: on a last write Jetty would add "Content-Length: 0" (RFC 9110 §8.6: wrong)
            response.write(false, null, Callback.from(InvocationType.NON_BLOCKING,
                    () -> response.write(true, null, callback), callback::failed));
        } else {
            response.write(true, body, callback);
        }
        return true;
    }

    /** {@code /tags/{name}/feed.atom} for {@code /tags/x/feed.atom} if that is a route, else empty. */
    private String named(String path) {
        int last = path.lastIndexOf('/');
        int before = last > 0 ? path.lastIndexOf('/', last - 1) : -1;
        if (before < 0) {
            return "";
        }
        String route = path.substring(0, before + 1) + NAME + path.substring(last);
        return routes.containsKey(route) ? route : "";
    }

    /** The name in a named route's path, decoded as Javalin decodes path parameters; empty if blank or malformed. */
    private static Optional<String> name(String path) {
        int last = path.lastIndexOf('/');
        String raw = path.substring(path.lastIndexOf('/', last - 1) + 1, last);
        String name;
        try {
            name = raw.indexOf('%') < 0 && raw.indexOf('+') < 0 ? raw
                    : URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return name.isBlank() ? Optional.empty() : Optional.of(name);
    }
}
