package dev.tidings.http;

import dev.tidings.feed.RenderedFeed;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Conditional GET (RFC 9110 §13): {@code If-None-Match} with weak comparison, lists and {@code *}, taking precedence
 * over {@code If-Modified-Since}, which is compared as a date. Tags that proxies changed still match: {@code W/} (nginx
 * weakens tags when it compresses) and a {@code -gzip}, {@code -br} or {@code -zstd} suffix (Apache adds them). A
 * malformed header is ignored, as if absent.
 */
final class Conditions {
    private static final List<String> CODING_SUFFIXES = List.of("-gz", "-gzip", "-br", "-zstd", "-deflate");

    /** Whether the client's copy is current, so a 304 answers the request. */
    static boolean notModified(String ifNoneMatch, String ifModifiedSince, RenderedFeed feed, Instant now) {
        if (ifNoneMatch != null && (ifNoneMatch.equals(feed.etag(true)) || ifNoneMatch.equals(feed.etag(false)))) {
            return true;  // the tag as we sent it, as nearly every client sends it back: nothing to parse
        }
        Optional<List<String>> tags = ifNoneMatch == null ? Optional.empty() : entityTags(ifNoneMatch);
        if (tags.isPresent()) {
            return tags.get().stream().anyMatch(tag -> tag.equals("*") || stripCoding(tag).equals(feed.etag()));
        }
        if (ifModifiedSince == null) {
            return false;
        }
        Optional<Instant> since = HttpDates.parse(ifModifiedSince).filter(date -> !date.isAfter(now));
        return since.isPresent()
                && !feed.lastModified().truncatedTo(ChronoUnit.SECONDS).isAfter(since.get());
    }

    /**
     * The opaque parts of the listed tags ({@code *} as itself), or empty if the header is not a list of entity tags.
     * {@code W/"a", "b"} gives {@code [a, b]}.
     */
    static Optional<List<String>> entityTags(String header) {
        String text = header.strip();
        if (text.equals("*")) {
            return Optional.of(List.of("*"));
        }
        var tags = new ArrayList<String>();
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("W/", i)) {
                i += 2;
            }
            if (i >= text.length() || text.charAt(i) != '"') {
                return Optional.empty();
            }
            int close = text.indexOf('"', i + 1);
            if (close < 0) {
                return Optional.empty();
            }
            tags.add(text.substring(i + 1, close));
            i = close + 1;
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            if (i < text.length()) {
                if (text.charAt(i) != ',') {
                    return Optional.empty();
                }
                i++;
                while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == ',')) {
                    i++;
                }
            }
        }
        return tags.isEmpty() ? Optional.empty() : Optional.of(tags);
    }

    private static String stripCoding(String tag) {
        for (String suffix : CODING_SUFFIXES) {
            if (tag.endsWith(suffix)) {
                return tag.substring(0, tag.length() - suffix.length());
            }
        }
        return tag;
    }

    private Conditions() {}
}
