package dev.tidings.feed;

import static dev.tidings.feed.FeedCache.Older.NONE;
import static dev.tidings.feed.FeedCache.Older.RENDERED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import dev.tidings.math.MathMode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The rendered-feed cache on its own: a missing key renders once however many ask; while a kind of document renders,
 * requests get the one from before instead of waiting; a failed render fails only those who waited for it; a new
 * catalog's feed with an unchanged plan reuses the bytes; plain bytes are inflated once. Threads meet through latches and by waiting until a thread is parked, never after a set time.
 */
final class FeedCacheTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);  // not a speed limit: a busy machine is slow

    private final FeedCache cache = new FeedCache(1 << 20, Runnable::run, new SimpleMeterRegistry());
    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void concurrentMissesOnOneKeyRenderOnce() throws Exception {
        var key = key(1, FeedFormat.ATOM);
        RenderedFeed rendered = rendered("t");
        var renders = new AtomicInteger();
        var start = new CountDownLatch(1);
        var callers = ConcurrentHashMap.<Thread>newKeySet();
        var results = new ArrayList<Future<RenderedFeed>>();
        for (int i = 0; i < 16; i++) {
            results.add(pool.submit(() -> {
                start.await();
                callers.add(Thread.currentThread());
                return cache.get(key, () -> plan("a"), plan -> {
                    renders.incrementAndGet();
                    Thread self = Thread.currentThread();
                    awaitWaiting(() -> callers.size() == 16 ? callers.stream().filter(t -> t != self).toList() : null);
                    return rendered;
                }, NONE);
            }));
        }
        start.countDown();
        for (Future<RenderedFeed> result : results) {
            assertThat(result.get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS)).as("every caller gets the one render")
                    .isSameAs(rendered);
        }
        assertThat(renders).hasValue(1);
    }

    @Test
    void whileAKeyRendersOtherRequestsGetTheDocumentFromBefore() throws Exception {
        RenderedFeed before = cache.get(key(1, FeedFormat.ATOM), () -> plan("before"), plan -> rendered("before"),
                RENDERED);
        var key = key(2, FeedFormat.ATOM);
        RenderedFeed after = rendered("after");
        var render = new HeldRender();
        try {
            var first = pool.submit(() -> cache.get(key, () -> plan("after"), plan -> render.hold(() -> after),
                    RENDERED));
            render.awaitStarted();
            assertThat(cache.get(key, () -> plan("after"), plan -> fail("a second render of the same key"), RENDERED))
                    .as("a request during the render does not wait for it").isSameAs(before);
            var released = render.releaseOnceWaiting(Thread.currentThread());
            assertThat(cache.get(key, () -> plan("after"), plan -> fail("a second render of the same key"), NONE))
                    .as("asked for exactly this catalog's document, it waits for the render").isSameAs(after);
            released.get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS);  // it did wait: the render ended only then
            assertThat(first.get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS)).isSameAs(after);
            assertThat(cache.get(key, () -> plan("after"), plan -> fail("rendered again"), RENDERED))
                    .as("then it is cached")
                    .isSameAs(after);
        } finally {
            render.release();
        }
    }

    @Test
    void aRequestWaitingForARenderThatFailsGetsItsError() throws Exception {
        var key = key(3, FeedFormat.ATOM);
        var render = new HeldRender();
        try {
            var first = pool.submit(() -> cache.get(key, () -> plan("a"), plan -> render.hold(() -> {
                throw new IllegalStateException("broken");
            }), RENDERED));
            render.awaitStarted();
            var released = render.releaseOnceWaiting(Thread.currentThread());  // fails only once this test waits
            assertThatThrownBy(() -> cache.get(key, () -> plan("a"), plan -> fail("a second render of the same key"),
                    RENDERED)).isInstanceOf(IllegalStateException.class).hasMessage("broken");
            released.get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS);
            assertThatThrownBy(() -> first.get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS))
                    .hasRootCauseMessage("broken");
        } finally {
            render.release();
        }
    }

    @Test
    void changesFasterThanAFeedRendersAreSkippedNotQueued() throws Exception {
        var v1 = key(4, FeedFormat.RSS);
        var v2 = key(5, FeedFormat.RSS);
        var v3 = key(6, FeedFormat.RSS);
        RenderedFeed before = cache.get(key(3, FeedFormat.RSS), () -> plan("v0"), plan -> rendered("before"), RENDERED);
        var render = new HeldRender();
        try {
            var first = pool.submit(() -> cache.get(v1, () -> plan("v1"), plan -> render.hold(() -> {
                throw new IllegalStateException("v1 broken");
            }), RENDERED));
            render.awaitStarted();
            assertThat(cache.get(v2, () -> plan("v2"), plan -> fail("rendered while the same feed renders"), RENDERED))
                    .as("a newer catalog's request while the feed renders").isSameAs(before);
            var released = render.releaseOnceWaiting(Thread.currentThread());
            assertThat(cache.get(v3, () -> plan("v3"), plan -> {
                assertThat(render.ended()).as("v3 renders only after v1's render ended").isTrue();
                return rendered("v3");
            }, NONE).etag())
                    .as("asked for exactly its catalog's document it waits its turn, then renders its own; v1's "
                            + "failure is not its").isEqualTo("v3");
            released.get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS);
            assertThatThrownBy(() -> first.get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS))
                    .hasRootCauseMessage("v1 broken");
        } finally {
            render.release();
        }
    }

    @Test
    void aNewCatalogWhoseFeedHasAnEqualPlanReusesTheBytesAndOnlyThen() {
        RenderedFeed v1 = cache.get(key(8, FeedFormat.JSON), () -> plan("same"), plan -> rendered("v1"), RENDERED);
        assertThat(cache.get(key(9, FeedFormat.JSON), () -> plan("same"), plan -> fail("rendered an equal plan"),
                RENDERED))
                .as("another catalog, but the feed is made of the same").isSameAs(v1);
        assertThat(cache.get(key(10, FeedFormat.JSON), () -> plan("other"), plan -> rendered("v3"), RENDERED).etag())
                .isEqualTo("v3");
        assertThat(cache.get(key(10, FeedFormat.ATOM), () -> plan("other"), plan -> rendered("atom"), RENDERED).etag())
                .as("another format is another feed").isEqualTo("atom");
    }

    @Test
    void aFeedTheLastRunKeptAnswersRequestsUntilItsKindIsRendered() {
        RenderedFeed kept = rendered("kept");
        cache.keep(Map.of(key(1, FeedFormat.ATOM), kept, key(1, FeedFormat.RSS), rendered("kept rss")));
        assertThat(cache.get(key(2, FeedFormat.ATOM), () -> plan("p"), plan -> fail("rendered"), FeedCache.Older.KEPT))
                .as("a request, before the feed is rendered").isSameAs(kept);
        assertThat(cache.get(key(2, FeedFormat.ATOM), () -> plan("p"), plan -> rendered("new"), RENDERED).etag())
                .as("a render ahead of requests does not take it").isEqualTo("new");
        assertThat(cache.get(key(3, FeedFormat.ATOM), () -> plan("q"), plan -> rendered("newer"), FeedCache.Older.KEPT)
                .etag()).as("once rendered, requests get renders").isEqualTo("newer");
        cache.forgetKept();
        assertThat(cache.get(key(2, FeedFormat.RSS), () -> plan("p"), plan -> rendered("rss"), FeedCache.Older.KEPT)
                .etag()).as("forgotten").isEqualTo("rss");
    }

    @Test
    void plainBytesAreInflatedOnceThenKept() throws IOException {
        byte[] plain = "<entry>正文</entry>\n".repeat(200).getBytes(StandardCharsets.UTF_8);
        var feed = new RenderedFeed("application/atom+xml", "u", plain, gzip(plain), "t", Instant.EPOCH, false);
        assertThat(feed.identity()).as("the feed alone inflates anew on each call").isNotSameAs(feed.identity());
        byte[] first = cache.identity(feed);
        assertThat(first).isEqualTo(plain);
        assertThat(cache.identity(feed)).as("inflated once, then kept").isSameAs(first);
    }

    private static FeedCache.Key key(long catalogVersion, FeedFormat format) {
        return new FeedCache.Key(catalogVersion, format, Selection.all(), Window.newest(20), MathMode.TEX, false);
    }

    /** A plan that differs from another exactly when its id does. */
    private static Plan plan(String id) {
        return new Plan(id, List.of(), new FeedDocument.Paging("", "", "", false), "https://f.example/feed.atom",
                "Blog", false, OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
    }

    private static RenderedFeed rendered(String etag) {
        return new RenderedFeed("x", "u", new byte[10], new byte[5], etag, Instant.EPOCH, false);
    }

    private static byte[] gzip(byte[] plain) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var out = new GZIPOutputStream(bytes)) {
            out.write(plain);
        }
        return bytes.toByteArray();
    }

    /** A render that starts, then waits until the test lets it finish. */
    private final class HeldRender {
        private final CountDownLatch started = new CountDownLatch(1);
        private final CountDownLatch finish = new CountDownLatch(1);
        private volatile boolean ended;

        RenderedFeed hold(Supplier<RenderedFeed> result) {
            started.countDown();
            try {
                finish.await();
                return result.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while held", e);
            } finally {
                ended = true;
            }
        }

        void awaitStarted() throws InterruptedException {
            assertThat(started.await(HANG_GUARD.toSeconds(), TimeUnit.SECONDS)).as("the render started").isTrue();
        }

        /**
         * Lets it finish once {@code waiter} waits (for it, or for its turn after it). The future fails if the waiter
         * never waited: the render is let go then too, so the test ends, and its {@code get} reports it.
         */
        CompletableFuture<Void> releaseOnceWaiting(Thread waiter) {
            return CompletableFuture.runAsync(() -> {
                try {
                    awaitWaiting(() -> List.of(waiter));
                } finally {
                    finish.countDown();
                }
            }, pool);
        }

        boolean ended() {
            return ended;
        }

        void release() {
            finish.countDown();
        }
    }

    /**
     * Returns once all the threads that {@code threads} gives (null while it does not know them yet) are parked: in
     * FeedCache, that is waiting for a render. Each caller passes threads that were running when they became known, so
     * an earlier park (on a latch of the test's) cannot be mistaken for it. No test has to guess how long getting
     * there takes.
     */
    private static void awaitWaiting(Supplier<List<Thread>> threads) {
        await().atMost(HANG_GUARD).pollInterval(Duration.ofMillis(1)).until(() -> {
            List<Thread> known = threads.get();
            return known != null && known.stream().allMatch(thread -> thread.getState() == Thread.State.WAITING);
        });
    }
}
