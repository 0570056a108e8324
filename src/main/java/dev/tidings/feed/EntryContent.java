package dev.tidings.feed;

import java.util.Locale;
import java.util.Optional;

/**
 * What a feed entry carries: the article's full text (unless the feed would exceed {@code max_feed_size}, when some
 * entries carry their summary instead), or always its summary with a link to the whole article.
 */
public enum EntryContent {
    FULL, SUMMARY;

    /** {@code full} or {@code summary}, in any case; empty for anything else. */
    public static Optional<EntryContent> parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "full" -> Optional.of(FULL);
            case "summary" -> Optional.of(SUMMARY);
            default -> Optional.empty();
        };
    }

    public String setting() {
        return name().toLowerCase(Locale.ROOT);
    }
}
