package dev.tidings.feed;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.tidings.content.Catalog;
import java.time.Instant;

/**
 * The feed list page and the OPML file, rendered once per catalog version and kept with their gzip bytes and
 * validators, like feeds. A page filtered by a search is rendered per request: rare, cheap, and too varied to keep.
 * Thread-safe.
 */
final class FeedLists {
    private static final String HTML = "text/html; charset=utf-8";

    // With the version in the key a change needs no invalidation; the old version's documents are evicted by size.
    private final Cache<Key, RenderedFeed> rendered = Caffeine.newBuilder().maximumSize(6).build();
    private final FeedDirectory feeds;

    FeedLists(FeedDirectory feeds) {
        this.feeds = feeds;
    }

    private enum Document { PAGE, EXPORTED_PAGE, OPML }

    private record Key(long catalogVersion, Document document) {}

    /** @param forms with the search forms (what the server answers), else as a static export writes it */
    RenderedFeed page(Catalog catalog, boolean forms) {
        return rendered.get(new Key(catalog.version(), forms ? Document.PAGE : Document.EXPORTED_PAGE),
                key -> of(HTML, feeds.feedListUrl(""), FeedListPage.html(feeds, catalog, "", forms), catalog));
    }

    RenderedFeed filtered(Catalog catalog, String query) {
        return of(HTML, feeds.feedListUrl(""), FeedListPage.html(feeds, catalog, query, true), catalog);
    }

    RenderedFeed opml(Catalog catalog) {
        return rendered.get(new Key(catalog.version(), Document.OPML), key -> of("text/x-opml; charset=utf-8",
                feeds.feedListUrl("feeds.opml"), OpmlFile.write(feeds, catalog), catalog));
    }

    /**
     * Last-Modified: the newest {@code updated} of the catalog's articles, as for feeds, never the time of rendering;
     * for an empty collection, when it was loaded (never 1970).
     */
    private static RenderedFeed of(String mediaType, String self, byte[] bytes, Catalog catalog) {
        Instant updated = catalog.lastUpdate().toInstant();
        return RenderedFeed.of(mediaType, self, bytes, updated, false, Trim.NONE);
    }
}
