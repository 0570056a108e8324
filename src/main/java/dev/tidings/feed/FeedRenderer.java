package dev.tidings.feed;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.tidings.content.Article;
import dev.tidings.content.Author;
import dev.tidings.content.Body;
import dev.tidings.content.Catalog;
import dev.tidings.content.Library;
import dev.tidings.content.Site;
import dev.tidings.math.Formulas;
import dev.tidings.math.MathMode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds one document — a selection's newest entries (bounded by count and bytes, optionally searched) or one archive
 * page — and writes it in its format, or as the browser page, with its gzip twin and validators. Thread-safe.
 */
final class FeedRenderer {
    private static final Logger log = LoggerFactory.getLogger(FeedRenderer.class);

    private final Library library;
    private final Site site;
    private final FeedOptions options;
    private final FeedUrls urls;
    private final Formulas formulas;
    private final Cache<Article.Source, Body> mathBodies;
    private final Semaphore renders = new Semaphore(Runtime.getRuntime().availableProcessors(), true);  // FIFO
    private final Cache<FeedCache.Shape, Previous> previousRenders;
    private final Map<FeedCache.Shape, Trim> reportedTrims = new ConcurrentHashMap<>();
    private volatile Timer renderTime = Timer.builder("tidings.render").register(new CompositeMeterRegistry());
    private final AtomWriter atom = new AtomWriter();
    private final RssWriter rss = new RssWriter();
    private final JsonWriter json = new JsonWriter();

    FeedRenderer(Library library, Site site, FeedOptions options, FeedUrls urls, Formulas formulas) {
        this.library = library;
        this.site = site;
        this.options = options;
        this.urls = urls;
        this.formulas = formulas;
        this.previousRenders = Caffeine.newBuilder()
                .maximumWeight(Math.max(1, options.cacheBytes() / 2))
                .weigher((FeedCache.Shape shape, Previous previous) -> previous.feed().weight())
                .build();
        this.mathBodies = Caffeine.newBuilder()
                .maximumWeight(site.bodyCacheBytes())
                .weigher((Article.Source source, Body body) -> 2 * (body.html().length() + body.summary().length()))
                .recordStats()
                .build();
    }

    /** The feed's title: the site's, plus the category, {@code #tag} or author. */
    String title(Selection selection, Catalog catalog) {
        String name = selection.displayName(catalog);
        if (selection instanceof Selection.Named named && named.kind() == Selection.Kind.TAG) {
            return site.title() + " · #" + name;
        }
        return name.isEmpty() ? site.title() : site.title() + " · " + name;
    }

    /** Archive pages of the articles: none is empty (but the one page of an empty collection), the newest may be full. */
    int pages(List<Article> articles) {
        return Math.max(1, (articles.size() + options.archiveSize() - 1) / options.archiveSize());
    }

