package dev.tidings.feed;

import dev.tidings.content.Article;
import dev.tidings.content.Author;
import dev.tidings.content.Body;
import java.time.OffsetDateTime;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Everything one feed document says, in our own terms, shared by the Atom, RSS and JSON writers and the browser page.
 * Immutable.
 *
 * @param updated        the newest entry's update (not the time of rendering), so unchanged content renders the same
 * @param authors        never empty: the site's authors, else the site's title as a name (Atom requires an author)
 * @param categoryScheme base URL identifying our categories; {@code tagScheme} the same for tags
 * @param hub            the WebSub hub's URL, or empty
 * @param rights         the site's rights statement (Atom {@code rights}, RSS {@code copyright}), or empty
 */
record FeedDocument(String id, String title, String subtitle, String selfUrl, String homeUrl, String language,
                    OffsetDateTime updated, List<Author> authors, String icon, String logo, String rights,
                    String categoryScheme,
                    String tagScheme, int ttlMinutes, String hub, Paging paging, List<Entry> entries) {

    FeedDocument {
        authors = List.copyOf(authors);
        entries = List.copyOf(entries);
    }

    /**
     * One article with its rendered body, sent in full or as its summary followed by a link to the whole article.
     *
     * @param full     whether the entry carries the full text; else {@link #teaser()} stands in for it
     * @param readMore the link text after a teaser, in the blog's language
     */
    record Entry(Article article, Body body, boolean full, String readMore) {
        /** The same entry, carrying its summary instead of the full text. */
        Entry summarised() {
            return new Entry(article, body, false, readMore);
        }

        /** The summary and a link to the whole article: what a reader sees of an entry that is not sent in full. */
        String teaser() {
            var link = new Element("p");
            link.appendElement("a").attr("href", article.permalink()).text(readMore);
            return body.summary() + PageParts.html(link);
        }
    }

    /**
     * RFC 5005 links, each an absolute URL or empty.
     *
     * @param current     the subscription feed (on archive documents)
     * @param prevArchive the next older archive document
     * @param nextArchive the next newer archive document
     * @param archive     whether this document is an archive ({@code fh:archive})
     */
    record Paging(String current, String prevArchive, String nextArchive, boolean archive) {}
}
