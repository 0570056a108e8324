package dev.tidings.feed;

import dev.tidings.content.Catalog;
import dev.tidings.content.Site;
import dev.tidings.content.Taxonomy;
import dev.tidings.math.MathMode;
import java.util.ArrayList;
import java.util.List;

/** Every feed there is, by name and address: what the feed list page and the OPML file are made of. Thread-safe. */
final class FeedDirectory {
    private final Site site;
    private final FeedUrls urls;

    FeedDirectory(Site site, FeedUrls urls) {
        this.site = site;
        this.urls = urls;
    }

    Site site() {
        return site;
    }

    /** The feed's title: the site's, plus the category, {@code #tag} or author. */
    String title(Selection selection, Catalog catalog) {
        String name = selection.displayName(catalog);
        if (selection instanceof Selection.Named named && named.taxonomy() == Taxonomy.TAG) {
            return site.title() + " · #" + name;
        }
        return name.isEmpty() ? site.title() : site.title() + " · " + name;
    }

    /** The absolute URL of a subscription feed, with the name as the catalog spells it. */
    String url(FeedFormat format, Selection selection, Catalog catalog) {
        return urls.feed(format, selection, catalog);
    }

    /** The same feed with formulas as {@code math} asks. */
    String url(FeedFormat format, Selection selection, Catalog catalog, MathMode math) {
        return urls.feed(format, selection, catalog, math);
    }

    /** Whether every feed is also served with formulas as images (unless the site sends images anyway). */
    boolean imagesVariant() {
        return !urls.variant(MathMode.IMAGES).isEmpty();
    }

    /** A URL next to the feeds: {@code feeds.opml}, or the empty string for the list page itself. */
    String feedListUrl(String file) {
        return urls.resolve(file);
    }

    /** Every feed there is now: the site's, then each category's, tag's and author's, by name. */
    List<Selection> selections(Catalog catalog) {
        var all = new ArrayList<Selection>();
        all.add(Selection.all());
        for (Taxonomy taxonomy : Taxonomy.values()) {
            catalog.terms(taxonomy).forEach(term -> all.add(Selection.of(taxonomy, term.name())));
        }
        return all;
    }
}
