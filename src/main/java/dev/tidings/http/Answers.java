package dev.tidings.http;

import dev.tidings.feed.RenderedFeed;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.jetty.ee10.servlet.HttpOutput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a rendered document as HTTP wants it: its validators and caching headers, a 304 when the client's copy is
 * current, the gzip bytes to a client that takes them (else the plain ones), and for HEAD the headers only, with the
 * length a GET would send. The cached bytes go to the socket as they are.
 */
final class Answers {
    private static final Logger log = LoggerFactory.getLogger(Answers.class);
    /** A full archive page never changes (RFC 5005): let everyone keep it for a month. */
    private static final String ARCHIVED = "public, max-age=2592000";
    /** A formula image's content never changes: another image has another address. */
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private final Clock clock;
    private final String cacheControl;
    private final Function<RenderedFeed, byte[]> identity;
    private final String hub;

    /**
     * @param identity the plain bytes of a document, for a client that does not take gzip
     * @param hub      the WebSub hub feeds name in their {@code Link} header; empty for none
     */
    Answers(Clock clock, Duration maxAge, Function<RenderedFeed, byte[]> identity, String hub) {
        this.clock = clock;
        this.cacheControl = "public, max-age=" + maxAge.toSeconds();
        this.identity = identity;
        this.hub = hub;
    }

    /** A rendered document with its validators: a 304 if the client's copy is current, else its gzip or plain bytes. */
    void answer(Context ctx, RenderedFeed feed, String vary) {
        answer(ctx, feed, vary, cacheControl(feed));
    }

    /** A feed's {@code Link} header naming the WebSub hub and the feed itself, if there is a hub. */
    Optional<String> hubLink(RenderedFeed feed) {
        return hub.isEmpty() ? Optional.empty()
                : Optional.of("<" + hub + ">; rel=\"hub\", <" + feed.self() + ">; rel=\"self\"");
    }

    String cacheControl(RenderedFeed feed) {
        return feed.complete() ? ARCHIVED : cacheControl;
    }

    /** Whether the client's copy of {@code feed} is current (the two headers as sent, or null). */
    boolean notModified(String ifNoneMatch, String ifModifiedSince, RenderedFeed feed) {
        return Conditions.notModified(ifNoneMatch, ifModifiedSince, feed, clock.instant());
    }

    /** The bytes of {@code feed} to send: compressed or plain. */
    byte[] body(RenderedFeed feed, boolean gzip) {
        return gzip ? feed.gzip() : identity.apply(feed);
    }

    /** A document whose content never changes, kept by everyone for a year: a formula image. */
    void immutable(Context ctx, RenderedFeed feed) {
        ctx.header("Content-Security-Policy", "default-src 'none'");  // an image, even when opened on its own
        answer(ctx, feed, "Accept-Encoding", IMMUTABLE);
    }

    private void answer(Context ctx, RenderedFeed feed, String vary, String cacheControl) {
        boolean gzip = AcceptEncoding.allowsGzip(ctx.header("Accept-Encoding"));
        ctx.header("ETag", feed.etag(gzip));
        ctx.header("Last-Modified", feed.lastModifiedHeader());
        ctx.header("Cache-Control", cacheControl);
        ctx.header("Vary", vary);
        if (notModified(ctx.header("If-None-Match"), ctx.header("If-Modified-Since"), feed)) {
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
        send(ctx, body(feed, gzip));
    }

    /** {@code body} with its length (for HEAD, the length only). A client that went away is nobody's error. */
    static void send(Context ctx, byte[] body) {
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

    private static void commit(Context ctx) {
        try {
            ctx.res().flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);  // the client went away
        }
    }
}
