package dev.tidings.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import org.eclipse.jetty.http.DateGenerator;

/**
 * One feed's bytes, rendered once and served many times: compressed with gzip by {@link Gzip} (what nearly every
 * reader asks for, and a quarter or less of the plain size, so the cache holds four times as many feeds), and the
 * validators, with their header values computed once so that serving a hit formats nothing. The plain bytes are
 * inflated on demand for the rare client that does not take gzip. Nothing in it depends on when or where it was
 * rendered, so every replica serves identical bytes and ETags. Immutable; the array is shared: never modify it. Made
 * by {@link #of}.
 *
 * @param mediaType      the Content-Type to send
 * @param self           the document's own URL (for WebSub's {@code Link: rel="self"})
 * @param identityLength how many plain bytes the gzip bytes hold
 * @param etag           the entity tag's opaque part, derived from the plain bytes (the header values are
 *                       {@link #etag(boolean)})
 * @param lastModified   the newest {@code updated} among the feed's entries
 * @param complete       a full archive page, whose bytes will not change: cacheable for long
 * @param trim           what the document gave up to stay under {@code max_feed_size}
 */
public record RenderedFeed(String mediaType, String self, byte[] gzip, int identityLength, String etag,
                           Instant lastModified, boolean complete, String plainEtag, String gzipEtag,
                           String lastModifiedHeader, Trim trim) {

    /** @param gzip {@code identity}, compressed */
    public RenderedFeed(String mediaType, String self, byte[] identity, byte[] gzip, String etag, Instant lastModified,
                        boolean complete) {
        this(mediaType, self, identity, gzip, etag, lastModified, complete, Trim.NONE);
    }

    private RenderedFeed(String mediaType, String self, byte[] identity, byte[] gzip, String etag,
                         Instant lastModified, boolean complete, Trim trim) {
        this(mediaType, self, gzip, identity.length, etag, lastModified, complete, trim);
    }

    /** A feed whose gzip bytes, and how many plain bytes they hold, are known (a feed kept from an earlier run). */
    RenderedFeed(String mediaType, String self, byte[] gzip, int identityLength, String etag, Instant lastModified,
                 boolean complete, Trim trim) {
        this(mediaType, self, gzip, identityLength, etag, lastModified, complete, "\"" + etag + "\"",
                "\"" + etag + "-gz\"", DateGenerator.formatDate(lastModified), trim);
    }

    /** {@code identity} compressed, with an ETag computed from it and its header values formatted once. */
    static RenderedFeed of(String mediaType, String self, byte[] identity, Instant lastModified, boolean complete,
                           Trim trim) {
        return of(mediaType, self, identity, lastModified, complete, trim, true);
    }

    /**
     * @param polled whether readers fetch the document again and again (a subscription feed), so that a smaller
     *               gzip pays for compressing harder once: level 6, the document as a whole; else (an archive page, a
     *               search) level 1, entry by entry, each entry compressed once for every such document holding it:
     *               many times as fast, for about a sixth more bytes than level 6 whole on real articles
     */
    static RenderedFeed of(String mediaType, String self, byte[] identity, Instant lastModified, boolean complete,
                           Trim trim, boolean polled) {
        // Never 9: level 6 takes half its time for feeds and makes them about 1 % larger; a first render, a burst
        // after a start and a build wait on it, while the bytes saved at 9 are few.
        byte[] gzip = polled ? Gzip.of(identity, 6, Gzip.Cuts.NONE) : Gzip.of(identity, 1, Gzip.Cuts.of(mediaType));
        return new RenderedFeed(mediaType, self, identity, gzip, etag(identity),
                lastModified, complete, trim);
    }

    /** The strong ETag header value of the plain or the gzip representation (they differ: RFC 9110 §8.8.3). */
    public String etag(boolean gzipped) {
        return gzipped ? gzipEtag : plainEtag;
    }

    /** The plain bytes, inflated anew on each call. */
    public byte[] identity() {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gzip), 8192)) {
            byte[] plain = in.readNBytes(identityLength);
            if (plain.length != identityLength || in.read() != -1) {
                throw new IllegalStateException("a cached feed's gzip bytes do not hold its " + identityLength
                        + " plain bytes");
            }
            return plain;
        } catch (IOException e) {
            throw new UncheckedIOException("a cached feed's gzip bytes are corrupt", e);
        }
    }

    /** The Content-Length of the plain or the gzip representation. */
    public int length(boolean gzipped) {
        return gzipped ? gzip.length : identityLength;
    }

    /** The bytes it holds; weighs the cache entry. */
    int weight() {
        return gzip.length + 256;
    }

    /** 128 bits of the SHA-256 of the bytes, base64url: equal bytes, equal ETag, on every replica. */
    private static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
