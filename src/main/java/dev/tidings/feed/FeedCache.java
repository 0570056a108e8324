package dev.tidings.feed;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.tidings.math.MathMode;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Rendered feeds by catalog version and what was asked for, bounded by the bytes they hold. A missing key is rendered
 * once, however many ask for it at the same time. With the version in the key a reload needs no invalidation; entries
 * of old versions age out under the weight bound.
 */
final class FeedCache {
    private final Cache<Key, RenderedFeed> feeds;
    private final Map<Shape, Render> rendering = new ConcurrentHashMap<>();
    private final Cache<RenderedFeed, byte[]> identities;  // plain bytes of the feeds clients without gzip ask for

    FeedCache(long maxBytes, Executor executor) {
        this.feeds = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((Key key, RenderedFeed feed) -> feed.weight())
                .executor(executor)
                .recordStats()
                .build();
        this.identities = Caffeine.newBuilder()
                .weakKeys()  // by identity, and gone with the feed
                .maximumWeight(Math.max(1, maxBytes / 4))
                .weigher((RenderedFeed feed, byte[] plain) -> plain.length)
                .executor(executor)
                .recordStats()
                .build();
    }

    void bindMetrics(MeterRegistry registry) {
        CaffeineCacheMetrics.monitor(registry, feeds, "feeds");
        CaffeineCacheMetrics.monitor(registry, identities, "plain_feeds");
        Gauge.builder("tidings.feed.cache.weight", feeds,
                        cache -> cache.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L))
                .description("Bytes of rendered feeds the cache holds").baseUnit("bytes").register(registry);
    }

    /**
     * The cached document for {@code key}, else a render of it. At most one render per kind of document (a
     * {@link Shape}) runs at a time, whatever catalog it is for. A request that finds its kind already being rendered
     * gets {@code older} — the newest document of that kind rendered so far, if there is one — instead of waiting.
     * So after a change one request waits for the new bytes while the readers polling meanwhile are answered at once
     * with the bytes that were current a moment ago (with their own ETag); and when articles change faster than a feed
     * renders, the versions in between are skipped rather than queued. Without an older document a request waits for
     * the render running: its own key's result, or a turn to render its own.
     */
    RenderedFeed get(Key key, Function<Key, RenderedFeed> render, Function<Key, RenderedFeed> older) {
        while (true) {
            RenderedFeed cached = feeds.getIfPresent(key);
            if (cached != null) {
                return cached;
            }
            var mine = new Render(key, new CompletableFuture<>());
            Render running = rendering.putIfAbsent(key.shape(), mine);
            if (running == null) {
                return renderAndPut(mine, render);
            }
            RenderedFeed previous = older.apply(key);
            if (previous != null) {
                return previous;
            }
            if (running.key().equals(key)) {
                return join(running.result());
            }
            running.result().handle((feed, failure) -> null).join();  // then our turn; their failure is not ours
        }
    }

    /** {@code feed}'s plain bytes: inflated once, then kept while the feed is cached (within a quarter of the bound). */
    byte[] identity(RenderedFeed feed) {
        return identities.get(feed, RenderedFeed::identity);
    }

    // Rendered outside the cache's own compute, which would lock a whole bin of its map (other keys too) meanwhile.
    private RenderedFeed renderAndPut(Render mine, Function<Key, RenderedFeed> render) {
        try {
            RenderedFeed feed = feeds.policy().getIfPresentQuietly(mine.key());  // a render that ended as ours began
            if (feed == null) {
                feed = render.apply(mine.key());
                feeds.put(mine.key(), feed);
            }
            mine.result().complete(feed);
            return feed;
        } catch (RuntimeException | Error e) {
            mine.result().completeExceptionally(e);
            throw e;
        } finally {
            rendering.remove(mine.key().shape(), mine);
        }
    }

    private static RenderedFeed join(CompletableFuture<RenderedFeed> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** @param page true for the HTML page a browser gets instead of the feed */
    record Key(long catalogVersion, FeedFormat format, Selection selection, Window window, MathMode math,
               boolean page) {
        Shape shape() {
            return new Shape(format, selection, window, math, page);
        }
    }

    /** What a key asks for, without the catalog it is asked of: the same feed, page and format across changes. */
    record Shape(FeedFormat format, Selection selection, Window window, MathMode math, boolean page) {}

    private record Render(Key key, CompletableFuture<RenderedFeed> result) {}
}
