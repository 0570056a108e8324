package dev.tidings.feed;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.tidings.content.Article;
import dev.tidings.content.Body;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a feed document under {@code max_feed_size} without leaving entries out: entries whose full text does not fit
 * carry their summary and a link instead. Entries are taken newest first: each keeps its full text if that still fits
 * beside the entries before it (and the summaries of those after it), so the newest keep theirs, an article too large
 * to fit gives up its text without costing the others theirs, and a smaller older one may keep its text after a larger
 * newer one gave its up. Sizes are estimated from the bodies alone, as the larger of what Atom (and RSS, which writes
 * the same) and JSON Feed take, so the three formats of a feed agree on which entries are full and how many there are;
 * the writer checks the real bytes and {@link #shed}s more if an estimate was short. An entry's estimates are worked
 * out once and kept while its body is cached: a body is in many feeds, each in three formats. Thread-safe.
 */
final class ByteBudget {
    /** Room for what the document says besides its entries: title, links, author, generator. */
    private static final long DOCUMENT = 3 * 1024;
    /** A category scheme's URL, as written in each category (Atom's {@code scheme}, RSS's {@code domain}). */
    private static final long SCHEME = 80;

    // By identity: the bodies are the ones the body cache holds (and shares); an estimate goes with its body.
    private final Cache<Body, Estimate> estimates = Caffeine.newBuilder().weakKeys().build();

    /** An entry's estimated bytes in full and as a teaser, for the article and link text it was worked out for. */
    private record Estimate(Article article, String readMore, long full, long teaser) {}

    /**
     * The entries, newest first, each full or summarised so that the estimated document fits {@code maxBytes}; if even
     * their summaries do not fit and {@code mayLeaveOut}, only the newest that do (at least one).
     *
     * @param summaries every entry as its summary, as {@code feed_content: summary} asks
     */
    List<FeedDocument.Entry> fit(List<FeedDocument.Entry> entries, long maxBytes, boolean summaries,
                                 boolean mayLeaveOut) {
        long total = DOCUMENT;
        for (FeedDocument.Entry entry : entries) {
            total += estimate(entry).teaser();
        }
        int kept = entries.size();
        while (mayLeaveOut && kept > 1 && total > maxBytes) {
            total -= estimate(entries.get(--kept)).teaser();
        }
        var fitted = new ArrayList<FeedDocument.Entry>(kept);
        for (FeedDocument.Entry entry : entries.subList(0, kept)) {
            Estimate estimate = estimate(entry);
            long extra = estimate.full() - estimate.teaser();
            if (!summaries && total + extra <= maxBytes) {
                fitted.add(entry);
                total += extra;
            } else {
                fitted.add(entry.summarised());
            }
        }
        return fitted;
    }

    /**
     * Whether every entry fits in full with a quarter of the bound to spare: such a document certainly fits in every
     * format, without writing it to know.
     */
    static boolean fitsEasily(List<FeedDocument.Entry> entries, long maxBytes) {
        long total = DOCUMENT;
        for (FeedDocument.Entry entry : entries) {
            total += fullBytes(entry);
        }
        return total <= maxBytes - maxBytes / 4;
    }

    /** The document's estimated bytes, each entry full or as its teaser: room to write it in without growing. */
    int size(List<FeedDocument.Entry> entries) {
        long total = DOCUMENT;
        for (FeedDocument.Entry entry : entries) {
            total += entry.full() ? estimate(entry).full() : estimate(entry).teaser();
        }
        return (int) Math.min(total + total / 8, Integer.MAX_VALUE - 16);
    }

    /** Summarises the oldest full entries until their estimated text covers {@code excess} bytes (at least one). */
    List<FeedDocument.Entry> shed(List<FeedDocument.Entry> entries, long excess) {
        var shed = new ArrayList<>(entries);
        long freed = 0;
        for (int i = shed.size() - 1; i >= 0 && freed < Math.max(1, excess); i--) {
            FeedDocument.Entry entry = shed.get(i);
            if (entry.full()) {
                Estimate estimate = estimate(entry);
                freed += Math.max(1, estimate.full() - estimate.teaser());
                shed.set(i, entry.summarised());
            }
        }
        return shed;
    }

    private Estimate estimate(FeedDocument.Entry entry) {
        Estimate known = estimates.getIfPresent(entry.body());
        if (known != null && known.article() == entry.article() && known.readMore().equals(entry.readMore())) {
            return known;
        }
        var estimate = new Estimate(entry.article(), entry.readMore(), fullBytes(entry), teaserBytes(entry));
        estimates.put(entry.body(), estimate);
        return estimate;
    }

    /** The bytes the entry's text takes in a feed: its body and its summary, as escaped markup. */
    static long textBytes(FeedDocument.Entry entry) {
        return xml(entry.body().html()) + xml(entry.body().summary());
    }

    /** Atom and RSS: summary and content as escaped markup; JSON Feed: content and the summary's text. */
    private static long fullBytes(FeedDocument.Entry entry) {
        String html = entry.body().html();
        String summary = entry.body().summary();
        return Math.max(xml(html) + xml(summary) + xmlMetadata(entry), json(html) + json(summary) + jsonMetadata(entry));
    }

    /** Atom and RSS: the teaser as escaped markup; JSON Feed: the teaser, and the summary's text beside it. */
    private static long teaserBytes(FeedDocument.Entry entry) {
        String teaser = entry.teaser();
        return Math.max(xml(teaser) + xmlMetadata(entry), json(teaser) + json(entry.body().summary())
                + jsonMetadata(entry));
    }

    /**
     * Id, title, links, dates, authors and categories with the elements around them, as Atom writes them (RSS writes
     * a little less: one link, categories without a label, and the site's author as {@code dc:creator}).
     */
    private static long xmlMetadata(FeedDocument.Entry entry) {
        var article = entry.article();
        long bytes = 330 + xml(article.title()) + 2 * xml(article.permalink()) + xml(article.id())
                + 2 * xml(article.image());
        for (String name : article.categories()) {
            bytes += 40 + SCHEME + 2 * xml(name);
        }
        for (String name : article.tags()) {
            bytes += 40 + SCHEME + 2 * xml(name);
        }
        for (var author : article.authors()) {
            bytes += 50 + xml(author.name()) + xml(author.email()) + xml(author.uri());
        }
        return bytes;
    }

    /** The same fields as JSON Feed writes them (the site's authors on every item without its own). */
    private static long jsonMetadata(FeedDocument.Entry entry) {
        var article = entry.article();
        long bytes = 240 + json(article.title()) + json(article.permalink()) + json(article.id())
                + json(article.image());
        for (String name : article.categories()) {
            bytes += 3 + json(name);
        }
        for (String name : article.tags()) {
            bytes += 3 + json(name);
        }
        for (var author : article.authors()) {
            bytes += 30 + json(author.name()) + json(author.email()) + json(author.uri());
        }
        return bytes;
    }

    /**
     * UTF-8 bytes of {@code text} as XML character data: {@code & < >} become entities, and characters beyond the Basic
     * Multilingual Plane numeric references (as JDOM writes them).
     */
    static long xml(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += c == '&' ? 5 : c == '<' || c == '>' ? 4 : 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 10;  // &#x1F600;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** UTF-8 bytes of {@code text} as a JSON string: quotes, backslashes and line ends escaped. */
    static long json(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += c == '"' || c == '\\' || c == '\n' || c == '\r' || c == '\t' ? 2 : c < 0x20 ? 6 : 1;
            } else {
                bytes += c < 0x800 ? 2 : Character.isHighSurrogate(c) ? 4 : Character.isLowSurrogate(c) ? 0 : 3;
            }
        }
        return bytes;
    }

}
