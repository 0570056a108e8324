package dev.tidings.content;

import dev.tidings.dialect.Page;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The published articles of the current catalog, found by where their files are: what a dialect's cross-references
 * ({@code ref}, {@code post_url}, {@code post_link}) point at. The index is built on first use for each catalog
 * version. Thread-safe.
 */
final class CatalogReferences implements Page.References {
    private static final String AMBIGUOUS = "";

    private final Supplier<Catalog> catalog;
    private final AtomicReference<Index> index = new AtomicReference<>(new Index(-1, Map.of()));

    CatalogReferences(Supplier<Catalog> catalog) {
        this.catalog = catalog;
    }

    @Override
    public Optional<String> permalink(String name) {
        String key = name.replaceAll("^/+|/+$", "");
        String found = current().names().get(key);
        return found == null || found.equals(AMBIGUOUS) ? Optional.empty() : Optional.of(found);
    }

    private Index current() {
        Catalog now = catalog.get();
        Index known = index.get();
        if (known.version() == now.version()) {
            return known;
        }
        Index built = new Index(now.version(), names(now));
        index.set(built);
        return built;
    }

    /** Every tail of every article's path without its extension (a bundle's index page by its folder too). */
    private static Map<String, String> names(Catalog catalog) {
        Map<String, String> names = new HashMap<>();
        for (Article article : catalog.articles()) {
            String path = article.path();
            String stem = path.contains(".") && path.lastIndexOf('.') > path.lastIndexOf('/')
                    ? path.substring(0, path.lastIndexOf('.')) : path;
            add(names, stem, article.permalink());
            if (stem.endsWith("/index")) {
                add(names, stem.substring(0, stem.length() - "/index".length()), article.permalink());
            }
        }
        return names;
    }

    private static void add(Map<String, String> names, String stem, String permalink) {
        for (int from = 0; from >= 0; from = stem.indexOf('/', from) < 0 ? -1 : stem.indexOf('/', from) + 1) {
            names.merge(stem.substring(from), permalink, (a, b) -> a.equals(b) ? a : AMBIGUOUS);
        }
    }

    private record Index(long version, Map<String, String> names) {}
}
