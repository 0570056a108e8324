package dev.tidings.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tidings.content.Author;
import dev.tidings.content.Site;
import dev.tidings.content.TestCollection;
import dev.tidings.http.FeedServer;
import io.javalin.Javalin;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real server whose only search slot a search holds (blocked until the test lets it go): further searches are
 * refused with 503 and {@code Retry-After}, and feeds without {@code ?q=} are answered as ever.
 */
@Timeout(60)
final class BusySearchTest {
    private static final Site SITE = new Site("Blog", "About things", URI.create("https://blog.example/"), "en",
            List.of(new Author("Owner", "owner@blog.example", "")), ZoneId.of("UTC"), "blog.example",
            "/posts/{slug}/", 20, "", "", 1 << 20, 16 << 20);

    @TempDir
    Path root;
    private final HttpClient http = HttpClient.newHttpClient();
    private final CountDownLatch held = new CountDownLatch(1);
    private final CountDownLatch letGo = new CountDownLatch(1);
    private TestCollection collection;
    private Javalin server;
    private CompletableFuture<Void> holder;

    @AfterEach
    void stop() {
        letGo.countDown();
        if (holder != null) {
            holder.join();
        }
        if (server != null) {
            server.stop();
        }
        if (collection != null) {
            collection.close();
        }
    }

    @Test
    void aSearchThatGetsNoSlotWithinTheWaitIsRefusedAndFeedsStillAnswer() throws Exception {
        SearchSlots slots = serve(1, Duration.ofMillis(200));
        holdTheSlot(slots);

        var refused = get("/feed.atom?q=sampling");
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(refused.body()).contains("Too many searches");
        assertThat(get("/feed.atom").statusCode()).isEqualTo(200);
        assertThat(get("/tags/notes/feed.rss").statusCode()).isEqualTo(200);
        assertThat(get("/feed.json?limit=1").statusCode()).isEqualTo(200);
        assertThat(get("/metrics").body()).contains("tidings_search_refused_total 1.0");

        letGo.countDown();
        holder.join();
        var found = get("/feed.atom?q=sampling");
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains("Sampling notes");
    }

    @Test
    void aSearchThatFindsTooManyWaitingIsRefusedAtOnce() throws Exception {
        SearchSlots slots = serve(0, Duration.ofHours(1));  // were it to wait, the test would time out
        holdTheSlot(slots);

        var refused = get("/math-images/feed.rss?q=sampling");
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("3600");
        assertThat(get("/feed.atom").statusCode()).isEqualTo(200);
    }

    @Test
    void aSearchKeepsItsSlotFromFindingToRenderingSoThatItWaitsOnce() throws Exception {
        var slots = new SearchSlots(1, 16, Duration.ofMinutes(1), new SimpleMeterRegistry());
        var order = new ConcurrentLinkedQueue<String>();
        var other = new CompletableFuture<Void>();
        String answer = slots.holding(Window.search(20, "first"), slot -> {
            slot.run(() -> order.add("first finds"));
            other.completeAsync(() -> slots.holding(Window.search(20, "second"), second -> {
                second.run(() -> order.add("second finds"));
                return null;
            }));
            await().atMost(Duration.ofSeconds(10)).until(() -> slots.waiting() == 1);  // the second waits its turn
            return slot.run(() -> {
                order.add("first renders");
                return "rendered";
            });
        });
        other.get(10, TimeUnit.SECONDS);
        assertThat(answer).isEqualTo("rendered");
        assertThat(order).as("not the second between the first's two steps")
                .containsExactly("first finds", "first renders", "second finds");
        String feed = slots.holding(Window.newest(20), slot -> slot.run(() -> "a feed"));
        assertThat(feed).isEqualTo("a feed");
    }

    /** A server whose feeds have one search slot, {@code mostWaiting} searches waiting at most, each for {@code wait}. */
    private SearchSlots serve(int mostWaiting, Duration wait) throws Exception {
        Files.writeString(root.resolve("sampling.md"),
                "---\ntitle: Sampling notes\ndate: 2024-05-01\ntags: [notes]\n---\nHow sampling works.\n");
        Files.writeString(root.resolve("other.md"), "---\ntitle: Other\ndate: 2024-05-02\n---\nSomething else.\n");
        collection = TestCollection.open(root, SITE);
        var slots = new SearchSlots(1, mostWaiting, wait, collection.registry());
        var feeds = new Feeds(collection.library(), collection.bodies(), SITE,
                FeedOptions.of(URI.create("https://feeds.blog.example/")), Runnable::run, collection.registry(),
                Optional.empty(), slots);
        server = FeedServer.create(feeds, collection.library(), collection.registry(), false).start("127.0.0.1", 0);
        return slots;
    }

    /** A search that holds the only slot until the test lets it go. */
    private void holdTheSlot(SearchSlots slots) throws InterruptedException {
        holder = CompletableFuture.runAsync(() -> slots.holding(Window.search(20, "held"), slot -> slot.run(() -> {
            held.countDown();
            try {
                letGo.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        })));
        held.await();
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        var uri = URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
        return http.send(HttpRequest.newBuilder(uri).build(), BodyHandlers.ofString());
    }
}
