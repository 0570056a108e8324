package dev.tidings.feed;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.tidings.math.MathMode;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Rendered feeds by catalog version and what was asked for, bounded by the bytes they hold, and every feed's last
 * render. A missing key is rendered once, however many ask for it at the same time. With the version in the key a
 * reload needs no invalidation; entries of old versions age out under the weight bound. If the last render of the
 * same kind of document was made from an equal {@link Plan}, its bytes are reused as they are: an edit to one article
 * renders again only the feeds it is in.
 */
final class FeedCache {
    private final Cache<Key, RenderedFeed> feeds;
    private final Cache<Shape, Last> lastRenders;
    private final Map<Shape, Render> rendering = new ConcurrentHashMap<>();
    private final Map<Shape, RenderedFeed> kept = new ConcurrentHashMap<>();  // from the last run, until rendered
    private final Cache<RenderedFeed, byte[]> identities;  // plain bytes of the feeds clients without gzip ask for

    /** Publishes its meters ({@code cache.*{cache="feeds"|"plain_feeds"}}, {@code tidings.feed.cache.weight}). */
    FeedCache(long maxBytes, Executor executor, MeterRegistry registry) {
        this.lastRenders = Caffeine.newBuilder()
                .maximumWeight(Math.max(1, maxBytes / 2))
                .weigher((Shape shape, Last last) -> last.feed().weight())
                .executor(executor)
                .build();
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
        CaffeineCacheMetrics.monitor(registry, feeds, "feeds");
        CaffeineCacheMetrics.monitor(registry, identities, "plain_feeds");
        Gauge.builder("tidings.feed.cache.weight", feeds,
                        cache -> cache.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L))
                .description("Bytes of rendered feeds the cache holds").baseUnit("bytes").register(registry);
    }

    /**
     * The cached document for {@code key}, else a render of its {@code plan} (or the last render's bytes, if its plan
     * was equal). At most one render per kind of document (a {@link Shape}) runs at a time, whatever catalog it is
     * for. A request that finds its kind already being rendered gets the newest document of that kind rendered so far,
     * if there is one and {@code older} allows it, instead of waiting.
     * So after a change one request waits for the new bytes while the readers polling meanwhile are answered at once
     * with the bytes that were current a moment ago (with their own ETag); and when articles change faster than a feed
     * renders, the versions in between are skipped rather than queued. Without an older document a request waits for
     * the render running: its own key's result, or a turn to render its own. With {@link Older#KEPT}, a document the
     * last run kept ({@link #keep}) answers at once while its kind has not been rendered since the start.
     */
    RenderedFeed get(Key key, Supplier<Plan> plan, Function<Plan, RenderedFeed> render, Older older) {
        while (true) {
            RenderedFeed cached = feeds.getIfPresent(key);
            if (cached != null) {
                return cached;
            }
            RenderedFeed keptFeed = older == Older.KEPT ? kept.get(key.shape()) : null;
            if (keptFeed != null) {
                return keptFeed;
            }
            var mine = new Render(key, new CompletableFuture<>());
            Render running = rendering.putIfAbsent(key.shape(), mine);
            if (running == null) {
                return renderAndPut(mine, plan, render);
            }
            Last last = lastRenders.getIfPresent(key.shape());
            if (older != Older.NONE && last != null) {
                return last.feed();
            }
            if (running.key().equals(key)) {
                return join(running.result());
            }
            running.result().handle((feed, failure) -> null).join();  // then our turn; their failure is not ours
        }
    }

    /** Which document older than the one asked for may answer while that one renders. */
    enum Older {
        /** None: wait for the render. */
        NONE,
        /** The last one rendered of the same kind, from an earlier catalog, while a render of this kind runs. */
        RENDERED,
        /** That, or one the last run kept, until this kind is rendered (or {@link #forgetKept}). */
        KEPT
    }

    /** {@code feed}'s plain bytes: inflated once, then kept while the feed is cached (within a quarter of the bound). */
    byte[] identity(RenderedFeed feed) {
        return identities.get(feed, RenderedFeed::identity);
    }

    // Rendered outside the cache's own compute, which would lock a whole bin of its map (other keys too) meanwhile.
    private RenderedFeed renderAndPut(Render mine, Supplier<Plan> plan, Function<Plan, RenderedFeed> render) {
        try {
            RenderedFeed feed = feeds.policy().getIfPresentQuietly(mine.key());  // a render that ended as ours began
            if (feed == null) {
                feed = renderOrReuse(mine.key(), plan.get(), render);
                feeds.put(mine.key(), feed);
            }
            kept.remove(mine.key().shape());
            mine.result().complete(feed);
            return feed;
        } catch (RuntimeException | Error e) {
            mine.result().completeExceptionally(e);
            throw e;
        } finally {
            rendering.remove(mine.key().shape(), mine);
        }
    }

    private RenderedFeed renderOrReuse(Key key, Plan plan, Function<Plan, RenderedFeed> render) {
        Last last = lastRenders.getIfPresent(key.shape());
        if (last != null && last.plan().equals(plan)) {
            return last.feed();
        }
        RenderedFeed feed = render.apply(plan);
        lastRenders.asMap().merge(key.shape(), new Last(key.catalogVersion(), plan, feed),
                (old, fresh) -> fresh.catalogVersion() >= old.catalogVersion() ? fresh : old);
        return feed;
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

    /** The feed documents cached for catalog {@code version} that readers subscribe to: no query, not a page. */
    Map<Key, RenderedFeed> subscribed(long version) {
        var documents = new HashMap<Key, RenderedFeed>();
        feeds.asMap().forEach((key, feed) -> {
            if (key.catalogVersion() == version && !key.page()
                    && !(key.window() instanceof Window.Newest newest && !newest.query().isEmpty())) {
                documents.put(key, feed);
            }
        });
        return documents;
    }

    /** Caches {@code documents}, made from a catalog equal to theirs by an earlier run, unless rendered already. */
    void restore(Map<Key, RenderedFeed> documents) {
        documents.forEach(feeds.asMap()::putIfAbsent);
    }

    /**
     * Holds {@code documents}, made by an earlier run from articles or by a program that differ from this one's, to
     * answer requests that allow {@link Older#KEPT} until their kind is rendered; outside the cache's bound, briefly.
     */
    void keep(Map<Key, RenderedFeed> documents) {
        documents.forEach((key, feed) -> kept.put(key.shape(), feed));
    }

    /** Drops the documents {@link #keep} holds that are not rendered yet: every subscription feed has been. */
    void forgetKept() {
        kept.clear();
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

    /** The last document rendered of a {@link Shape}, from whichever catalog, and the plan it was rendered from. */
    private record Last(long catalogVersion, Plan plan, RenderedFeed feed) {}
}
