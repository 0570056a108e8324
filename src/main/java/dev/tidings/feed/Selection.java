package dev.tidings.feed;

import dev.tidings.content.Article;
import dev.tidings.content.Catalog;
import dev.tidings.content.Taxonomy;
import java.nio.charset.StandardCharsets;
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

    /** The feed of one category, tag or author, by any spelling of its name. */
    static Selection of(Taxonomy taxonomy, String name) {
        return new Named(taxonomy, Catalog.key(name));
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
    record Named(Taxonomy taxonomy, String key) implements Selection {
        @Override
        public List<Article> select(Catalog catalog) {
            return catalog.articles(taxonomy, key);
        }

        @Override
        public String path(String name) {
            return taxonomy.collection() + "/" + segment(name) + "/feed";
        }

        /** As the oldest article carrying the name wrote it (stable when newer articles spell it differently). */
        @Override
        public String displayName(Catalog catalog) {
            List<Article> articles = select(catalog);
            if (articles.isEmpty()) {
                return key;
            }
            return taxonomy.names(articles.get(articles.size() - 1)).stream()
                    .filter(n -> Catalog.key(n).equals(key)).findFirst().orElse(key);
        }

        /**
         * Percent-encodes a name as one path segment: everything but ASCII letters, digits and {@code -._~} is
         * encoded, so {@code C++} becomes {@code C%2B%2B} and no decoder can mistake a {@code +} for a space.
         */
        static String segment(String name) {
            var out = new StringBuilder(name.length() * 3);
            for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
                int c = b & 0xFF;
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                        || c == '-' || c == '.' || c == '_' || c == '~') {
                    out.append((char) c);
                } else {
                    out.append('%').append("0123456789ABCDEF".charAt(c >> 4)).append("0123456789ABCDEF".charAt(c & 0xF));
                }
            }
            return out.toString();
        }
    }
}
