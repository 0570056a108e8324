package dev.tidings.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP-dates (RFC 9110 §5.6.7), read in all three forms a client may send. Ours are written by Jetty's
 * {@code DateGenerator} (in {@code RenderedFeed}), as Jetty writes its own {@code Date}. Jetty's reader is not used: it
 * skips a numeric offset, reading {@code 09:00:00 +0800} as 09:00 GMT, which could answer 304 wrongly.
 */
final class HttpDates {
    private static final List<DateTimeFormatter> READERS = List.of(
            DateTimeFormatter.RFC_1123_DATE_TIME,  // IMF-fixdate, and the looser RFC 1123 forms some clients send
            DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss 'GMT'", Locale.US)  // RFC 850
                    .withZone(ZoneOffset.UTC),
            DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US).withZone(ZoneOffset.UTC));  // asctime

    /** The instant, or empty if {@code text} is not an HTTP-date. */
    static Optional<Instant> parse(String text) {
        String trimmed = text.strip();
        for (DateTimeFormatter reader : READERS) {
            try {
                return Optional.of(Instant.from(reader.parse(trimmed)));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    private HttpDates() {}
}
