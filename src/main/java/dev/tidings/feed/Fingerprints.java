package dev.tidings.feed;

import dev.tidings.content.Article;
import dev.tidings.content.Catalog;
import dev.tidings.math.MathMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A digest of everything a document's bytes depend on, as {@link Plan} names it: the settings (and the program), the
 * document's shape, its title, URL and number of archive pages, and each of its articles' metadata and text as
 * written; and, since a body may point at any other article (a cross-reference), every article's path, permalink and
 * title. Equal fingerprints, equal bytes. Thread-safe once made.
 */
final class Fingerprints {
    private final String common;
    private final Map<Article, String> articles;
    private final Function<Article, String> text;
    private final int archiveSize;

    private Fingerprints(String common, Map<Article, String> articles, Function<Article, String> text,
                         int archiveSize) {
        this.common = common;
        this.articles = articles;
        this.text = text;
        this.archiveSize = archiveSize;
    }

    /**
     * @param text     an article's body as written
     * @param settings everything else the documents depend on (the settings and the program), as text
     */
    static Fingerprints of(Catalog catalog, Function<Article, String> text, String settings, int archiveSize) {
        var references = new StringBuilder(settings).append('\n');
        for (Article article : catalog.articles()) {
            references.append(article.path()).append('\t').append(article.permalink()).append('\t')
                    .append(article.title()).append('\n');
        }
        List<String> digests = catalog.articles().parallelStream().map(article -> article(article, text)).toList();
        var articles = new IdentityHashMap<Article, String>();
        for (int i = 0; i < digests.size(); i++) {
            articles.put(catalog.articles().get(i), digests.get(i));
        }
        return new Fingerprints(digest(references.toString()), articles, text, archiveSize);
    }

    /** The fingerprint of the document of {@code selected} (the selection's articles) that the arguments name. */
    String document(Feeds feeds, Catalog catalog, FeedFormat format, Selection selection, Window window,
                    MathMode math, List<Article> selected) {
        List<Article> chosen = window instanceof Window.Archive archive
                ? Plans.page(selected, archive.page(), archiveSize)
                : selected.subList(0, Math.min(((Window.Newest) window).limit(), selected.size()));
        var inputs = new StringBuilder(common).append('\n').append(format).append('\t').append(math).append('\t')
                .append(selection).append('\t').append(window).append('\t').append(feeds.title(selection, catalog))
                .append('\t').append(feeds.url(format, selection, catalog)).append('\t')
                .append(Plans.pages(selected.size(), archiveSize)).append('\n');
        if (chosen.isEmpty()) {
            inputs.append(catalog.lastUpdate()).append('\n');  // what an empty document is dated by
        }
        for (Article article : chosen) {
            String known = articles.get(article);
            inputs.append(known != null ? known : article(article, text)).append('\n');
        }
        return digest(inputs.toString());
    }

    static String article(Article a, Function<Article, String> text) {
        Article.Source source = a.source();  // its place in the body store is left out: it differs from run to run
        return digest(String.join("\u0001", a.id(), a.slug(), a.title(), a.published().toString(),
                a.updated().toString(), a.authors().toString(), a.categories().toString(), a.tags().toString(),
                a.permalink(), a.lang(), a.image(), Integer.toString(a.comments()), a.window().toString(),
                source.path(), source.format().name(), Integer.toString(source.bodyLine()), source.summary(),
                new TreeMap<>(source.fields()).toString(), a.warnings().toString(), text.apply(a)));
    }

    /** The SHA-256 of {@code text}, in hex. */
    static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
