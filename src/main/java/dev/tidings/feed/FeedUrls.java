package dev.tidings.feed;

import dev.tidings.content.Catalog;
import dev.tidings.math.MathMode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Where each feed document lives: absolute URLs below the feeds URL, with names percent-encoded. The variant with
 * formulas as images (unless the site sends images anyway) lives below {@value FeedOptions#IMAGES}, so that a static
 * export has it as files too.
 */
final class FeedUrls {
    private final FeedOptions options;

    FeedUrls(FeedOptions options) {
        this.options = options;
    }

    /** A subscription feed, with the name as the catalog spells it: {@code …/tags/C%2B%2B/feed.atom}. */
    String feed(FeedFormat format, Selection selection, Catalog catalog) {
        return feed(format, selection, catalog, options.math());
    }

    /** The feed with formulas as {@code math} asks: {@code …/math-images/tags/C%2B%2B/feed.atom} for images. */
    String feed(FeedFormat format, Selection selection, Catalog catalog, MathMode math) {
        return resolve(variant(math) + selection.path(selection.displayName(catalog)) + "." + format.extension());
    }

    /** Archive page {@code page} (1 is the oldest): {@code …/tags/C%2B%2B/archive/3.atom}. */
    String archive(FeedFormat format, Selection selection, Catalog catalog, int page) {
        return archive(format, selection, catalog, page, options.math());
    }

    String archive(FeedFormat format, Selection selection, Catalog catalog, int page, MathMode math) {
        String feed = selection.path(selection.displayName(catalog));
        return resolve(variant(math) + feed.substring(0, feed.length() - "feed".length()) + "archive/" + page + "."
                + format.extension());
    }

    /** The path prefix of the documents with formulas as {@code math}: the images' variant's, or none. */
    String variant(MathMode math) {
        return math == MathMode.IMAGES && options.math() != MathMode.IMAGES ? FeedOptions.IMAGES : "";
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
