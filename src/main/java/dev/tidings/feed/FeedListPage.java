package dev.tidings.feed;

import dev.tidings.content.Catalog;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The two lists of every feed: an HTML page for people at {@code /} (with autodiscovery links for readers and
 * browser extensions) and an OPML file at {@code /feeds.opml}. Every value is escaped.
 */
final class FeedListPage {

    static byte[] html(Feeds feeds, Catalog catalog) {
        var site = feeds.site();
        var page = new StringBuilder(8 * 1024);
        page.append("<!DOCTYPE html>\n<html lang=\"").append(escape(site.language())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width\">\n")
                .append("<title>").append(escape(site.title())).append(" · feeds</title>\n");
        for (FeedFormat format : FeedFormat.values()) {
            page.append("<link rel=\"alternate\" type=\"").append(format.mediaType()).append("\" title=\"")
                    .append(escape(site.title())).append("\" href=\"")
                    .append(escape(feeds.url(format, Selection.all(), catalog))).append("\">\n");
        }
        page.append("</head>\n<body>\n<h1>").append(escape(site.title())).append("</h1>\n");
        if (!site.subtitle().isEmpty()) {
            page.append("<p>").append(escape(site.subtitle())).append("</p>\n");
        }
        page.append("<p>Copy a feed's address into your feed reader. All feeds at once: <a href=\"")
                .append(escape(feeds.feedListUrl("feeds.opml")))
                .append("\">feeds.opml</a>.</p>\n<ul>\n");
        item(page, feeds, catalog, Selection.all(), "All articles (" + catalog.articles().size() + ")");
        page.append("</ul>\n");
        section(page, feeds, catalog, "Categories", catalog.categories(), Selection::category);
        section(page, feeds, catalog, "Tags", catalog.tags(), Selection::tag);
        section(page, feeds, catalog, "Authors", catalog.authors(), Selection::author);
        page.append("</body>\n</html>\n");
        return page.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] opml(Feeds feeds, Catalog catalog) {
        var opml = new StringBuilder(8 * 1024);
        opml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n<head><title>")
                .append(escape(feeds.site().title())).append("</title></head>\n<body>\n");
        for (Selection selection : feeds.selections(catalog)) {
            outline(opml, feeds, catalog, selection, FeedFormat.ATOM);
        }
        // The same feeds as JSON Feed, grouped so that importing the file does not subscribe to everything twice.
        opml.append("<outline text=\"JSON Feed\">\n");
        for (Selection selection : feeds.selections(catalog)) {
            outline(opml, feeds, catalog, selection, FeedFormat.JSON);
        }
        opml.append("</outline>\n</body>\n</opml>\n");
        return opml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void outline(StringBuilder opml, Feeds feeds, Catalog catalog, Selection selection,
                                FeedFormat format) {
        opml.append("<outline type=\"rss\" text=\"").append(escape(feeds.title(selection, catalog)))
                .append("\" xmlUrl=\"").append(escape(feeds.url(format, selection, catalog)))
                .append("\" htmlUrl=\"").append(escape(feeds.site().baseUrl().toString())).append("\"/>\n");
    }

    private static void section(StringBuilder page, Feeds feeds, Catalog catalog, String heading, List<Catalog.Term> terms,
                                java.util.function.Function<String, Selection> selection) {
        if (terms.isEmpty()) {
            return;
        }
        page.append("<h2>").append(heading).append("</h2>\n<ul>\n");
        for (Catalog.Term term : terms) {
            item(page, feeds, catalog, selection.apply(term.name()), term.name() + " (" + term.count() + ")");
        }
        page.append("</ul>\n");
    }

    private static void item(StringBuilder page, Feeds feeds, Catalog catalog, Selection selection, String label) {
        page.append("<li>").append(escape(label));
        for (FeedFormat format : FeedFormat.values()) {
            page.append(" · <a href=\"").append(escape(feeds.url(format, selection, catalog))).append("\">")
                    .append(PreviewPage.label(format)).append("</a>");
        }
        page.append("</li>\n");
    }

    /** Escapes text for HTML and XML content and attribute values. */
    static String escape(String text) {
        var out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private FeedListPage() {}
}
