package dev.tidings.feed;

import dev.tidings.content.Article;
import dev.tidings.content.Catalog;
import dev.tidings.content.Library;
import dev.tidings.content.Site;
import dev.tidings.math.Formulas;
import dev.tidings.math.MathMode;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * Every feed of the collection — each selection, in each format, its newest entries or one archive page — rendered on
 * first request and cached: {@link #feed} is the one call the HTTP layer makes per request. Thread-safe.
 */
public final class Feeds {
    private final Library library;
    private final Site site;
    private final FeedOptions options;
    private final FeedCache cache;
    private final FeedUrls urls;
    private final FeedRenderer renderer;
    private final FeedLists lists = new FeedLists();

    public Feeds(Library library, Site site, FeedOptions options, Formulas formulas, Executor executor) {
        this.library = library;
        this.site = site;
        this.options = options;
        this.cache = new FeedCache(options.cacheBytes(), executor);
        this.urls = new FeedUrls(options);
        this.renderer = new FeedRenderer(library, site, options, urls, formulas);
    }

    /**
     * Renders the site's subscription feed in every format now (with its formulas, which may take seconds the first
     * time), so that the readers who come first are answered from memory: {@code serve} calls it before it listens.
     */
    public void warm() {
        for (FeedFormat format : FeedFormat.values()) {
            feed(format, Selection.all(), Window.newest(site.feedSize()));
        }
    }

    /**
     * One line for each subscription feed (every format of the site's, each category's, tag's and author's) that sends
     * some entries as summaries, or leaves some out, to stay under {@code max_feed_size}: what {@code check} prints.
     * Formats that gave up the same are named on one line.
     */
    public List<String> trimmed() {
        Catalog catalog = library.current();
        Window window = Window.newest(site.feedSize());
        return selections(catalog).parallelStream().flatMap(selection -> {  // bodies render on every core
            List<Article> articles = selection.select(catalog);
            var byOutcome = new LinkedHashMap<Trim, List<String>>();
            for (FeedFormat format : FeedFormat.values()) {
                var key = new FeedCache.Key(catalog.version(), format, selection, window, options.math(), false);
                Trim trim = renderer.trim(catalog, articles, key);
                if (trim.any()) {
                    byOutcome.computeIfAbsent(trim, t -> new ArrayList<>()).add(urls.path(url(format, selection,
                            catalog)));
                }
            }
            return byOutcome.entrySet().stream().map(e -> e.getKey().describe(String.join(", ", e.getValue()),
                    options.maxFeedBytes()));
        }).toList();
    }

    /**
     * The document from the current catalog; empty when the selection names a category, tag or author no article
     * has, or the archive page does not exist. Requests that mean the same document share one render; while a feed
     * renders, other requests for it get the document as it was before the last change (see {@link FeedCache#get}).
     */
    public Optional<RenderedFeed> feed(FeedFormat format, Selection selection, Window window) {
        return render(format, selection, window, options.math(), false);
    }

    /** The document with formulas as {@code math} asks, whatever the site's setting. */
    public Optional<RenderedFeed> feed(FeedFormat format, Selection selection, Window window, MathMode math) {
        return render(format, selection, window, math, false);
    }

    /** The HTML page of the same document, for a person who opened its URL in a browser. */
    public Optional<RenderedFeed> page(FeedFormat format, Selection selection, Window window, MathMode math) {
        return render(format, selection, window, math, true);
    }

    private Optional<RenderedFeed> render(FeedFormat format, Selection selection, Window window, MathMode math,
                                          boolean page) {
        Catalog catalog = library.current();
        List<Article> articles = selection.select(catalog);
        if (articles.isEmpty() && !(selection instanceof Selection.All)) {
            return Optional.empty();
        }
        if (window instanceof Window.Archive archive && (archive.page() < 1 || archive.page() > renderer.pages(articles))) {
            return Optional.empty();
        }
        var key = new FeedCache.Key(catalog.version(), format, selection, window, math, page);
        return Optional.of(cache.get(key, k -> renderer.render(catalog, articles, k), renderer::latest));
    }

    /** The catalog being served now. */
    public Catalog catalog() {
        return library.current();
    }

    /**
     * The plain bytes of {@code feed}, for a client that does not take gzip. Feeds are kept compressed only; the plain
     * bytes of those asked for this way are kept too, in a smaller cache.
     */
    public byte[] identity(RenderedFeed feed) {
        return cache.identity(feed);
    }

    /** Publishes the feed cache's and rendering's meters, and the library's. */
    public void bindMetrics(MeterRegistry registry) {
        cache.bindMetrics(registry);
        renderer.bindMetrics(registry);
        library.bindMetrics(registry);
    }

    /** Whether the collection folder can be read; if not, the last good catalog is being served. */
    public Library.Health health() {
        return library.health();
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

    /** The absolute URL of archive page {@code page} (1 is the oldest): {@code …/archive/3.atom}. */
    public String archiveUrl(FeedFormat format, Selection selection, Catalog catalog, int page) {
        return urls.archive(format, selection, catalog, page);
    }

    /** The path of one of these URLs below the feeds URL, decoded: {@code tags/C++/feed.atom}. */
    String path(String url) {
        return urls.path(url);
    }

    /** A URL next to the feeds: {@code feeds.opml}, or the empty string for the list page itself. */
    public String feedListUrl(String file) {
        return urls.resolve(file);
    }

    /** The feed's title: the site's, plus the category, {@code #tag} or author. */
    public String title(Selection selection, Catalog catalog) {
        return renderer.title(selection, catalog);
    }

    /** Every feed there is now: the site's, then each category's, tag's and author's, by name. */
    public List<Selection> selections(Catalog catalog) {
        var all = new ArrayList<Selection>();
        all.add(Selection.all());
        catalog.categories().forEach(term -> all.add(Selection.category(term.name())));
        catalog.tags().forEach(term -> all.add(Selection.tag(term.name())));
        catalog.authors().forEach(term -> all.add(Selection.author(term.name())));
        return all;
    }

    /** The Content-Security-Policy for the pages people see: {@link #page} and {@link #listPage}. */
    public String pagePolicy() {
        return PageStyle.POLICY;
    }

    /** The HTML page listing every feed ({@code /}), with autodiscovery links and search forms. */
    public RenderedFeed listPage() {
        return lists.page(this, library.current(), true);
    }

    /** The same page listing only the categories, tags and authors whose name contains every word of {@code query}. */
    public RenderedFeed listPage(String query) {
        return lists.filtered(this, library.current(), query);
    }

    /** The page as a static export writes it: without the search forms, which need a server to answer them. */
    RenderedFeed exportedListPage() {
        return lists.page(this, library.current(), false);
    }

    /** Every feed as OPML. */
    public RenderedFeed opml() {
        return lists.opml(this, library.current());
    }

    /**
     * The subscription feeds (their URLs, in every format) whose bytes differ between two catalogs: the topics to
     * announce to a WebSub hub. Only the site feed and the feeds of articles that were added, removed or changed can
     * differ, so only those are rendered.
     */
    public List<String> changedTopics(Catalog before, Catalog after) {
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
        Window newest = Window.newest(site.feedSize());
        for (Selection selection : affected) {
            for (FeedFormat format : FeedFormat.values()) {
                String etagBefore = etagIn(before, format, selection, newest);
                String etagAfter = etagIn(after, format, selection, newest);
                if (!Objects.equals(etagBefore, etagAfter)) {
                    topics.add(url(format, selection, etagAfter == null ? before : after));
                }
            }
        }
        return topics;
    }

    private String etagIn(Catalog catalog, FeedFormat format, Selection selection, Window window) {
        List<Article> articles = selection.select(catalog);
        if (articles.isEmpty() && !(selection instanceof Selection.All)) {
            return null;
        }
        var key = new FeedCache.Key(catalog.version(), format, selection, window, options.math(), false);
        return cache.get(key, k -> renderer.render(catalog, articles, k), k -> null).etag();  // exactly this catalog's
    }

    private static List<Selection> selectionsOf(Article article) {
        var selections = new ArrayList<Selection>();
        article.categories().forEach(name -> selections.add(Selection.category(name)));
        article.tags().forEach(name -> selections.add(Selection.tag(name)));
        article.authors().forEach(author -> selections.add(Selection.author(author.name())));
        return selections;
    }


}
