package dev.tidings.feed;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The two ways feeds write a date: RFC 3339 (Atom, JSON Feed, the browser page) and RFC 822 (RSS). */
final class FeedDates {
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss xx",
            Locale.US);

    /** RFC 3339, in the offset the date was written in: {@code 2024-05-01T09:30:00+08:00}. */
    static String rfc3339(OffsetDateTime date) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date);
    }

    /**
     * RFC 822 with four-digit year and a numeric zone, as RSS readers parse best:
     * {@code Wed, 01 May 2024 09:30:00 +0800}.
     */
    static String rfc822(OffsetDateTime date) {
        return RFC_822.format(date);
    }

    private FeedDates() {}
}
