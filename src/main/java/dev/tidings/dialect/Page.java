package dev.tidings.dialect;

import java.util.Map;
import java.util.Optional;

/**
 * The article a dialect expands, as far as templates can ask about it.
 *
 * @param path       collection-relative path of the file, {@code /}-separated
 * @param permalink  the article's absolute URL
 * @param siteUrl    the site's absolute base URL, ending in {@code /} ({@code https://example.org/blog/})
 * @param fields     the article's front matter scalars by name, as text ({@code title}, {@code date}, any other)
 * @param references the site's other articles, for cross-references
 * @param siteParams the site's own params (Hugo's), which a template reads after the page's fields
 */
public record Page(String path, String permalink, String siteUrl, Map<String, String> fields, References references,
                   SiteParams siteParams) {
    public Page {
        fields = Map.copyOf(fields);
        java.util.Objects.requireNonNull(siteParams, "siteParams");
    }

    /** A page of a site without params of its own. */
    public Page(String path, String permalink, String siteUrl, Map<String, String> fields, References references) {
        this(path, permalink, siteUrl, fields, references, SiteParams.NONE);
    }

    /** The site's other articles, looked up by where their files are. Thread-safe. */
    public interface References {
        References NONE = name -> Optional.empty();

        /**
         * The permalink of the article whose collection-relative path without its extension is {@code name} or ends
         * with {@code /name} (a page bundle's folder counts as the page: {@code posts/x} finds {@code posts/x/index.md});
         * empty when none is, or more than one is.
         */
        Optional<String> permalink(String name);

        /** The permalink of the article titled exactly {@code title}; empty when none is, or more than one is. */
        default Optional<String> permalinkTitled(String title) {
            return Optional.empty();
        }

        /** The title of the article {@link #permalink} finds; empty when none is found or its title is not known. */
        default Optional<String> title(String name) {
            return Optional.empty();
        }
    }
}
