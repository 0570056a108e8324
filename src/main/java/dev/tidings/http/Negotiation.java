package dev.tidings.http;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.jetty.http.QuotedQualityCSV;

/**
 * What the client wants of a feed URL: a person navigating to it in a browser gets an HTML page, every other client
 * (feed readers, curl, fetch) the feed itself.
 */
final class Negotiation {
    private static final String[] FEED_TYPES = {"application/atom+xml", "application/rss+xml", "application/feed+json",
        "application/xml", "text/xml", "application/json"};

    /**
     * A top-level navigation ({@code Sec-Fetch-Dest: document}, which browsers send and feed readers do not) whose
     * {@code Accept} prefers {@code text/html} over every feed type it names.
     */
    static boolean wantsPage(String secFetchDest, String accept) {
        if (secFetchDest == null || !secFetchDest.strip().equalsIgnoreCase("document") || accept == null) {
            return false;
        }
        var ranges = new QuotedQualityCSV();
        ranges.addValue(accept.toLowerCase(Locale.ROOT));  // media ranges and the q parameter are case-insensitive
        List<QuotedQualityCSV.QualityValue> accepted = ranges.getQualityValues();
        double html = quality(accepted, "text/html");
        return html > 0 && Arrays.stream(FEED_TYPES).noneMatch(type -> named(accepted, type, html));
    }

    /**
     * The q-value given {@code type}: its own, else that of {@code type/*}, else that of {@code *}/{@code *}; 0 if
     * none. A q-value that is not a number is 0.
     */
    private static double quality(List<QuotedQualityCSV.QualityValue> accepted, String type) {
        double exact = -1;
        double major = -1;
        double any = -1;
        String majorRange = type.substring(0, type.indexOf('/')) + "/*";
        for (var range : accepted) {
            String name = withoutParameters(range.getValue());
            if (name.equals(type)) {
                exact = Math.max(exact, range.getWeight());
            } else if (name.equals(majorRange)) {
                major = Math.max(major, range.getWeight());
            } else if (name.equals("*/*")) {
                any = Math.max(any, range.getWeight());
            }
        }
        return exact >= 0 ? exact : major >= 0 ? major : Math.max(any, 0);
    }

    /** Whether {@code type} is named itself (not just covered by a wildcard) with a q-value of {@code html} or more. */
    private static boolean named(List<QuotedQualityCSV.QualityValue> accepted, String type, double html) {
        return accepted.stream().anyMatch(range -> withoutParameters(range.getValue()).equals(type)
                && range.getWeight() >= html);
    }

    /** {@code text/html} of {@code text/html;level=1}: Jetty removes the q parameter, but keeps any others. */
    static String withoutParameters(String member) {
        int semicolon = member.indexOf(';');
        return (semicolon < 0 ? member : member.substring(0, semicolon)).strip();
    }

    private Negotiation() {}
}
