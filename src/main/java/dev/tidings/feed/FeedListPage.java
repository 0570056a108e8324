package dev.tidings.feed;

import static dev.tidings.feed.PageParts.block;
import static dev.tidings.feed.PageParts.line;

import dev.tidings.content.Catalog;
import dev.tidings.content.Taxonomy;
import dev.tidings.math.MathMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * The list of every feed as an HTML page for people at {@code /} (with autodiscovery links for readers and browser
 * extensions; {@link OpmlFile} is the same list for readers). The page is in the blog's language, styled like a
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
        Element body = PageParts.body(site.language(), site.title() + " · " + words.feedsTitle(), head -> {
            for (FeedFormat format : FeedFormat.values()) {
                PageParts.alternate(head, format).attr("title", site.title())
                        .attr("href", feeds.url(format, Selection.all(), catalog));
            }
        });
        Element header = block(body, "header");
        line(header, "h1").text(site.title());
        if (!site.subtitle().isEmpty()) {
            line(header, "p").text(site.subtitle());
        }
        Element subscribe = block(header, "div").addClass("subscribe");
        Element intro = line(subscribe, "p");
        if (words != Wording.english()) {
            intro.appendText(words.listIntro()).appendElement("br");
            intro.appendText("\n");
        }
        intro.appendText(Wording.english().listIntro());
        Element all = line(subscribe, "p").appendText(words.siteFeed() + " ");
        all.appendElement("span").addClass("count").text(words.articleCount(catalog.articles().size()));
        all.appendElement("br");
        all.appendText("\n").appendElement("code").text(siteFeed);
        links(line(subscribe, "p"), feeds, catalog, Selection.all(), Optional.empty());
        if (feeds.imagesVariant()) {
            Element images = line(subscribe, "p").appendText(words.formulaImages());
            images.appendElement("br");
            links(images.appendText("\n"), feeds, catalog, Selection.all(), Optional.of(MathMode.IMAGES));
        }
        String[] importAll = words.importAll().split("%s", 2);  // the link goes where the words say
        Element opml = line(subscribe, "p").appendText(importAll[0]);
        opml.appendElement("a").attr("href", feeds.feedListUrl("feeds.opml")).text("feeds.opml");
        opml.appendText(importAll[1]);
        if (forms) {
            // Relative, so that it goes back to the server that sent the page (form-action 'self'), wherever that is.
            Element form = block(header, "form").attr("method", "get").attr("action", "feed.atom")
                    .attr("role", "search");
            line(form, "label").attr("for", "search-articles").text(words.searchSite());
            line(form, "input").attr("id", "search-articles").attr("type", "search").attr("name", "q")
                    .attr("maxlength", "100").attr("required", true);
            line(form, "button").attr("type", "submit").text(words.search());
        }
        Element main = block(body, "main");
        line(main, "h2").text(words.whichFormat());
        Element formats = block(main, "dl").addClass("formats");
        for (FeedFormat format : FeedFormat.values()) {
            formats.appendElement("dt").text(PageParts.label(format));
            line(formats, "dd").text(switch (format) {
                case ATOM -> words.atom();
                case RSS -> words.rss();
                case JSON -> words.json();
            });
        }
        String[] filter = query.isEmpty() ? new String[0] : Window.normalise(query).split(" ");
        var groups = new ArrayList<Group>();
        for (Taxonomy taxonomy : Taxonomy.values()) {
            groups.add(new Group(taxonomy, words.heading(taxonomy), matching(catalog.terms(taxonomy), filter)));
        }
        if (forms) {
            Element form = block(main, "form").attr("method", "get").attr("action", "./").attr("role", "search");
            line(form, "label").attr("for", "find-feeds").text(words.findFeed());
            line(form, "input").attr("id", "find-feeds").attr("type", "search").attr("name", "q")
                    .attr("maxlength", "100").attr("value", query);
            line(form, "button").attr("type", "submit").text(words.find());
        }
        if (!query.isEmpty()) {
            int found = groups.stream().mapToInt(group -> group.terms().size()).sum();
            Element result = line(main, "p")
                    .appendText(found == 0 ? words.noneFound(query) : words.found(query, found));
            result.appendText(" · ").appendElement("a").attr("href", "./").text(words.showAll());
        }
        for (Group group : groups) {
            group(main, feeds, catalog, words, group);
        }
        return PageParts.bytes(body);
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
    private static void group(Element main, FeedDirectory feeds, Catalog catalog, Wording words, Group group) {
        List<Catalog.Term> terms = group.terms();
        if (terms.isEmpty()) {
            return;
        }
        Element section = block(main, "section").attr("id", group.taxonomy().collection());
        Element heading = line(section, "h2").appendText(group.heading() + " ");
        heading.appendElement("span").addClass("count").text(Integer.toString(terms.size()));
        items(section, feeds, catalog, words, group, terms.subList(0, Math.min(SHOWN, terms.size())));
        if (terms.size() > SHOWN) {
            List<Catalog.Term> rest = terms.subList(SHOWN, terms.size()).stream()
                    .sorted(Comparator.comparing(term -> Catalog.key(term.name()))).toList();
            Element details = block(section, "details");
            line(details, "summary").text(words.more(rest.size(), group.heading(), terms.size()));
            items(details, feeds, catalog, words, group, rest);
        }
    }

    private static void items(Element parent, FeedDirectory feeds, Catalog catalog, Wording words, Group group,
                              List<Catalog.Term> terms) {
        Element list = block(parent, "ul").addClass("feeds");
        for (Catalog.Term term : terms) {
            Element item = line(list, "li");
            item.appendElement("span").text(term.name());
            item.appendText(" ").appendElement("span").addClass("count").text(words.articleCount(term.count()));
            links(item.appendText(" ").appendElement("span").addClass("links"), feeds, catalog,
                    Selection.of(group.taxonomy(), term.name()), Optional.empty());
        }
    }

    /** {@code Atom · RSS · JSON Feed}, each a link to the feed in that format (with formulas as {@code math} asks). */
    private static void links(Element parent, FeedDirectory feeds, Catalog catalog, Selection selection,
                              Optional<MathMode> math) {
        String separator = "";
        for (FeedFormat format : FeedFormat.values()) {
            String url = math.map(mode -> feeds.url(format, selection, catalog, mode))
                    .orElseGet(() -> feeds.url(format, selection, catalog));
            parent.appendText(separator).appendElement("a").attr("href", url)
                    .text(PageParts.label(format));
            separator = " · ";
        }
    }

    private FeedListPage() {}
}
