package dev.tidings.feed;

import static dev.tidings.feed.FeedListPage.escape;

import dev.tidings.content.Article;
import dev.tidings.content.Author;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The HTML page a person gets who opens a feed URL in a browser: what the feed is, how to subscribe (the address to
 * copy, the formats on offer), and its entries with their summaries, formulas shown as written. Every value is
 * escaped; summaries are already allowlisted HTML. It shares its stylesheet and policy with the feed list
 * ({@link PageStyle}).
 */
final class PreviewPage {
    /** @param query the search the page shows the results of, normalised; empty for none */
    static byte[] write(FeedDocument doc, Map<FeedFormat, String> formats, String feedList, String query) {
        var words = Wording.of(doc.language());
        var page = new StringBuilder(32 * 1024);
        page.append("<!DOCTYPE html>\n<html lang=\"").append(escape(doc.language())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width\">\n")
                .append("<title>").append(escape(doc.title())).append("</title>\n");
        formats.forEach((format, url) -> page.append("<link rel=\"alternate\" type=\"").append(format.mediaType())
                .append("\" href=\"").append(escape(url)).append("\">\n"));
        page.append("<style>").append(PageStyle.CSS).append("</style>\n</head>\n<body>\n<header>\n<h1>")
                .append(escape(doc.title())).append("</h1>\n");
        if (!doc.subtitle().isEmpty()) {
            page.append("<p>").append(escape(doc.subtitle())).append("</p>\n");
        }
        page.append("<div class=\"subscribe\">\n<p>");
        if (words != Wording.english()) {
            page.append(escape(words.feedIntro())).append("<br>\n");
        }
        page.append(escape(Wording.english().feedIntro())).append("</p>\n<p><code>")
                .append(escape(doc.selfUrl())).append("</code></p>\n<p>")
                .append(formats.entrySet().stream().map(e -> "<a href=\"" + escape(e.getValue()) + "\">"
                        + label(e.getKey()) + "</a>").collect(Collectors.joining(" · ")))
                .append(" · <a href=\"").append(escape(feedList)).append("\">")
                .append(escape(words.allFeeds())).append("</a></p>\n</div>\n");
        searchForm(page, doc, query, words);
        page.append("</header>\n<main>\n");
        for (FeedDocument.Entry entry : doc.entries()) {
            Article article = entry.article();
            page.append("<article lang=\"").append(escape(article.lang())).append("\">\n<h2><a href=\"")
                    .append(escape(article.permalink())).append("\">").append(escape(article.title()))
                    .append("</a></h2>\n<p class=\"meta\"><time datetime=\"")
                    .append(XmlBytes.rfc3339(article.published())).append("\">")
                    .append(article.published().toLocalDate()).append("</time>");
            for (Author author : article.authors()) {
                page.append(" · ").append(escape(author.name()));
            }
            page.append("</p>\n<div>").append(entry.body().summary()).append("</div>\n</article>\n");
        }
        page.append("</main>\n</body>\n</html>\n");
        return page.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String label(FeedFormat format) {
        return switch (format) {
            case ATOM -> "Atom";
            case RSS -> "RSS";
            case JSON -> "JSON Feed";
        };
    }

    /**
     * A GET form that searches this feed: it goes to the subscription feed's own URL with {@code ?q=}, whose browser
     * page lists what matched. The action is relative, so the form goes back to the server that sent the page (the
     * policy allows {@code form-action 'self'} only), and the search being shown is echoed in the input.
     */
    private static void searchForm(StringBuilder page, FeedDocument doc, String query, Wording words) {
        String feed = doc.paging().archive() ? doc.paging().current() : doc.selfUrl();
        String path = feed.split("\\?", 2)[0];  // the form sends its own q; math and limit are not kept
        String action = path.substring(path.lastIndexOf('/') + 1);
        if (doc.paging().archive()) {
            action = "../" + action;  // from …/archive/3.atom to …/feed.atom
        }
        page.append("<form method=\"get\" action=\"").append(escape(action)).append("\" role=\"search\">\n")
                .append("<label for=\"search-feed\">").append(escape(words.searchFeed())).append("</label>\n")
                .append("<input id=\"search-feed\" type=\"search\" name=\"q\" maxlength=\"100\" required value=\"")
                .append(escape(query)).append("\">\n<button type=\"submit\">").append(escape(words.search()))
                .append("</button>\n</form>\n");
    }

    private PreviewPage() {}
}
