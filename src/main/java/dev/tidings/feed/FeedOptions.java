package dev.tidings.feed;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How feeds are published, validated by {@code dev.tidings.Config}.
 *
 * @param feedsUrl   absolute URL the feed paths are resolved against (where Tidings is reachable), ending in {@code /}
 * @param maxAge     freshness readers and caches are told (Cache-Control max-age, RSS ttl)
 * @param maxLimit   the largest {@code ?limit=} a request may ask for
 * @param cacheBytes bound on the rendered feeds kept in memory (plain and gzip bytes together)
 */
public record FeedOptions(URI feedsUrl, Duration maxAge, int maxLimit, long cacheBytes) {
    public FeedOptions {
        Objects.requireNonNull(maxAge, "maxAge");
        if (!feedsUrl.isAbsolute() || !feedsUrl.getPath().endsWith("/")) {
            throw new IllegalArgumentException("feedsUrl must be absolute and end in '/', but was " + feedsUrl);
        }
    }

    /** RSS ttl in minutes, matching max-age (at least 1). */
    int ttlMinutes() {
        return (int) Math.max(1, maxAge.toMinutes());
    }
}
