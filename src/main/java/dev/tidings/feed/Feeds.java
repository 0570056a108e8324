package dev.tidings.feed;

import dev.tidings.content.Article;
import dev.tidings.content.Author;
import dev.tidings.content.Catalog;
import dev.tidings.content.Library;
import dev.tidings.content.Site;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Every feed of the collection, rendered on first request and cached: {@link #feed} is the one call the HTTP layer
 * makes per request. Thread-safe.
 */
public final class Feeds {
    private static final OffsetDateTime NEVER = OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private final Library library;
    private final Site site;
    private final FeedOptions options;
    private final FeedCache cache;
    private final AtomWriter atom = new AtomWriter();
    private final RssWriter rss = new RssWriter();

    public Feeds(Library library, Site site, FeedOptions options, Executor executor) {
        this.library = library;
        this.site = site;
        this.options = options;
        this.cache = new FeedCache(options.cacheBytes(), executor);
    }

    /**
     * The feed of {@code selection} with at most {@code limit} entries, from the current catalog; empty when the
     * selection names a category, tag or author no article has. Requests that mean the same feed share one render.
     */
    public Optional<RenderedFeed> feed(FeedFormat format, Selection selection, int limit) {
        Catalog catalog = library.current();
        List<Article> articles = selection.select(catalog);
        if (articles.isEmpty() && !(selection instanceof Selection.All)) {
            return Optional.empty();
        }
        var key = new FeedCache.Key(catalog.version(), format, selection, limit);
        return Optional.of(cache.get(key, k -> render(catalog, articles, k)));
    }

    /** The catalog being served now. */
    public Catalog catalog() {
        return library.current();
    }

    public Site site() {
        return site;
    }

    public FeedOptions options() {
        return options;
    }

    /** The absolute URL of a feed, with the name as the catalog spells it. */
    public String url(FeedFormat format, Selection selection, Catalog catalog) {
        return options.feedsUrl().resolve(selection.path(selection.displayName(catalog)) + "." + format.extension())
                .toString();
    }

    /** The feed's title: the site's, plus the category, {@code #tag} or author. */
    public String title(Selection selection, Catalog catalog) {
        String name = selection.displayName(catalog);
        if (selection instanceof Selection.Named named && named.kind() == Selection.Kind.TAG) {
            return site.title() + " · #" + name;
        }
        return name.isEmpty() ? site.title() : site.title() + " · " + name;
    }

    /** Every feed there is now: the site's, then each category's, tag's and author's, by name. */
    public List<Selection> selections(Catalog catalog) {
        var all = new ArrayList<Selection>();
        all.add(Selection.all());
        catalog.categories().forEach(term -> all.add(Selection.category(term.name())));
        catalog.tags().forEach(term -> all.add(Selection.tag(term.name())));
        catalog.authors().forEach(term -> all.add(Selection.author(term.name())));
        return all;
    }

    private RenderedFeed render(Catalog catalog, List<Article> articles, FeedCache.Key key) {
        var entries = articles.stream().limit(key.limit())
                .map(article -> new FeedDocument.Entry(article, library.body(article))).toList();
        OffsetDateTime updated = entries.stream().map(e -> e.article().updated())
                .max(Comparator.comparing(OffsetDateTime::toInstant)).orElse(NEVER);
        List<Author> authors = site.authors().isEmpty() ? List.of(Author.named(site.title())) : site.authors();
        var doc = new FeedDocument(
                "tag:" + site.idAuthority() + ",2000:" + key.selection().path(key.selection().key()),
                title(key.selection(), catalog), site.subtitle(), url(key.format(), key.selection(), catalog),
                site.baseUrl().toString(), site.language(), updated, authors, site.icon(), site.logo(),
                options.feedsUrl().resolve("categories/").toString(), options.feedsUrl().resolve("tags/").toString(),
                options.ttlMinutes(), entries);
        byte[] identity = switch (key.format()) {
            case ATOM -> atom.write(doc);
            case RSS -> rss.write(doc);
        };
        return new RenderedFeed(key.format(), identity, gzip(identity), tag(identity), updated.toInstant());
    }

    private static byte[] gzip(byte[] bytes) {
        var out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (var gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);  // compressed once, sent many times
            }
        }) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** 128 bits of the SHA-256 of the bytes, base64url: equal bytes, equal tag, on every replica. */
    private static String tag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
