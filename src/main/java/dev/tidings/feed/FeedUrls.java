package dev.tidings.feed;

import dev.tidings.content.Catalog;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Where each feed document lives: absolute URLs below the feeds URL, with names percent-encoded. */
final class FeedUrls {
    private final FeedOptions options;

    FeedUrls(FeedOptions options) {
        this.options = options;
    }

    /** A subscription feed, with the name as the catalog spells it: {@code …/tags/C%2B%2B/feed.atom}. */
    String feed(FeedFormat format, Selection selection, Catalog catalog) {
        return resolve(selection.path(selection.displayName(catalog)) + "." + format.extension());
    }

    /** Archive page {@code page} (1 is the oldest): {@code …/tags/C%2B%2B/archive/3.atom}. */
    String archive(FeedFormat format, Selection selection, Catalog catalog, int page) {
        String feed = selection.path(selection.displayName(catalog));
        return resolve(feed.substring(0, feed.length() - "feed".length()) + "archive/" + page + "." + format.extension());
    }

    /** The path of one of our URLs below the feeds URL, decoded: {@code tags/C++/feed.atom}. */
    String path(String url) {
        String raw = url.substring(resolve("").length());
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    String resolve(String path) {
        return options.feedsUrl().resolve(path).toString();
    }
}
