package dev.tidings.feed;

import dev.tidings.content.Article;
import dev.tidings.content.Bodies;
import dev.tidings.content.Catalog;
import dev.tidings.content.Library;
import dev.tidings.content.Site;
import dev.tidings.feed.FeedCache.Older;
import dev.tidings.math.MathMode;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Every feed of the collection — each selection, in each format, its newest entries or one archive page — rendered on
 * first request and cached: {@link #feed} is the one call the HTTP layer makes per request. A request goes one way:
 * the current catalog, the document's {@link Plan}, the {@link FeedCache} (a hit ends here), the {@link FeedRenderer}
 * with the articles' bodies from {@link Bodies}, and back as bytes. Thread-safe.
 */
public final class Feeds {
    private final Library library;
    private final Site site;
    private final FeedOptions options;
    private final FeedCache cache;
    private final FeedUrls urls;
    private final FeedDirectory directory;
    private final Search search;
    private final Plans plans;
    private final FeedRenderer renderer;
    private final TrimLog trims;
    private final FeedLists lists;
    private final FormulaFiles formulaFiles;
    private final SearchSlots slots;

    /** Publishes the feed cache's and rendering's meters to {@code registry}; keeps the search index in memory. */
    public Feeds(Library library, Bodies bodies, Site site, FeedOptions options, Executor executor, MeterRegistry registry) {
        this(library, bodies, site, options, executor, registry, Optional.empty());
    }

    /** @param searchIndex the folder where the search index is kept across restarts; empty for memory only */
    public Feeds(Library library, Bodies bodies, Site site, FeedOptions options, Executor executor,
                 MeterRegistry registry, Optional<Path> searchIndex) {
        this(library, bodies, site, options, executor, registry, searchIndex, SearchSlots.forCores(registry));
    }

    Feeds(Library library, Bodies bodies, Site site, FeedOptions options, Executor executor, MeterRegistry registry,
          Optional<Path> searchIndex, SearchSlots slots) {
        this.library = library;
        this.slots = slots;
        this.site = site;
        this.options = options;
        this.cache = new FeedCache(options.cacheBytes(), executor, registry);
        this.urls = new FeedUrls(options);
        this.directory = new FeedDirectory(site, urls);
        this.search = new Search(bodies, library, searchIndex);
        this.plans = new Plans(site, options, urls, directory, search);
        this.renderer = new FeedRenderer(site, options, urls, bodies, plans, registry);
        this.trims = new TrimLog(site, options, urls);
        this.lists = new FeedLists(directory);
        this.formulaFiles = new FormulaFiles(bodies, urls);
    }

    /** As {@link #feed}, but never a document the last run kept: for the renders ahead of requests. */
    Optional<RenderedFeed> rendered(FeedFormat format, Selection selection, Window window) {
        return render(format, selection, window, options.math(), false, Older.RENDERED);
    }

    /** The server stops: the search index, if it is being built, stops quietly with it. */
    public void stop() {
        search.stop();
    }

    /** Starts building the search index in the background: once the feeds readers poll are rendered ahead of them. */
    public void startSearch() {
        search.start();
    }

    /**
     * One line for each subscription feed (every format of the site's, each category's, tag's and author's) that sends
     * some entries as summaries, or leaves some out, to stay under {@code max_feed_size}: what {@code check} prints.
     * Formats that gave up the same are named on one line.
     */
    public List<String> trimmed() {
        Catalog catalog = library.current();
        return renderer.trimmed(catalog, directory.selections(catalog));
    }

    /**
     * The document from the current catalog; empty when the selection names a category, tag or author no article
     * has, or the archive page does not exist. Requests that mean the same document share one render; while a feed
     * renders, other requests for it get the document as it was before the last change (see {@link FeedCache#get}),
     * and until it is first rendered after a start, the one the last run kept, if {@link KeptFeeds} holds it.
     */
    public Optional<RenderedFeed> feed(FeedFormat format, Selection selection, Window window) {
        return render(format, selection, window, options.math(), false, Older.KEPT);
    }

    /** The document with formulas as {@code math} asks, whatever the site's setting. */
    public Optional<RenderedFeed> feed(FeedFormat format, Selection selection, Window window, MathMode math) {
        return render(format, selection, window, math, false, Older.KEPT);
    }

    /** The HTML page of the same document, for a person who opened its URL in a browser. */
    public Optional<RenderedFeed> page(FeedFormat format, Selection selection, Window window, MathMode math) {
        return render(format, selection, window, math, true, Older.KEPT);
    }

    private Optional<RenderedFeed> render(FeedFormat format, Selection selection, Window window, MathMode math,
                                          boolean page, Older stale) {
        Catalog catalog = library.current();
        return cached(catalog, new FeedCache.Key(catalog.version(), format, selection, window, math, page), stale);
    }

    private Optional<RenderedFeed> cached(Catalog catalog, FeedCache.Key key, Older stale) {
        List<Article> articles = key.selection().select(catalog);
        if (articles.isEmpty() && !(key.selection() instanceof Selection.All)) {
            return Optional.empty();
        }
        if (key.window() instanceof Window.Archive archive
                && (archive.page() < 1 || archive.page() > plans.pages(articles))) {
            return Optional.empty();
        }
        return Optional.of(slots.holding(key.window(), slot -> cache.get(key, () -> slot.run(() -> plans.plan(catalog,
                articles, key)), plan -> slot.run(() -> trims.reported(key, renderer.render(catalog, plan, key))), stale)));
    }

    /** A formula image the bodies link to, by its file name below {@code formulas/} ({@code <hash>.svg}). */
    public Optional<RenderedFeed> formulaImage(String file) {
        return formulaFiles.file(file, library.current());
    }

    FeedCache cache() {
        return cache;
    }

    public Catalog catalog() {  // the one being served now
        return library.current();
    }

    /** The plain bytes of {@code feed}, for a client without gzip (kept too, in a smaller cache). */
    public byte[] identity(RenderedFeed feed) {
        return cache.identity(feed);
    }

    public Site site() {
        return site;
    }

    public FeedOptions options() {
        return options;
    }

    /** The absolute URL of a subscription feed, with the name as the catalog spells it. */
    public String url(FeedFormat format, Selection selection, Catalog catalog) {
        return urls.feed(format, selection, catalog);
    }

    /** The path of one of these URLs below the feeds URL, decoded: {@code tags/C++/feed.atom}. */
    String path(String url) {
        return urls.path(url);
    }

    /** The feed's title: the site's, plus the category, {@code #tag} or author. */
    public String title(Selection selection, Catalog catalog) {
        return directory.title(selection, catalog);
    }

    /** Every feed there is now: the site's, then each category's, tag's and author's, by name. */
    public List<Selection> selections(Catalog catalog) {
        return directory.selections(catalog);
    }

    /** The HTML page listing every feed ({@code /}), with autodiscovery links and search forms. */
    public RenderedFeed listPage() {
        return lists.page(library.current(), true);
    }

    /** The same page listing only the categories, tags and authors whose name contains every word of {@code query}. */
    public RenderedFeed listPage(String query) {
        return lists.filtered(library.current(), query);
    }

    /** The page as a static export writes it: without the search forms, which need a server to answer them. */
    RenderedFeed exportedListPage() {
        return lists.page(library.current(), false);
    }

    /** Every feed as OPML. */
    public RenderedFeed opml() {
        return lists.opml(library.current());
    }

    /** The ETag of the subscription feed in exactly {@code catalog} (never the one before it); empty if it has none. */
    Optional<String> etag(Catalog catalog, FeedFormat format, Selection selection) {
        return cached(catalog, new FeedCache.Key(catalog.version(), format, selection, Window.newest(site.feedSize()),
                options.math(), false), Older.NONE).map(RenderedFeed::etag);
    }
}
