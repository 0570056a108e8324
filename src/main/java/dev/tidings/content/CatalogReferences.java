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
    private static final Target AMBIGUOUS = new Target("", "");

    private final Supplier<Catalog> catalog;
    private final AtomicReference<Index> index = new AtomicReference<>(new Index(-1, Map.of(), Map.of()));

    CatalogReferences(Supplier<Catalog> catalog) {
        this.catalog = catalog;
    }

    @Override
    public Optional<String> permalink(String name) {
        return target(name).map(Target::permalink);
    }

    @Override
    public Optional<String> title(String name) {
        return target(name).map(Target::title);
    }

    @Override
    public Optional<String> permalinkTitled(String title) {
        Target found = current().titles().get(title);
        return found == null || found.equals(AMBIGUOUS) ? Optional.empty() : Optional.of(found.permalink());
    }

    private Optional<Target> target(String name) {
        Target found = current().names().get(name.replaceAll("^/+|/+$", ""));
        return found == null || found.equals(AMBIGUOUS) ? Optional.empty() : Optional.of(found);
    }

    private Index current() {
        Catalog now = catalog.get();
        Index known = index.get();
        if (known.version() == now.version()) {
            return known;
        }
        Map<String, Target> titles = new HashMap<>();
        for (Article article : now.articles()) {
            titles.merge(article.title(), new Target(article.permalink(), article.title()),
                    (a, b) -> a.equals(b) ? a : AMBIGUOUS);
        }
        Index built = new Index(now.version(), names(now), titles);
        index.set(built);
        return built;
    }

    /** Every tail of every article's path without its extension (a bundle's index page by its folder too). */
    private static Map<String, Target> names(Catalog catalog) {
        Map<String, Target> names = new HashMap<>();
        for (Article article : catalog.articles()) {
            String path = article.path();
            String stem = path.contains(".") && path.lastIndexOf('.') > path.lastIndexOf('/')
                    ? path.substring(0, path.lastIndexOf('.')) : path;
            Target target = new Target(article.permalink(), article.title());
            add(names, stem, target);
            if (stem.endsWith("/index")) {
                add(names, stem.substring(0, stem.length() - "/index".length()), target);
            }
        }
        return names;
    }

    private static void add(Map<String, Target> names, String stem, Target target) {
        for (int from = 0; from >= 0; from = stem.indexOf('/', from) < 0 ? -1 : stem.indexOf('/', from) + 1) {
            names.merge(stem.substring(from), target, (a, b) -> a.equals(b) ? a : AMBIGUOUS);
        }
    }

    private record Index(long version, Map<String, Target> names, Map<String, Target> titles) {}

    private record Target(String permalink, String title) {}
}
