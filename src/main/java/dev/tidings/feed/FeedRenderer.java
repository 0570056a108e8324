package dev.tidings.feed;

import dev.tidings.content.Article;
import dev.tidings.content.Author;
import dev.tidings.content.Bodies;
import dev.tidings.content.Catalog;
import dev.tidings.content.Site;
import dev.tidings.math.MathMode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * Renders a {@link Plan} to bytes: in its format, its entries full or summarised (or, as a last resort, fewer) to stay
 * under {@code max_feed_size}, or as the browser page; with its gzip twin and validators. A function of the plan and
 * the articles' bodies: it keeps nothing between calls but the bodies' estimated sizes. At most one render per core
 * runs at a time: a render holds its entries' bodies and a document tree, and a burst of misses (every tag feed at
 * once) must queue rather than exhaust the heap. Thread-safe.
 */
final class FeedRenderer {
    private final Site site;
    private final FeedOptions options;
    private final FeedUrls urls;
    private final Entries entries;
    private final Plans plans;
    private final Semaphore renders = new Semaphore(Runtime.getRuntime().availableProcessors(), true);  // FIFO
    private final Timer renderTime;
    private final AtomWriter atom = new AtomWriter();
    private final RssWriter rss = new RssWriter();
    private final JsonWriter json = new JsonWriter();
    private final ByteBudget budget = new ByteBudget();

    /** Publishes {@code tidings.render}, the time of each render. */
    FeedRenderer(Site site, FeedOptions options, FeedUrls urls, Bodies bodies, Plans plans, MeterRegistry registry) {
        this.site = site;
        this.options = options;
        this.urls = urls;
        this.entries = new Entries(bodies);
        this.plans = plans;
        this.renderTime = Timer.builder("tidings.render").description("Rendering a feed document that was not cached")
                .register(registry);
    }

    /** The document {@code plan} describes, as {@code key} asks for it (format, formulas, page or feed). */
    RenderedFeed render(Catalog catalog, Plan plan, FeedCache.Key key) {
        try {
            renders.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to render " + key, e);
        }
        try {
            return renderTime.record(() -> write(catalog, plan, key));
        } finally {
            renders.release();
        }
    }

    private RenderedFeed write(Catalog catalog, Plan plan, FeedCache.Key key) {
        List<FeedDocument.Entry> entries = entries(plan, key.math());
        if (key.page()) {
            var formats = new EnumMap<FeedFormat, String>(FeedFormat.class);
            for (FeedFormat each : FeedFormat.values()) {
                formats.put(each, plans.self(each, catalog, key));
            }
            FeedDocument doc = document(plan, entries);
            String query = key.window() instanceof Window.Newest newest ? newest.query() : "";
            return rendered("text/html; charset=utf-8", PreviewPage.write(doc, formats, urls.resolve(""), query), doc,
                    plan.complete(), Trim.NONE, key.window().polled());
        }
        Fitted fitted = fit(key.format(), plan, entries);
        return rendered(key.format().contentType(), fitted.bytes(), fitted.doc(), plan.complete(), fitted.trim(),
                key.window().polled());
    }

    /**
     * One line for each subscription feed of {@code selections} that gives up text to stay under {@code max_feed_size},
     * the formats that gave up the same named on one line: for {@code check}.
     */
    List<String> trimmed(Catalog catalog, List<Selection> selections) {
        Window window = Window.newest(site.feedSize());
        return selections.parallelStream().flatMap(selection -> {  // bodies render on every core
            List<Article> articles = selection.select(catalog);
            var byOutcome = new LinkedHashMap<Trim, List<String>>();
            for (FeedFormat format : FeedFormat.values()) {
                var key = new FeedCache.Key(catalog.version(), format, selection, window, options.math(), false);
                Trim trim = trim(plans.plan(catalog, articles, key), key);
                if (trim.any()) {
                    byOutcome.computeIfAbsent(trim, t -> new ArrayList<>()).add(urls.path(urls.feed(format, selection,
                            catalog)));
                }
            }
            return byOutcome.entrySet().stream().map(e -> e.getKey().describe(String.join(", ", e.getValue()),
                    options.maxFeedBytes()));
        }).toList();
    }

