package dev.tidings.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** HTTP-dates (RFC 9110 §5.6.7), read in all three forms a client may send. */
final class HttpDates {
    private static final DateTimeFormatter IMF_FIXDATE = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final List<DateTimeFormatter> READERS = List.of(
            IMF_FIXDATE,
            DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC),  // RFC 850
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
