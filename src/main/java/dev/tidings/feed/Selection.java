package dev.tidings.feed;

import dev.tidings.content.Article;
import dev.tidings.content.Author;
import dev.tidings.content.Catalog;
import java.util.List;

/**
 * Which articles a feed holds: all, or those of one category, tag or author. Records of the name's normalised form
 * ({@link Catalog#key}), so that requests meaning the same feed are equal and share one cache entry.
 */
public sealed interface Selection {

    /** The articles, newest first; empty when the name is unknown. */
    List<Article> select(Catalog catalog);

    /**
     * The feed's path below the feeds URL without the extension, with {@code name} as the segment:
     * {@code feed}, {@code tags/C%2B%2B/feed}. URLs use the display name; feed ids use the key, which never changes.
     */
    String path(String name);

    /** The normalised name; empty for {@link All}. */
    String key();

    /** The name as articles write it, for titles and URLs; empty for {@link All}. */
    String displayName(Catalog catalog);

    static Selection all() {
        return new All();
    }

    static Selection category(String name) {
        return new Named(Kind.CATEGORY, Catalog.key(name));
    }

    static Selection tag(String name) {
        return new Named(Kind.TAG, Catalog.key(name));
    }

    static Selection author(String name) {
        return new Named(Kind.AUTHOR, Catalog.key(name));
    }

    record All() implements Selection {
        @Override
        public List<Article> select(Catalog catalog) {
            return catalog.articles();
        }

        @Override
        public String path(String name) {
            return "feed";
        }

        @Override
        public String key() {
            return "";
        }

        @Override
        public String displayName(Catalog catalog) {
            return "";
        }
    }

    /** The articles of one category, tag or author. */
    record Named(Kind kind, String key) implements Selection {
        @Override
        public List<Article> select(Catalog catalog) {
            return switch (kind) {
                case CATEGORY -> catalog.inCategory(key);
                case TAG -> catalog.tagged(key);
                case AUTHOR -> catalog.byAuthor(key);
            };
        }

        @Override
        public String path(String name) {
            return kind.collection + "/" + FeedUrls.segment(name) + "/feed";
        }

        /** As the oldest article carrying the name wrote it (stable when newer articles spell it differently). */
        @Override
        public String displayName(Catalog catalog) {
            List<Article> articles = select(catalog);
            if (articles.isEmpty()) {
                return key;
            }
            return kind.names(articles.get(articles.size() - 1)).stream().filter(n -> Catalog.key(n).equals(key))
                    .findFirst().orElse(key);
        }
    }

    enum Kind {
        CATEGORY("categories"), TAG("tags"), AUTHOR("authors");

        private final String collection;

        Kind(String collection) {
            this.collection = collection;
        }

        List<String> names(Article article) {
            return switch (this) {
                case CATEGORY -> article.categories();
                case TAG -> article.tags();
                case AUTHOR -> article.authors().stream().map(Author::name).toList();
            };
        }
    }
}
