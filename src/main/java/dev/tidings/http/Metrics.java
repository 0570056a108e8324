package dev.tidings.http;

import io.javalin.http.Context;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.http.Outcome;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * What {@code /metrics} shows, in Prometheus' text format under Micrometer's conventional names:
 * {@code http.server.requests} by route template, method and status (so the share of 304s can be read off), bytes
 * sent, the caches ({@code cache.*}), rendering, the catalog and reloads, reported subscribers, and the JVM.
 */
final class Metrics {
    private final PrometheusMeterRegistry registry;
    private final Subscribers subscribers;
    private final Set<String> subscriberGauges = ConcurrentHashMap.newKeySet();
    private final Set<String> readerGauges = ConcurrentHashMap.newKeySet();
    private final Map<Route, Meters> routes = new ConcurrentHashMap<>();

    /** @param registry the process's meters (the catalog's, the caches', rendering's), shown with the JVM's */
    Metrics(PrometheusMeterRegistry registry, Subscribers subscribers) {
        this.registry = registry;
        this.subscribers = subscribers;
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /**
     * After each request: its time, by route template (never the raw path), and the bytes it sent.
     *
     * @param route         the route template that answered, {@code NOT_FOUND} if none
     * @param userAgent     as sent, or null
     * @param contentLength the header as sent, or null
     */
    void record(String method, String route, int status, String path, String userAgent, String contentLength,
                float milliseconds) {
        var key = new Route(method, route, status);
        Meters meters = routes.get(key);  // looked up, not built: this runs on every request
        if (meters == null) {
            meters = routes.computeIfAbsent(key, this::meters);
        }
        meters.time().record((long) (milliseconds * 1_000_000), TimeUnit.NANOSECONDS);
        if (contentLength != null && status == 200 && !method.equals("HEAD")) {
            meters.size().record(Long.parseLong(contentLength));
        }
        if ((status == 200 || status == 304) && route.contains("feed.")) {
            subscribers.fetched(path, userAgent);
            registerSubscriberGauges(path);
        }
    }

    /** Method, route template and status: a bounded set, so its meters are made once each. */
    private record Route(String method, String uri, int status) {}

    /** @param size of the bodies of 200 responses; null for other statuses */
    private record Meters(Timer time, DistributionSummary size) {}

    private Meters meters(Route route) {
        Tags tags = Tags.of("method", route.method(), "uri", route.uri(), "status", Integer.toString(route.status()),
                "outcome", Outcome.forStatus(route.status()).name());
        return new Meters(Timer.builder("http.server.requests").tags(tags).register(registry),
                route.status() != 200 ? null : DistributionSummary.builder("http.server.response.size")
                        .baseUnit("bytes").tags(tags).register(registry));
    }

    /** Gauges for what {@code feed}'s readers said, the first time they say it; lock-free when there is nothing new. */
    private void registerSubscriberGauges(String feed) {
        if (subscribers.hasOtherReaders(feed) && !readerGauges.contains(feed) && readerGauges.add(feed)) {
            Gauge.builder("tidings.feed.readers", subscribers, s -> s.otherReaders(feed))
                    .tags("feed", feed).description("Distinct other readers (User-Agents without a count)")
                    .register(registry);
        }
        for (String reader : subscribers.reporting(feed)) {
            String gauge = feed + "\n" + reader;
            if (!subscriberGauges.contains(gauge) && subscriberGauges.add(gauge)) {
                Gauge.builder("tidings.feed.subscribers", subscribers, s -> s.reported(feed, reader))
                        .tags("feed", feed, "reader", reader)
                        .description("Subscribers a reader reports in its User-Agent").register(registry);
            }
        }
    }

    /** {@code /metrics}: every meter now, never cached. */
    void answer(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8");
        Answers.send(ctx, registry.scrape().getBytes(StandardCharsets.UTF_8));
    }
}
