package dev.tidings.feed;

import java.util.Locale;

/**
 * What a document gave up to stay under {@code max_feed_size}: how many of its entries carry their summary instead of
 * the full text, how many of the oldest were left out when even summaries did not fit, and the largest article sent as
 * a summary.
 *
 * @param entries      entries the document was asked to hold
 * @param summaries    of those, sent as summaries
 * @param dropped      of those, left out (only when summaries alone were too large)
 * @param largest      the collection-relative path of the largest article sent as a summary, or empty
 * @param largestBytes what its full text would have taken
 */
public record Trim(int entries, int summaries, int dropped, String largest, long largestBytes) {
    static final Trim NONE = new Trim(0, 0, 0, "", 0);

    /** Whether anything was given up. */
    public boolean any() {
        return summaries > 0 || dropped > 0;
    }

    /**
     * One line for {@code check} and the log, e.g. {@code feed.atom: 7 of 20 entries as summaries to stay under 250 KB;
     * largest: posts/x.md (512 KB)}.
     */
    public String describe(String feed, long maxBytes) {
        var line = new StringBuilder(feed).append(": ").append(summaries).append(" of ").append(entries)
                .append(entries == 1 ? " entry" : " entries").append(summaries == 1 ? " as a summary" : " as summaries");
        if (dropped > 0) {
            line.append(" and the ").append(dropped).append(" oldest left out");
        }
        line.append(" to stay under ").append(size(maxBytes));
        if (!largest.isEmpty()) {
            line.append("; largest: ").append(largest).append(" (").append(size(largestBytes)).append(')');
        }
        return line.toString();
    }

    /** {@code 250 KB}, {@code 1.5 MB}: sizes in the units max_feed_size is written in. */
    static String size(long bytes) {
        if (bytes >= 1L << 20) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20)).replace(".0 ", " ");
        }
        return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }
}
