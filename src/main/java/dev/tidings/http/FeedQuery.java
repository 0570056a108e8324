package dev.tidings.http;

import dev.tidings.content.Taxonomy;
import dev.tidings.feed.FeedFormat;
import dev.tidings.feed.Selection;
import dev.tidings.feed.Window;
import dev.tidings.math.MathMode;
import io.javalin.http.Context;
import java.util.List;

/**
 * What a feed request asks for beyond its route: the window ({@code ?limit=}, {@code ?q=}), the formulas
 * ({@code ?math=}), the category, tag or author named in the path, the archive page named by its file. A value out of
 * bounds is a 400 (or a 404 for a name that names nothing) saying what would be accepted; other parameters are ignored.
 */
final class FeedQuery {
    private final int feedSize;
    private final int maxLimit;
    private final MathMode math;

    /** @param math the site's setting, when the request does not ask */
    FeedQuery(int feedSize, int maxLimit, MathMode math) {
        this.feedSize = feedSize;
        this.maxLimit = maxLimit;
        this.math = math;
    }

    /** The subscription window: {@code ?limit=} entries (the feed's size when absent), and {@code ?q=} if given. */
    Window newest(Context ctx) {
        if (ctx.queryString() == null) {
            return subscription();  // a reader polling its feed: no query string to parse
        }
        int limit = limit(ctx);
        List<String> queries = ctx.queryParams("q");
        if (queries.isEmpty()) {
            return Window.newest(limit);
        }
        String query = queries.get(0);
        if (queries.size() > 1 || query.isBlank() || query.length() > 100) {
            throw new ClientError(400, "q must be given once, as 1 to 100 characters of words to search for");
        }
        return Window.search(limit, query);
    }

    /** The window of a request without a query string: the feed's newest entries. */
    Window subscription() {
        return Window.newest(feedSize);
    }

    /** The site's own setting for formulas: what a request without {@code ?math=} gets. */
    MathMode math() {
        return math;
    }

    /** {@code ?math=mathml|tex|images}, else the site's setting. */
    MathMode math(Context ctx) {
        if (ctx.queryString() == null) {
            return math();
        }
        List<String> values = ctx.queryParams("math");
        if (values.isEmpty()) {
            return math;
        }
        return MathMode.parse(values.get(0)).filter(mode -> values.size() == 1).orElseThrow(() -> new ClientError(400,
                "math must be given once, as mathml, tex or images"));
    }

    /** The feed of the category, tag or author the path names. */
    static Selection named(Context ctx, Taxonomy taxonomy) {
        String name = ctx.pathParam("name");
        if (name.isBlank()) {
            throw new ClientError(404, "No name in the path.");
        }
        return Selection.of(taxonomy, name);
    }

    /** An archive page: its number (1 is the oldest) and format. */
    record ArchiveFile(int page, FeedFormat format) {}

    /** {@code 3.atom} → page 3 in Atom. */
    static ArchiveFile archiveFile(String file) {
        int dot = file.lastIndexOf('.');
        if (dot > 0 && file.substring(0, dot).matches("[1-9]\\d{0,8}")) {
            for (FeedFormat format : FeedFormat.values()) {
                if (format.extension().equals(file.substring(dot + 1))) {
                    return new ArchiveFile(Integer.parseInt(file.substring(0, dot)), format);
                }
            }
        }
        throw new ClientError(404, "No such archive page; they are named like 1.atom, 2.rss, 3.json.");
    }

    /** {@code ?limit=N}, 1 to the configured maximum; the feed's size when absent. */
    private int limit(Context ctx) {
        List<String> values = ctx.queryParams("limit");
        if (values.isEmpty()) {
            return feedSize;
        }
        String raw = values.get(0);
        if (values.size() > 1 || !raw.matches("\\d{1,9}") || Integer.parseInt(raw) < 1
                || Integer.parseInt(raw) > maxLimit) {
            throw new ClientError(400, "limit must be given once, as a whole number from 1 to " + maxLimit
                    + ", but was '" + String.join("', '", values).replaceAll("[\\p{Cntrl}]", "?") + "'");
        }
        return Integer.parseInt(raw);
    }
}
