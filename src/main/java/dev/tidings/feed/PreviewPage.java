package dev.tidings.feed;

import static dev.tidings.feed.PageParts.block;
import static dev.tidings.feed.PageParts.line;

import dev.tidings.content.Article;
import dev.tidings.content.Author;
import java.util.Map;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;

/**
 * The HTML page a person gets who opens a feed URL in a browser: what the feed is, how to subscribe (the address to
 * copy, the formats on offer), and its entries with their summaries, formulas shown as written. Every value is
 * escaped; summaries are already allowlisted HTML. It shares its head and stylesheet with the feed list
 * ({@link PageParts}), and its policy ({@link PageStyle}).
 */
final class PreviewPage {
    /** @param query the search the page shows the results of, normalised; empty for none */
    static byte[] write(FeedDocument doc, Map<FeedFormat, String> formats, String feedList, String query) {
        var words = Wording.of(doc.language());
        Element body = PageParts.body(doc.language(), doc.title(), head -> formats.forEach((format, url) ->
                PageParts.alternate(head, format).attr("href", url)));
        Element header = block(body, "header");
        line(header, "h1").text(doc.title());
        if (!doc.subtitle().isEmpty()) {
            line(header, "p").text(doc.subtitle());
        }
        Element subscribe = block(header, "div").addClass("subscribe");
        Element intro = line(subscribe, "p");
        if (words != Wording.english()) {
            intro.appendText(words.feedIntro()).appendElement("br");
            intro.appendText("\n");
        }
        intro.appendText(Wording.english().feedIntro());
        line(subscribe, "p").appendElement("code").text(doc.selfUrl());
        Element links = line(subscribe, "p");
        formats.forEach((format, url) -> {
            links.appendElement("a").attr("href", url).text(PageParts.label(format));
            links.appendText(" · ");
        });
        links.appendElement("a").attr("href", feedList).text(words.allFeeds());
        searchForm(header, doc, query, words);
        Element main = block(body, "main");
        for (FeedDocument.Entry entry : doc.entries()) {
            Article article = entry.article();
            Element item = block(main, "article").attr("lang", article.lang());
            line(item, "h2").appendElement("a").attr("href", article.permalink()).text(article.title());
            Element meta = line(item, "p").addClass("meta");
            meta.appendElement("time").attr("datetime", FeedDates.rfc3339(article.published()))
                    .text(article.published().toLocalDate().toString());
            for (Author author : article.authors()) {
                meta.appendText(" · " + author.name());
            }
            // The summary is allowlisted HTML already: written as it is, not parsed and written again.
            line(item, "div").appendChild(new DataNode(entry.body().summary()));
        }
        return PageParts.bytes(body);
    }

    /**
     * A GET form that searches this feed: it goes to the subscription feed's own URL with {@code ?q=}, whose browser
     * page lists what matched. The action is relative, so the form goes back to the server that sent the page (the
     * policy allows {@code form-action 'self'} only), and the search being shown is echoed in the input.
     */
    private static void searchForm(Element header, FeedDocument doc, String query, Wording words) {
        String feed = doc.paging().archive() ? doc.paging().current() : doc.selfUrl();
        String path = feed.split("\\?", 2)[0];  // the form sends its own q; math and limit are not kept
        String action = path.substring(path.lastIndexOf('/') + 1);
        if (doc.paging().archive()) {
            action = "../" + action;  // from …/archive/3.atom to …/feed.atom
        }
        Element form = block(header, "form").attr("method", "get").attr("action", action).attr("role", "search");
        line(form, "label").attr("for", "search-feed").text(words.searchFeed());
        line(form, "input").attr("id", "search-feed").attr("type", "search").attr("name", "q")
                .attr("maxlength", "100").attr("required", true).attr("value", query);
        line(form, "button").attr("type", "submit").text(words.search());
    }

    private PreviewPage() {}
}
