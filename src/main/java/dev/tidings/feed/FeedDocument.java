package dev.tidings.feed;

import dev.tidings.content.Article;
import dev.tidings.content.Author;
import dev.tidings.content.Body;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything one feed says, in our own terms, shared by the Atom and RSS writers. Immutable.
 *
 * @param updated        the newest entry's update (not the time of rendering), so unchanged content renders the same
 * @param authors        never empty: the site's authors, else the site's title as a name (Atom requires an author)
 * @param categoryScheme base URL identifying our categories; {@code tagScheme} the same for tags
 */
record FeedDocument(String id, String title, String subtitle, String selfUrl, String homeUrl, String language,
                    OffsetDateTime updated, List<Author> authors, String icon, String logo, String categoryScheme,
                    String tagScheme, int ttlMinutes, List<Entry> entries) {

    FeedDocument {
        authors = List.copyOf(authors);
        entries = List.copyOf(entries);
    }

    /** One article with its rendered body. */
    record Entry(Article article, Body body) {}
}
