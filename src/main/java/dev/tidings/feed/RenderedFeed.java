package dev.tidings.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * One feed's bytes, rendered once and served many times: compressed with gzip (what nearly every reader asks for, and
 * a quarter or less of the plain size, so the cache holds four times as many feeds), and the validators, with their
 * header values computed once so that serving a hit formats nothing. The plain bytes are inflated on demand for the
 * rare client that does not take gzip. Nothing in it depends on when or where it was rendered, so every replica serves
 * identical bytes and tags. Immutable; the array is shared: never modify it.
 *
 * @param mediaType      the Content-Type to send
 * @param self           the document's own URL (for WebSub's {@code Link: rel="self"})
 * @param identityLength how many plain bytes the gzip bytes hold
 * @param tag            the entity tag's opaque part, derived from the plain bytes
 * @param lastModified   the newest {@code updated} among the feed's entries
 * @param complete       a full archive page, whose bytes will not change: cacheable for long
 * @param trim           what the document gave up to stay under {@code max_feed_size}
 */
public record RenderedFeed(String mediaType, String self, byte[] gzip, int identityLength, String tag,
                           Instant lastModified, boolean complete, String plainEtag, String gzipEtag,
                           String lastModifiedHeader, Trim trim) {
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    /** @param gzip {@code identity}, compressed */
    public RenderedFeed(String mediaType, String self, byte[] identity, byte[] gzip, String tag, Instant lastModified,
                        boolean complete) {
        this(mediaType, self, identity, gzip, tag, lastModified, complete, Trim.NONE);
    }

    RenderedFeed(String mediaType, String self, byte[] identity, byte[] gzip, String tag, Instant lastModified,
                 boolean complete, Trim trim) {
        this(mediaType, self, gzip, identity.length, tag, lastModified, complete, "\"" + tag + "\"",
                "\"" + tag + "-gz\"", HTTP_DATE.format(lastModified), trim);
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
}
