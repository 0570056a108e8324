package dev.tidings.feed;

import dev.tidings.content.Article;
import dev.tidings.content.Catalog;
import dev.tidings.content.Site;
import dev.tidings.math.MathMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

/**
 * Works out the {@link Plan} of the document a {@link FeedCache.Key} asks for: which articles (the newest, a search's
 * matches or one archive page), its id, title, self link and the links to its neighbours, keeping the query parameters
 * that make it differ from the plain feed. Thread-safe.
 */
final class Plans {
    private final Site site;
    private final FeedOptions options;
    private final FeedUrls urls;
    private final FeedDirectory directory;
    private final Search search;

    Plans(Site site, FeedOptions options, FeedUrls urls, FeedDirectory directory, Search search) {
        this.site = site;
        this.options = options;
        this.urls = urls;
        this.directory = directory;
        this.search = search;
    }

    /** Archive pages of the articles: none is empty (but the one page of an empty collection), the newest may be full. */
    int pages(List<Article> articles) {
        return pages(articles.size(), options.archiveSize());
    }

    static int pages(int articles, int archiveSize) {
        return Math.max(1, (articles + archiveSize - 1) / archiveSize);
    }

    /** The articles of archive page {@code page} (1 is the oldest) of {@code articles}, newest first. */
    static List<Article> page(List<Article> articles, int page, int archiveSize) {
        int newest = articles.size() - (page - 1) * archiveSize;  // exclusive, in newest-first order
        return articles.subList(Math.max(0, newest - archiveSize), newest);
    }

    /** The plan of the document {@code key} asks for, from {@code articles} (the selection's, in {@code catalog}). */
    Plan plan(Catalog catalog, List<Article> articles, FeedCache.Key key) {
        Selection selection = key.selection();
        String title = directory.title(selection, catalog);
        String id = "tag:" + site.idAuthority() + ",2000:" + selection.path(selection.key());
        String self = self(key.format(), catalog, key);
        String links = mathQuery(key.math());  // documents linked to keep the formulas as this one has them
        if (key.window() instanceof Window.Archive archive) {
            int pages = pages(articles);
            int page = archive.page();
            List<Article> chosen = page(articles, page, options.archiveSize());
            var paging = new FeedDocument.Paging(urls.feed(key.format(), selection, catalog, key.math()) + links,
                    page > 1 ? urls.archive(key.format(), selection, catalog, page - 1, key.math()) + links : "",
                    page < pages ? urls.archive(key.format(), selection, catalog, page + 1, key.math()) + links : "",
                    true);
            return new Plan(id, chosen, paging, self, title, page < pages, updated(chosen, catalog));
        }
        var newest = (Window.Newest) key.window();
        List<Article> chosen = newest.query().isEmpty() ? articles.subList(0, Math.min(newest.limit(), articles.size()))
                : search.matching(catalog, articles, newest.query(), newest.limit());
        var paging = newest.query().isEmpty()
                ? new FeedDocument.Paging("", urls.archive(key.format(), selection, catalog, pages(articles),
                        key.math()) + links, "", false)
                : new FeedDocument.Paging("", "", "", false);  // a search has no history of its own
        return new Plan(id, chosen, paging, self, title, false, updated(chosen, catalog));
    }

    /**
     * The document's own URL, with the query parameters that make it differ from the plain feed, in a fixed order:
     * {@code limit} (when not the feed's size), {@code math} (when not the site's setting nor in the path), {@code q}.
     */
    String self(FeedFormat format, Catalog catalog, FeedCache.Key key) {
        Selection selection = key.selection();
        if (key.window() instanceof Window.Archive archive) {
            return urls.archive(format, selection, catalog, archive.page(), key.math()) + mathQuery(key.math());
        }
        var newest = (Window.Newest) key.window();
        var query = new StringBuilder();
        if (newest.limit() != site.feedSize()) {
            query.append("&limit=").append(newest.limit());
        }
        if (!mathQuery(key.math()).isEmpty()) {
            query.append("&math=").append(key.math().setting());
        }
        if (!newest.query().isEmpty()) {
            query.append("&q=").append(URLEncoder.encode(newest.query(), StandardCharsets.UTF_8).replace("+", "%20"));
        }
        String feed = urls.feed(format, selection, catalog, key.math());
        return feed + (query.length() == 0 ? "" : "?" + query.substring(1));
    }

    /** {@code ?math=} when not the site's setting, unless the path says it (the images' variant). */
    private String mathQuery(MathMode math) {
        return math == options.math() || !urls.variant(math).isEmpty() ? "" : "?math=" + math.setting();
    }

    private static OffsetDateTime updated(List<Article> chosen, Catalog catalog) {
        return chosen.stream().map(Article::updated).max(Comparator.comparing(OffsetDateTime::toInstant))
                .orElseGet(catalog::lastUpdate);  // an empty search, or an empty collection: never 1970
    }
}