    /**
     * The document {@code key} asks for, from {@code articles} (the selection's, in {@code catalog}). If the previous
     * catalog's document of the same kind was made of the same entries, links and title, it is reused as it is: an
     * edit to one article re-renders only the feeds it is in. Otherwise at most one render per core runs at a time: a
     * render holds its entries' bodies and a document tree, and a burst of misses (every tag feed at once) must queue
     * rather than exhaust the heap. Hits on the feed cache never get here.
     */
    RenderedFeed render(Catalog catalog, List<Article> articles, FeedCache.Key key) {
        Plan plan = plan(catalog, articles, key);
        FeedCache.Shape shape = key.shape();
        Previous previous = previousRenders.getIfPresent(shape);
        if (previous != null && previous.plan().equals(plan)) {
            return previous.feed();
        }
        try {
            renders.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to render " + key, e);
        }
        long started = System.nanoTime();
        try {
            RenderedFeed feed = write(catalog, plan, key);
            previousRenders.asMap().merge(shape, new Previous(key.catalogVersion(), plan, feed),
                    (old, fresh) -> fresh.catalogVersion() >= old.catalogVersion() ? fresh : old);
            return feed;
        } finally {
            renders.release();
            renderTime.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    void bindMetrics(MeterRegistry registry) {
        renderTime = Timer.builder("tidings.render").description("Rendering a feed document that was not cached")
                .register(registry);
        CaffeineCacheMetrics.monitor(registry, mathBodies, "math_bodies");
        formulas.bindMetrics(registry);
    }

    /**
     * What a document is made of: everything its bytes depend on, so equal plans render equal bytes.
     *
     * @param updated the newest {@code updated} of the chosen articles, else of the whole collection (see
     *                {@link Catalog#lastUpdate}): what the document is dated by if it has no entries
     */
    private record Plan(String id, List<Article> chosen, FeedDocument.Paging paging, String self, String title,
                        boolean complete, OffsetDateTime updated) {}

    private record Previous(long catalogVersion, Plan plan, RenderedFeed feed) {}

    /** The newest document rendered for what {@code key} asks, from whichever catalog; null if there is none. */
    RenderedFeed latest(FeedCache.Key key) {
        Previous previous = previousRenders.getIfPresent(key.shape());
        return previous == null ? null : previous.feed();
    }

    private Plan plan(Catalog catalog, List<Article> articles, FeedCache.Key key) {
        Selection selection = key.selection();
        String title = title(selection, catalog);
        String id = "tag:" + site.idAuthority() + ",2000:" + selection.path(selection.key());
        String self = self(key.format(), catalog, key);
        String links = mathQuery(key.math());  // documents linked to keep the formulas as this one has them
        List<Article> chosen;
        FeedDocument.Paging paging;
        if (key.window() instanceof Window.Archive archive) {
            int pages = pages(articles);
            int page = archive.page();
            int newest = articles.size() - (page - 1) * options.archiveSize();  // exclusive, in newest-first order
            chosen = articles.subList(Math.max(0, newest - options.archiveSize()), newest);
            paging = new FeedDocument.Paging(urls.feed(key.format(), selection, catalog) + links,
                    page > 1 ? urls.archive(key.format(), selection, catalog, page - 1) + links : "",
                    page < pages ? urls.archive(key.format(), selection, catalog, page + 1) + links : "", true);
            return new Plan(id, chosen, paging, self, title, page < pages, updated(chosen, catalog));
        }
        var newest = (Window.Newest) key.window();
        List<Article> matching = newest.query().isEmpty() ? articles : search(articles, newest.query());
        chosen = matching.subList(0, Math.min(newest.limit(), matching.size()));
        paging = newest.query().isEmpty()
                ? new FeedDocument.Paging("", urls.archive(key.format(), selection, catalog, pages(articles)) + links,
                        "", false)
                : new FeedDocument.Paging("", "", "", false);  // a search has no history of its own
        return new Plan(id, chosen, paging, self, title, false, updated(chosen, catalog));
    }

    /**
     * The document's own URL, with the query parameters that make it differ from the plain feed, in a fixed order:
     * {@code limit} (when not the feed's size), {@code math} (when not the site's setting), {@code q}.
     */
    private String self(FeedFormat format, Catalog catalog, FeedCache.Key key) {
        Selection selection = key.selection();
        if (key.window() instanceof Window.Archive archive) {
            return urls.archive(format, selection, catalog, archive.page()) + mathQuery(key.math());
        }
        var newest = (Window.Newest) key.window();
        var query = new StringBuilder();
        if (newest.limit() != site.feedSize()) {
            query.append("&limit=").append(newest.limit());
        }
        if (key.math() != options.math()) {
            query.append("&math=").append(key.math().setting());
        }
        if (!newest.query().isEmpty()) {
            query.append("&q=").append(URLEncoder.encode(newest.query(), StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return urls.feed(format, selection, catalog) + (query.length() == 0 ? "" : "?" + query.substring(1));
    }

    private String mathQuery(MathMode math) {
        return math == options.math() ? "" : "?math=" + math.setting();
    }

    private static OffsetDateTime updated(List<Article> chosen, Catalog catalog) {
        return chosen.stream().map(Article::updated).max(Comparator.comparing(OffsetDateTime::toInstant))
                .orElseGet(catalog::lastUpdate);  // an empty search, or an empty collection: never 1970
    }

    private RenderedFeed write(Catalog catalog, Plan plan, FeedCache.Key key) {
        List<FeedDocument.Entry> entries = entries(plan, key.math());
        if (key.page()) {
            var formats = new EnumMap<FeedFormat, String>(FeedFormat.class);
            for (FeedFormat each : FeedFormat.values()) {
                formats.put(each, self(each, catalog, key));
            }
            FeedDocument doc = document(plan, entries);
            String query = key.window() instanceof Window.Newest newest ? newest.query() : "";
            return rendered("text/html; charset=utf-8", PreviewPage.write(doc, formats, urls.resolve(""), query), doc,
                    plan.complete(), Trim.NONE);
        }
        Fitted fitted = fit(key.format(), plan, entries);
        RenderedFeed feed = rendered(key.format().contentType(), fitted.bytes(), fitted.doc(), plan.complete(),
                fitted.trim());
        report(key, plan.self(), fitted.trim());
        return feed;
    }

    /**
     * What the document {@code key} asks for gives up to stay under {@code max_feed_size}, worked out exactly as a
     * render does, but without compressing or keeping anything: for {@code check}.
     */
    Trim trim(Catalog catalog, List<Article> articles, FeedCache.Key key) {
        Plan plan = plan(catalog, articles, key);
        List<FeedDocument.Entry> entries = entries(plan, key.math());
        if (options.content() == EntryContent.FULL && ByteBudget.fitsEasily(entries, options.maxFeedBytes())) {
            return Trim.NONE;  // most feeds: no need to write them to know
        }
        return fit(key.format(), plan, entries).trim();
    }

    private record Fitted(FeedDocument doc, byte[] bytes, Trim trim) {}

    private List<FeedDocument.Entry> entries(Plan plan, MathMode math) {
        // Rendering formulas is the slow part, and KaTeX has a context per core: use them all.
        return (math == MathMode.MATHML ? plan.chosen().parallelStream() : plan.chosen().stream())
                .map(a -> new FeedDocument.Entry(a, body(a, math), true, Wording.of(a.lang()).readMore()))
                .toList();
    }

    /**
     * The document in {@code format}, its entries full or summarised (or, as a last resort, fewer) to fit the bound, as
     * {@link ByteBudget} decides for every format alike; then checked against this format's real bytes.
     */
    private Fitted fit(FeedFormat format, Plan plan, List<FeedDocument.Entry> entries) {
        long max = options.maxFeedBytes();
        boolean archive = plan.paging().archive();  // keeps every entry, or the history would have holes
        boolean summaries = options.content() == EntryContent.SUMMARY;
        FeedDocument doc = document(plan, ByteBudget.fit(entries, max, summaries, !archive));
        byte[] bytes = write(format, doc);
        while (bytes.length > max && doc.entries().stream().anyMatch(FeedDocument.Entry::full)) {
            // The estimate fell short for this format: give up the text of more of the oldest full entries.
            doc = document(plan, ByteBudget.shed(doc.entries(), bytes.length - max));
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

    /**
     * Logs, once per feed and outcome, that a subscription feed or archive page (as the site sends it) gave up text to
     * stay under the bound: searches, other limits and {@code ?math=} variants are not reported.
     */
    private void report(FeedCache.Key key, String self, Trim trim) {
        boolean reported = key.math() == options.math() && (key.window() instanceof Window.Archive
                || key.window().equals(Window.newest(site.feedSize())));
        if (reported && trim.any() && !trim.equals(reportedTrims.put(key.shape(), trim))) {
            log.info(trim.describe(urls.path(self), options.maxFeedBytes()));
        }
    }

    private FeedDocument document(Plan plan, List<FeedDocument.Entry> entries) {
        OffsetDateTime updated = entries.stream().map(e -> e.article().updated())
                .max(Comparator.comparing(OffsetDateTime::toInstant))
                .orElse(plan.updated());  // no entries: none were chosen
        List<Author> authors = site.authors().isEmpty() ? List.of(Author.named(site.title())) : site.authors();
        return new FeedDocument(plan.id(), plan.title(), site.subtitle(), plan.self(), site.baseUrl().toString(),
                site.language(), updated,
                authors, site.icon(), site.logo(), urls.resolve("categories/"), urls.resolve("tags/"),
                options.ttlMinutes(), options.hub(), plan.paging(), entries);
    }

    private byte[] write(FeedFormat format, FeedDocument doc) {
        return switch (format) {
            case ATOM -> atom.write(doc);
            case RSS -> rss.write(doc);
            case JSON -> json.write(doc);
        };
    }

    /**
     * The article's body and summary, with formulas as MathML when asked (rendered once per article, then cached). With
     * {@code feed_content: summary} only the summary's formulas are rendered: the full text is never sent.
     */
    private Body body(Article article, MathMode math) {
        Body body = library.body(article);
        if (math == MathMode.TEX) {
            return body;
        }
        return mathBodies.get(article.source(), source -> new Body(options.content() == EntryContent.SUMMARY
                ? body.html() : formulas.mathml(body.html()), formulas.mathml(body.summary())));
    }

    /** Articles whose title, categories, tags or text contain every word of the (normalised) query. */
    private List<Article> search(List<Article> articles, String query) {
        String[] words = query.split(" ");
        return articles.stream().filter(article -> {
            String text = Window.normalise(article.title() + " " + String.join(" ", article.categories()) + " "
                    + String.join(" ", article.tags()) + " " + library.text(article));
            return Arrays.stream(words).allMatch(text::contains);
        }).toList();
    }

    private static RenderedFeed rendered(String mediaType, byte[] identity, FeedDocument doc, boolean complete,
                                         Trim trim) {
        return RenderedFeed.of(mediaType, doc.selfUrl(), identity, doc.updated().toInstant(), complete, trim);
    }
}
