package dev.tidings.feed;

import dev.tidings.content.Article;
import dev.tidings.content.Author;
import dev.tidings.content.Catalog;
import java.util.List;
import java.util.function.Function;

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

    /** The normalised name ({@link Catalog#key}); empty for {@link All}. */
    String key();

    /** The name as articles write it, for titles; empty for {@link All}. */
    String displayName(Catalog catalog);

    static Selection all() {
        return new All();
    }

    static Selection category(String name) {
        return new InCategory(Catalog.key(name));
    }

    static Selection tag(String name) {
        return new Tagged(Catalog.key(name));
    }

    static Selection author(String name) {
        return new ByAuthor(Catalog.key(name));
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

    record InCategory(String key) implements Selection {
        @Override
        public List<Article> select(Catalog catalog) {
            return catalog.inCategory(key);
        }

        @Override
        public String path(String name) {
            return "categories/" + FeedUrls.segment(name) + "/feed";
        }

        @Override
        public String displayName(Catalog catalog) {
            return name(select(catalog), Article::categories, key);
        }
    }

    record Tagged(String key) implements Selection {
        @Override
        public List<Article> select(Catalog catalog) {
            return catalog.tagged(key);
        }

        @Override
        public String path(String name) {
            return "tags/" + FeedUrls.segment(name) + "/feed";
        }

        @Override
        public String displayName(Catalog catalog) {
            return name(select(catalog), Article::tags, key);
        }
    }

    record ByAuthor(String key) implements Selection {
        @Override
        public List<Article> select(Catalog catalog) {
            return catalog.byAuthor(key);
        }

        @Override
        public String path(String name) {
            return "authors/" + FeedUrls.segment(name) + "/feed";
        }

        @Override
        public String displayName(Catalog catalog) {
            return name(select(catalog), a -> a.authors().stream().map(Author::name).toList(), key);
        }
    }

    /** The name as the oldest article carrying it wrote it (stable when newer articles spell it differently). */
    private static String name(List<Article> articles, Function<Article, List<String>> names, String key) {
        if (articles.isEmpty()) {
            return key;
        }
        return names.apply(articles.get(articles.size() - 1)).stream().filter(n -> Catalog.key(n).equals(key))
                .findFirst().orElse(key);
    }
}
