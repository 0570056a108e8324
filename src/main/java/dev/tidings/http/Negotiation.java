package dev.tidings.http;

import java.util.Locale;

/**
 * What the client wants of a feed URL: a person navigating to it in a browser gets an HTML page, every other client
 * (feed readers, curl, fetch) the feed itself.
 */
final class Negotiation {
    private static final String[] FEED_TYPES = {"application/atom+xml", "application/rss+xml", "application/feed+json",
        "application/xml", "text/xml", "application/json"};

    /**
     * A top-level navigation ({@code Sec-Fetch-Dest: document}, which browsers send and feed readers do not) whose
     * {@code Accept} prefers {@code text/html} over every feed type.
     */
    static boolean wantsPage(String secFetchDest, String accept) {
        if (secFetchDest == null || !secFetchDest.strip().equalsIgnoreCase("document") || accept == null) {
            return false;
        }
        double html = quality(accept, "text/html");
        if (html <= 0) {
            return false;
        }
        for (String type : FEED_TYPES) {
            if (quality(accept, type) >= html && listed(accept, type)) {
                return false;
            }
        }
        return true;
    }

    /** The q-value {@code accept} gives {@code type}: exact match, else {@code type/*}, else {@code *}/{@code *}. */
    static double quality(String accept, String type) {
        double exact = -1;
        double major = -1;
        double any = -1;
        String majorRange = type.substring(0, type.indexOf('/')) + "/*";
        for (String member : accept.split(",")) {
            String[] parts = member.split(";");
            String range = parts[0].strip().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
                if (parameter.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;  // malformed: as if not acceptable
                    }
                }
            }
            if (range.equals(type)) {
                exact = Math.max(exact, q);
            } else if (range.equals(majorRange)) {
                major = Math.max(major, q);
            } else if (range.equals("*/*")) {
                any = Math.max(any, q);
            }
        }
        return exact >= 0 ? exact : major >= 0 ? major : Math.max(any, 0);
    }

    private static boolean listed(String accept, String type) {
        return accept.toLowerCase(Locale.ROOT).contains(type);
    }

    private Negotiation() {}
}
