package dev.tidings.feed;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.tidings.math.MathMode;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Rendered feeds by catalog version and what was asked for, bounded by the bytes they hold. Concurrent requests for a
 * missing key wait for one render. With the version in the key a reload can't serve stale bytes and needs no
 * invalidation; entries of old versions age out under the weight bound.
 */
final class FeedCache {
    private final Cache<Key, RenderedFeed> feeds;

    FeedCache(long maxBytes, Executor executor) {
        this.feeds = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((Key key, RenderedFeed feed) -> feed.weight())
                .executor(executor)
                .recordStats()
                .build();
    }

    void bindMetrics(MeterRegistry registry) {
        CaffeineCacheMetrics.monitor(registry, feeds, "feeds");
        Gauge.builder("tidings.feed.cache.weight", feeds,
                        cache -> cache.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L))
                .description("Bytes of rendered feeds the cache holds").baseUnit("bytes").register(registry);
    }

    RenderedFeed get(Key key, Function<Key, RenderedFeed> render) {
        return feeds.get(key, render);
    }

    /** @param page true for the HTML page a browser gets instead of the feed */
    record Key(long catalogVersion, FeedFormat format, Selection selection, Window window, MathMode math,
               boolean page) {}
}