    /**
     * What the document {@code key} asks for gives up to stay under {@code max_feed_size}, worked out exactly as a
     * render does, but without compressing or keeping anything.
     */
    private Trim trim(Plan plan, FeedCache.Key key) {
        List<FeedDocument.Entry> entries = entries(plan, key.math());
        if (options.content() == EntryContent.FULL && ByteBudget.fitsEasily(entries, options.maxFeedBytes())) {
            return Trim.NONE;  // most feeds: no need to write them to know
        }
        return fit(key.format(), plan, entries).trim();
    }

    private record Fitted(FeedDocument doc, byte[] bytes, Trim trim) {}

    private List<FeedDocument.Entry> entries(Plan plan, MathMode math) {
        return entries.of(plan.chosen(), math);
    }

    /**
     * The document in {@code format}, its entries full or summarised (or, as a last resort, fewer) to fit the bound, as
     * {@link ByteBudget} decides for every format alike; then checked against this format's real bytes.
     */
    private Fitted fit(FeedFormat format, Plan plan, List<FeedDocument.Entry> entries) {
        long max = options.maxFeedBytes();
        boolean archive = plan.paging().archive();  // keeps every entry, or the history would have holes
        boolean summaries = options.content() == EntryContent.SUMMARY;
        FeedDocument doc = document(plan, budget.fit(entries, max, summaries, !archive));
        byte[] bytes = write(format, doc);
        while (bytes.length > max && doc.entries().stream().anyMatch(FeedDocument.Entry::full)) {
            // The estimate fell short for this format: give up the text of more of the oldest full entries.
            doc = document(plan, budget.shed(doc.entries(), bytes.length - max));
            bytes = write(format, doc);
        }
        while (!archive && bytes.length > max && doc.entries().size() > 1) {
            // Still too big (the estimate of the summaries fell short): keep proportionally fewer of the newest
            // entries, at least one fewer each time.
            int keep = (int) Math.max(1, Math.min(doc.entries().size() - 1,
                    (long) doc.entries().size() * max / bytes.length));
            doc = document(plan, doc.entries().subList(0, keep));
            bytes = write(format, doc);
        }
        Trim trim = trimOf(plan, doc);
        return new Fitted(doc, bytes, summaries && trim.dropped() == 0 ? Trim.NONE : trim);
    }

    /** What {@code doc} gave up of the entries {@code plan} chose. */
    private static Trim trimOf(Plan plan, FeedDocument doc) {
        FeedDocument.Entry largest = null;
        int summaries = 0;
        for (FeedDocument.Entry entry : doc.entries()) {
            if (!entry.full()) {
                summaries++;
                if (largest == null || ByteBudget.textBytes(entry) > ByteBudget.textBytes(largest)) {
                    largest = entry;
                }
            }
        }
        int dropped = plan.chosen().size() - doc.entries().size();
        if (summaries == 0 && dropped == 0) {
            return Trim.NONE;
        }
        return new Trim(plan.chosen().size(), summaries, dropped, largest == null ? "" : largest.article().path(),
                largest == null ? 0 : ByteBudget.textBytes(largest));
    }

    private FeedDocument document(Plan plan, List<FeedDocument.Entry> entries) {
        OffsetDateTime updated = entries.stream().map(e -> e.article().updated())
                .max(Comparator.comparing(OffsetDateTime::toInstant))
                .orElse(plan.updated());  // no entries: none were chosen
        List<Author> authors = site.authors().isEmpty() ? List.of(Author.named(site.title())) : site.authors();
        return new FeedDocument(plan.id(), plan.title(), site.subtitle(), plan.self(), site.baseUrl().toString(),
                site.language(), updated,
                authors, site.icon(), site.logo(), site.copyright(), urls.resolve("categories/"), urls.resolve("tags/"),
                options.ttlMinutes(), options.hub(), plan.paging(), entries);
    }

    private byte[] write(FeedFormat format, FeedDocument doc) {
        int size = budget.size(doc.entries());
        return switch (format) {
            case ATOM -> atom.write(doc, size);
            case RSS -> rss.write(doc, size);
            case JSON -> json.write(doc, size);
        };
    }

    private static RenderedFeed rendered(String mediaType, byte[] identity, FeedDocument doc, boolean complete,
                                         Trim trim, boolean polled) {
        return RenderedFeed.of(mediaType, doc.selfUrl(), identity, doc.updated().toInstant(), complete, trim, polled);
    }
}
