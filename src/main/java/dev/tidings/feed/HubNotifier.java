package dev.tidings.feed;

import dev.tidings.content.Article;
import dev.tidings.content.Catalog;
import dev.tidings.content.Taxonomy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a WebSub hub which feeds changed: after each catalog change, a {@code hub.mode=publish} POST for every
 * subscription feed whose bytes changed, and for no other. Works on its own thread, so no request ever waits for it;
 * a failed ping is retried with exponential backoff, and every outcome is logged.
 */
public final class HubNotifier implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HubNotifier.class);

    private final Feeds feeds;
    private final URI hub;
    private final HttpClient http;
    private final Duration firstRetry;
    private final int attempts;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "tidings-websub");
        thread.setDaemon(true);
        return thread;
    });

    /** @param firstRetry wait before the second attempt; each later wait doubles, up to {@code attempts} in all */
    public HubNotifier(Feeds feeds, String hub, Duration firstRetry, int attempts) {
        this.feeds = feeds;
        this.hub = URI.create(hub);
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        this.firstRetry = firstRetry;
        this.attempts = attempts;
    }

    /** A {@link dev.tidings.content.Library#onChange} listener. */
    public void changed(Catalog before, Catalog after) {
        scheduler.execute(() -> {
            try {
                changedTopics(before, after).forEach(topic -> publish(topic, 1));
            } catch (RuntimeException e) {
                log.warn("WebSub: could not work out which feeds changed in catalog v{}: {}", after.version(), e.toString());
            }
        });
    }

    /**
     * The subscription feeds (their URLs, in every format) whose bytes differ between two catalogs: the topics to
     * announce to a WebSub hub. Only the site feed and the feeds of articles that were added, removed or changed can
     * differ, so only those are rendered.
     */
    private List<String> changedTopics(Catalog before, Catalog after) {
        var affected = new LinkedHashSet<Selection>();
        affected.add(Selection.all());
        Map<String, Article> old = new HashMap<>();
        before.articles().forEach(a -> old.put(a.id(), a));
        Set<String> seen = new HashSet<>();
        for (Article article : after.articles()) {
            seen.add(article.id());
            Article previous = old.get(article.id());
            if (!article.equals(previous)) {
                affected.addAll(selectionsOf(article));
                if (previous != null) {
                    affected.addAll(selectionsOf(previous));
                }
            }
        }
        before.articles().stream().filter(a -> !seen.contains(a.id())).forEach(a -> affected.addAll(selectionsOf(a)));
        var topics = new ArrayList<String>();
        for (Selection selection : affected) {
            for (FeedFormat format : FeedFormat.values()) {
                Optional<String> etagBefore = feeds.etag(before, format, selection);
                Optional<String> etagAfter = feeds.etag(after, format, selection);
                if (!Objects.equals(etagBefore, etagAfter)) {
                    topics.add(feeds.url(format, selection, etagAfter.isEmpty() ? before : after));
                }
            }
        }
        return topics;
    }

    private static List<Selection> selectionsOf(Article article) {
        var selections = new ArrayList<Selection>();
        for (Taxonomy taxonomy : Taxonomy.values()) {
            taxonomy.names(article).forEach(name -> selections.add(Selection.of(taxonomy, name)));
        }
        return selections;
    }

    private void publish(String topic, int attempt) {
        String form = "hub.mode=publish&hub.url=" + URLEncoder.encode(topic, StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(hub).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            if (error == null && response.statusCode() / 100 == 2) {
                log.info("WebSub: told {} that {} changed ({})", hub, topic, response.statusCode());
                return;
            }
            String outcome = error != null ? error.toString() : "HTTP " + response.statusCode();
            if (attempt >= attempts) {
                log.warn("WebSub: gave up telling {} that {} changed after {} attempts: {}", hub, topic, attempt,
                        outcome);
                return;
            }
            long delay = firstRetry.toMillis() << (attempt - 1);
            log.warn("WebSub: {} did not take {} ({}); retrying in {} ms", hub, topic, outcome, delay);
            scheduler.schedule(() -> publish(topic, attempt + 1), delay, TimeUnit.MILLISECONDS);
        });
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
