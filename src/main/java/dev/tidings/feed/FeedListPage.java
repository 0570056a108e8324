package dev.tidings.feed;

import dev.tidings.content.Catalog;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import dev.tidings.content.Taxonomy;
import java.util.ArrayList;

/**
 * The two lists of every feed: an HTML page for people at {@code /} (with autodiscovery links for readers and
 * browser extensions) and an OPML file at {@code /feeds.opml}. The page is in the blog's language, styled like a
 * feed's browser page, groups the feeds by category, tag and author with their article counts, and runs no script:
 * its two search forms are answered by the server. Every value is escaped.
 */
final class FeedListPage {
    /** How many names of a group are listed, the most used first, before the rest are folded away. */
    static final int SHOWN = 30;

    /**
     * @param query only the categories, tags and authors whose name contains every word of it (empty: all)
     * @param forms with the search forms, which need a server to answer them (not in a static export)
     */
    static byte[] html(FeedDirectory feeds, Catalog catalog, String query, boolean forms) {
        var site = feeds.site();
        var words = Wording.of(site.language());
        String siteFeed = feeds.url(FeedFormat.ATOM, Selection.all(), catalog);
        var page = new StringBuilder(16 * 1024);
        page.append("<!DOCTYPE html>\n<html lang=\"").append(escape(site.language())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width\">\n")
                .append("<title>").append(escape(site.title())).append(" · ").append(escape(words.feedsTitle()))
                .append("</title>\n");
        for (FeedFormat format : FeedFormat.values()) {
            page.append("<link rel=\"alternate\" type=\"").append(format.mediaType()).append("\" title=\"")
                    .append(escape(site.title())).append("\" href=\"")
                    .append(escape(feeds.url(format, Selection.all(), catalog))).append("\">\n");
        }
        page.append("<style>").append(PageStyle.CSS).append("</style>\n</head>\n<body>\n<header>\n<h1>")
                .append(escape(site.title())).append("</h1>\n");
        if (!site.subtitle().isEmpty()) {
            page.append("<p>").append(escape(site.subtitle())).append("</p>\n");
        }
        page.append("<div class=\"subscribe\">\n<p>");
        if (words != Wording.english()) {
            page.append(escape(words.listIntro())).append("<br>\n");
        }
        page.append(escape(Wording.english().listIntro())).append("</p>\n<p>").append(escape(words.siteFeed()))
                .append(" <span class=\"count\">").append(escape(words.articleCount(catalog.articles().size())))
                .append("</span><br>\n<code>").append(escape(siteFeed)).append("</code></p>\n<p>");
        links(page, feeds, catalog, Selection.all());
        String opml = "<a href=\"" + escape(feeds.feedListUrl("feeds.opml")) + "\">feeds.opml</a>";
        page.append("</p>\n<p>").append(escape(words.importAll()).replace("%s", opml)).append("</p>\n</div>\n");
        if (forms) {
            // Relative, so that it goes back to the server that sent the page (form-action 'self'), wherever that is.
            page.append("<form method=\"get\" action=\"feed.atom\" role=\"search\">\n")
                    .append("<label for=\"search-articles\">").append(escape(words.searchSite())).append("</label>\n")
                    .append("<input id=\"search-articles\" type=\"search\" name=\"q\" maxlength=\"100\" required>\n")
                    .append("<button type=\"submit\">").append(escape(words.search())).append("</button>\n</form>\n");
        }
        page.append("</header>\n<main>\n<h2>").append(escape(words.whichFormat()))
                .append("</h2>\n<dl class=\"formats\">\n");
        for (FeedFormat format : FeedFormat.values()) {
            page.append("<dt>").append(PreviewPage.label(format)).append("</dt><dd>").append(escape(switch (format) {
                case ATOM -> words.atom();
                case RSS -> words.rss();
                case JSON -> words.json();
            })).append("</dd>\n");
        }
        page.append("</dl>\n");
        String[] filter = query.isEmpty() ? new String[0] : Window.normalise(query).split(" ");
        var groups = new ArrayList<Group>();
        for (Taxonomy taxonomy : Taxonomy.values()) {
            groups.add(new Group(taxonomy, words.heading(taxonomy), matching(catalog.terms(taxonomy), filter)));
        }
        if (forms) {
            page.append("<form method=\"get\" action=\"./\" role=\"search\">\n")
                    .append("<label for=\"find-feeds\">").append(escape(words.findFeed())).append("</label>\n")
                    .append("<input id=\"find-feeds\" type=\"search\" name=\"q\" maxlength=\"100\" value=\"")
                    .append(escape(query)).append("\">\n<button type=\"submit\">").append(escape(words.find()))
                    .append("</button>\n</form>\n");
        }
        if (!query.isEmpty()) {
            int found = groups.stream().mapToInt(group -> group.terms().size()).sum();
            page.append("<p>").append(escape(found == 0 ? words.noneFound(query) : words.found(query, found)))
                    .append(" · <a href=\"./\">").append(escape(words.showAll())).append("</a></p>\n");
        }
        for (Group group : groups) {
            group(page, feeds, catalog, words, group);
        }
        page.append("</main>\n</body>\n</html>\n");
        return page.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] opml(FeedDirectory feeds, Catalog catalog) {
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

    private static void outline(StringBuilder opml, FeedDirectory feeds, Catalog catalog, Selection selection,
                                FeedFormat format) {
        opml.append("<outline type=\"rss\" text=\"").append(escape(feeds.title(selection, catalog)))
                .append("\" xmlUrl=\"").append(escape(feeds.url(format, selection, catalog)))
                .append("\" htmlUrl=\"").append(escape(feeds.site().baseUrl().toString())).append("\"/>\n");
    }

    private record Group(Taxonomy taxonomy, String heading, List<Catalog.Term> terms) {}

    /** The terms whose name contains every word, most used first (then by name). */
    private static List<Catalog.Term> matching(List<Catalog.Term> terms, String[] words) {
        return terms.stream()
                .filter(term -> Arrays.stream(words).allMatch(Window.normalise(term.name())::contains))
                .sorted(Comparator.comparingInt(Catalog.Term::count).reversed()
                        .thenComparing(term -> Catalog.key(term.name())))
                .toList();
    }

    /** The first {@link #SHOWN} terms, then the rest by name inside a {@code <details>} a reader can open. */
    private static void group(StringBuilder page, FeedDirectory feeds, Catalog catalog, Wording words, Group group) {
        List<Catalog.Term> terms = group.terms();
        if (terms.isEmpty()) {
            return;
        }
        page.append("<section id=\"").append(group.taxonomy().collection()).append("\">\n<h2>").append(escape(group.heading()))
                .append(" <span class=\"count\">").append(terms.size()).append("</span></h2>\n");
        items(page, feeds, catalog, words, group, terms.subList(0, Math.min(SHOWN, terms.size())));
        if (terms.size() > SHOWN) {
            List<Catalog.Term> rest = terms.subList(SHOWN, terms.size()).stream()
                    .sorted(Comparator.comparing(term -> Catalog.key(term.name()))).toList();
            page.append("<details>\n<summary>")
                    .append(escape(words.more(rest.size(), group.heading(), terms.size()))).append("</summary>\n");
            items(page, feeds, catalog, words, group, rest);
            page.append("</details>\n");
        }
        page.append("</section>\n");
    }

    private static void items(StringBuilder page, FeedDirectory feeds, Catalog catalog, Wording words, Group group,
                              List<Catalog.Term> terms) {
        page.append("<ul class=\"feeds\">\n");
        for (Catalog.Term term : terms) {
            page.append("<li><span>").append(escape(term.name())).append("</span> <span class=\"count\">")
                    .append(escape(words.articleCount(term.count()))).append("</span> <span class=\"links\">");
            links(page, feeds, catalog, Selection.of(group.taxonomy(), term.name()));
            page.append("</span></li>\n");
        }
        page.append("</ul>\n");
    }

    /** {@code Atom · RSS · JSON Feed}, each a link to the feed in that format. */
    private static void links(StringBuilder page, FeedDirectory feeds, Catalog catalog, Selection selection) {
        String separator = "";
        for (FeedFormat format : FeedFormat.values()) {
            page.append(separator).append("<a href=\"").append(escape(feeds.url(format, selection, catalog)))
                    .append("\">").append(PreviewPage.label(format)).append("</a>");
            separator = " · ";
        }
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
