package dev.tidings.feed;

import java.util.Locale;
import java.text.Normalizer;

/**
 * Which part of a selection's articles a document holds: the newest ones (optionally only those matching a search),
 * or one archive page of the complete history (RFC 5005). Records, so they take part in cache keys.
 */
public sealed interface Window {

    /** The subscription document: the newest {@code limit} articles, bounded by bytes too. */
    static Window newest(int limit) {
        return new Newest(limit, "");
    }

    /** The newest articles whose title, categories, tags or text contain every word of {@code query}. */
    static Window search(int limit, String query) {
        return new Newest(limit, normalise(query));
    }

    /** Archive page {@code page} (1 is the oldest). */
    static Window archive(int page) {
        return new Archive(page);
    }

    /**
     * Whether readers poll the document again and again (a subscription feed), rather than fetch it about once (an
     * archive page, a search): worth compressing harder.
     */
    boolean polled();

    /** @param query the search, normalised ({@link #normalise}); empty for none */
    record Newest(int limit, String query) implements Window {
        @Override
        public boolean polled() {
            return query.isEmpty();
        }
    }

    record Archive(int page) implements Window {
        @Override
        public boolean polled() {
            return false;
        }
    }

    /** Lower case, compatibility-composed, single spaces: how search text and queries are compared. */
    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }
}
