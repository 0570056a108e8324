package dev.tidings.content;

import java.text.Normalizer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Every article that is published at one moment, newest first, indexed by category, tag and author, with the problems
 * found while loading. Immutable: share it freely between threads. Names are matched ignoring case
 * ({@code Python} and {@code python} are one tag).
 *
 * @see Library#current()
 */
public final class Catalog {
    /** The order of {@link #articles()} and of every list taken from it: newest first, ties broken by id. */
    public static final Comparator<Article> NEWEST_FIRST = Comparator.comparing(Article::published).reversed()
            .thenComparing(Article::id);

    private final long version;
    private final Instant loadedAt;
    private final List<Article> articles;
    private final List<ContentException> problems;
    private final Instant nextPublish;
    // Built on first use: after an edit the site's feeds need none of them, and at 100,000 articles each takes tens
    // of milliseconds.
    private final Map<Taxonomy, Lazy<Map<String, List<Article>>>> indexes = new EnumMap<>(Taxonomy.class);
    private final Lazy<OffsetDateTime> lastUpdate = new Lazy<>(this::newestUpdate);  // every search finding nothing

    Catalog(long version, Instant loadedAt, List<Article> articles, List<ContentException> problems,
            Instant nextPublish) {
        this.version = version;
        this.loadedAt = loadedAt;
        this.articles = articles.stream().sorted(NEWEST_FIRST).toList();
        this.problems = List.copyOf(problems);
        this.nextPublish = nextPublish;
        for (Taxonomy taxonomy : Taxonomy.values()) {
            indexes.put(taxonomy, new Lazy<>(() -> index(this.articles, taxonomy)));
        }
    }

    /** Changes whenever the published content changes; equal versions mean equal catalogs. */
    public long version() {
        return version;
    }

    public Instant loadedAt() {
        return loadedAt;
    }

    /**
     * The newest {@code updated} of any article (not always the newest article's: an older one may have been edited),
     * or, for an empty collection, when it was loaded: what a document with no entries of its own is dated by.
     */
    public OffsetDateTime lastUpdate() {
        return lastUpdate.get();
    }

    private OffsetDateTime newestUpdate() {
        return articles.stream().map(Article::updated).max(Comparator.comparing(OffsetDateTime::toInstant))
                .orElse(loadedAt.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
    }

    /** Published articles, newest first. */
    public List<Article> articles() {
        return articles;
    }

    /** Files that could not be used, by path then line. */
    public List<ContentException> problems() {
        return problems;
    }

    /** What loading could not do the site generator's way for articles it published, by path then line. */
    public List<Warning> warnings() {
        return articles.stream().flatMap(article -> article.warnings().stream())
                .sorted(Comparator.comparing(Warning::path).thenComparingInt(Warning::line)).toList();
    }

    /** The problems, then the warnings, each as {@code check} prints it and {@code serve} logs it. */
    List<String> messages() {
        return Stream.concat(problems.stream().map(Throwable::getMessage),
                warnings().stream().map(Warning::toString)).toList();
    }

    /** When the next scheduled article goes live, or {@link Instant#MAX}. */
    Instant nextPublish() {
        return nextPublish;
    }

    /** The articles carrying the category, tag or author {@code name} (in any case), newest first; empty if none. */
    public List<Article> articles(Taxonomy taxonomy, String name) {
        return indexes.get(taxonomy).get().getOrDefault(key(name), List.of());
    }

    /** Every category, tag or author with its article count, by name. */
    public List<Term> terms(Taxonomy taxonomy) {
        var terms = new TreeMap<String, Term>();
        indexes.get(taxonomy).get().forEach((key, list) -> {
            // The display name: as the oldest article wrote it, so a new article cannot rename the term.
            Article oldest = list.get(list.size() - 1);
            String name = taxonomy.names(oldest).stream().filter(n -> key(n).equals(key)).findFirst().orElse(key);
            terms.put(key, new Term(name, list.size()));
        });
        return List.copyOf(terms.values());
    }

    /** A category, tag or author name as it was first written, and how many articles carry it. */
    public record Term(String name, int count) {}

    /** The form names are compared in: NFC, lower case. */
    public static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** A value computed once, by the first thread that asks. */
    private static final class Lazy<T> {
        private Supplier<T> supplier;
        private volatile T value;

        Lazy(Supplier<T> supplier) {
            this.supplier = supplier;
        }

        T get() {
            T known = value;
            if (known == null) {
                synchronized (this) {
                    known = value;
                    if (known == null) {
                        known = supplier.get();
                        value = known;
                        supplier = null;
                    }
                }
            }
            return known;
        }
    }

    private static Map<String, List<Article>> index(List<Article> articles, Taxonomy taxonomy) {
        var index = new LinkedHashMap<String, List<Article>>();
        var keys = new HashMap<String, String>();  // few distinct names, each written by many articles: one key each
        for (Article article : articles) {
            for (String name : taxonomy.names(article)) {
                index.computeIfAbsent(keys.computeIfAbsent(name, Catalog::key), k -> new ArrayList<>()).add(article);
            }
        }
        index.replaceAll((k, list) -> List.copyOf(list));
        return Map.copyOf(index);
    }
}
