package dev.tidings.content;

import java.util.List;

/**
 * The ways articles are grouped into feeds of their own — categories, tags and authors — each with the path segment of
 * its feeds ({@code /tags/{name}/feed.atom}). Every place that lists, indexes, routes or names the groups loops over
 * these values, so a new one is added here alone.
 */
public enum Taxonomy {
    CATEGORY("categories"), TAG("tags"), AUTHOR("authors");

    private final String collection;

    Taxonomy(String collection) {
        this.collection = collection;
    }

    /** The plural used in URLs and in the feed list page's sections: {@code categories}, {@code tags}, {@code authors}. */
    public String collection() {
        return collection;
    }

    /** The names of this kind the article carries, as it writes them. */
    public List<String> names(Article article) {
        return switch (this) {
            case CATEGORY -> article.categories();
            case TAG -> article.tags();
            case AUTHOR -> article.authors().stream().map(Author::name).toList();
        };
    }
}
