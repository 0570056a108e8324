package dev.tidings.feed;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a feed document under {@code max_feed_size} without leaving entries out: entries whose full text does not fit
 * carry their summary and a link instead. The newest entries keep their text as long as it fits; an entry too large to
 * fit gives up its text without costing the others theirs. Sizes are estimated from the bodies alone, the same for every
 * format, so the Atom, RSS and JSON versions of a feed agree on which entries are full; the writer checks the real
 * bytes and {@link #shed}s more if an estimate was short.
 */
final class ByteBudget {
    /** Room for what the document says besides its entries: title, links, author, generator. */
    private static final long DOCUMENT = 4 * 1024;

    /** The entries, newest first, each full or summarised so that the estimated document fits {@code maxBytes}. */
    static List<FeedDocument.Entry> fit(List<FeedDocument.Entry> entries, long maxBytes) {
        long total = DOCUMENT;
        for (FeedDocument.Entry entry : entries) {
            total += teaserBytes(entry);
        }
        var fitted = new ArrayList<FeedDocument.Entry>(entries.size());
        for (FeedDocument.Entry entry : entries) {
            long extra = fullBytes(entry) - teaserBytes(entry);
            if (total + extra <= maxBytes) {
                fitted.add(entry);
                total += extra;
            } else {
                fitted.add(entry.summarised());
            }
        }
        return fitted;
    }

    /**
     * Whether every entry fits in full with a quarter of the bound to spare: the estimate is close to the largest
     * format's size (it counts what Atom and RSS write), so such a document certainly fits in every format.
     */
    static boolean fitsEasily(List<FeedDocument.Entry> entries, long maxBytes) {
        long total = DOCUMENT;
        for (FeedDocument.Entry entry : entries) {
            total += fullBytes(entry);
        }
        return total <= maxBytes - maxBytes / 4;
    }

    /** Summarises the oldest full entries until their estimated text covers {@code excess} bytes (at least one). */
    static List<FeedDocument.Entry> shed(List<FeedDocument.Entry> entries, long excess) {
        var shed = new ArrayList<>(entries);
        long freed = 0;
        for (int i = shed.size() - 1; i >= 0 && freed < Math.max(1, excess); i--) {
            FeedDocument.Entry entry = shed.get(i);
            if (entry.full()) {
                freed += Math.max(1, fullBytes(entry) - teaserBytes(entry));
                shed.set(i, entry.summarised());
            }
        }
        return shed;
    }

    /** The bytes the entry's text takes in a feed: its body and its summary, as escaped markup. */
    static long textBytes(FeedDocument.Entry entry) {
        return markup(entry.body().html()) + markup(entry.body().summary());
    }

    private static long fullBytes(FeedDocument.Entry entry) {
        return textBytes(entry) + metadataBytes(entry);
    }

    private static long teaserBytes(FeedDocument.Entry entry) {
        return 2 * markup(entry.teaser()) + metadataBytes(entry);  // JSON Feed sends it twice: as HTML and as text
    }

    /** Id, title, links, dates, authors and categories: written once or twice in every format, with their markup. */
    private static long metadataBytes(FeedDocument.Entry entry) {
        var article = entry.article();
        long bytes = 600 + 2 * markup(article.title()) + 3 * markup(article.permalink()) + markup(article.id())
                + markup(article.image());
        for (String name : article.categories()) {
            bytes += 120 + 2 * markup(name);
        }
        for (String name : article.tags()) {
            bytes += 120 + 2 * markup(name);
        }
        return bytes;
    }

    /**
     * UTF-8 bytes of {@code text} as XML character data, the widest of our formats' encodings: {@code & < >} become
     * entities, and characters beyond the Basic Multilingual Plane numeric references (as JDOM writes them).
     */
    static long markup(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += c == '&' ? 5 : c == '<' || c == '>' ? 4 : c == '"' ? 2 : 1;  // JSON escapes the quote
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

    private ByteBudget() {}
}
