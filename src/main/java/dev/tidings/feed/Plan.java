package dev.tidings.feed;

import dev.tidings.content.Article;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What one document is made of: everything its bytes depend on but the bodies of its articles (which are named by
 * their articles' sources), so that equal plans render equal bytes and a change that leaves a feed's plan as it was
 * reuses its bytes.
 *
 * @param chosen   the articles it may hold, newest first, before the size bound takes any text or entry away
 * @param complete an archive page that can never change again
 * @param updated  the newest {@code updated} of the chosen articles, else of the whole collection: what the document
 *                 is dated by if it has no entries
 */
record Plan(String id, List<Article> chosen, FeedDocument.Paging paging, String self, String title, boolean complete,
            OffsetDateTime updated) {
    Plan {
        chosen = List.copyOf(chosen);
    }
}
