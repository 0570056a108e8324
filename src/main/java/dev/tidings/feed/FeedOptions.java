package dev.tidings.feed;

import dev.tidings.math.MathMode;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How feeds are published, validated by {@code dev.tidings.Config}.
 *
 * @param feedsUrl     absolute URL the feed paths are resolved against (where Tidings is reachable), ending in {@code /}
 * @param maxAge       freshness readers and caches are told (Cache-Control max-age, RSS ttl)
 * @param maxLimit     the largest {@code ?limit=} a request may ask for
 * @param cacheBytes   bound on the rendered feeds kept in memory (their gzip bytes); the plain bytes of those asked
 *                     for without gzip take up to a quarter more, the last render of each feed up to half more
 * @param maxFeedBytes a subscription feed sends some entries as summaries (as a last resort, fewer entries) to stay
 *                     under this; archive pages keep every entry
 * @param archiveSize  entries per archive page (RFC 5005)
 * @param hub          the WebSub hub's URL, or empty for none
 * @param math         how formulas are sent unless a request asks otherwise
 * @param content      full text (summaries only where the byte bound needs them) or summaries in every entry
 */
public record FeedOptions(URI feedsUrl, Duration maxAge, int maxLimit, long cacheBytes, long maxFeedBytes,
                          int archiveSize, String hub, MathMode math, EntryContent content) {
    /** Where every feed is again with formulas as images, unless the site sends images anyway. */
    public static final String IMAGES = "math-images/";

    public FeedOptions {
        Objects.requireNonNull(maxAge, "maxAge");
        Objects.requireNonNull(hub, "hub");
        Objects.requireNonNull(math, "math");
        Objects.requireNonNull(content, "content");
        if (!feedsUrl.isAbsolute() || !feedsUrl.getPath().endsWith("/")) {
            throw new IllegalArgumentException("feedsUrl must be absolute and end in '/', but was " + feedsUrl);
        }
        if (archiveSize < 1) {
            throw new IllegalArgumentException("archiveSize must be at least 1, but was " + archiveSize);
        }
    }

    /** Defaults for everything but the URL: 15 minutes, limit 100, 64 MB cache, 250 KB feeds, pages of 50, TeX. */
    public static FeedOptions of(URI feedsUrl) {
        return new FeedOptions(feedsUrl, Duration.ofMinutes(15), 100, 64L << 20, 250L << 10, 50, "", MathMode.TEX,
                EntryContent.FULL);
    }

    public FeedOptions withHub(String hubUrl) {
        return new FeedOptions(feedsUrl, maxAge, maxLimit, cacheBytes, maxFeedBytes, archiveSize, hubUrl, math, content);
    }

    public FeedOptions withMath(MathMode mode) {
        return new FeedOptions(feedsUrl, maxAge, maxLimit, cacheBytes, maxFeedBytes, archiveSize, hub, mode, content);
    }

    public FeedOptions withContent(EntryContent mode) {
        return new FeedOptions(feedsUrl, maxAge, maxLimit, cacheBytes, maxFeedBytes, archiveSize, hub, math, mode);
    }

    public FeedOptions withMaxFeedBytes(long bytes) {
        return new FeedOptions(feedsUrl, maxAge, maxLimit, cacheBytes, bytes, archiveSize, hub, math, content);
    }

    /** RSS ttl in minutes, matching max-age (at least 1). */
    int ttlMinutes() {
        return (int) Math.max(1, maxAge.toMinutes());
    }
}
