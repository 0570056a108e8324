package dev.tidings.feed;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One feed's bytes, rendered once and served many times: the plain UTF-8 bytes, the same compressed with gzip, and the
 * validators, with their header values computed once so that serving a hit formats nothing. Nothing in it depends on
 * when or where it was rendered, so every replica serves identical bytes and tags. Immutable; the arrays are shared:
 * never modify them.
 *
 * @param mediaType    the Content-Type to send
 * @param self         the document's own URL (for WebSub's {@code Link: rel="self"})
 * @param tag          the entity tag's opaque part, derived from the plain bytes
 * @param lastModified the newest {@code updated} among the feed's entries
 * @param complete     a full archive page, whose bytes will not change: cacheable for long
 */
public record RenderedFeed(String mediaType, String self, byte[] identity, byte[] gzip, String tag,
                           Instant lastModified, boolean complete, String plainEtag, String gzipEtag,
                           String lastModifiedHeader) {
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    public RenderedFeed(String mediaType, String self, byte[] identity, byte[] gzip, String tag, Instant lastModified,
                        boolean complete) {
        this(mediaType, self, identity, gzip, tag, lastModified, complete, "\"" + tag + "\"", "\"" + tag + "-gz\"",
                HTTP_DATE.format(lastModified));
    }

    /** The strong ETag header value of the plain or the gzip representation (they differ: RFC 9110 §8.8.3). */
    public String etag(boolean gzipped) {
        return gzipped ? gzipEtag : plainEtag;
    }

    /** The bytes each response shares; weighs the cache entry. */
    int weight() {
        return identity.length + gzip.length + 256;
    }
}
