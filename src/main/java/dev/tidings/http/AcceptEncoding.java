package dev.tidings.http;

import java.util.Locale;
import org.eclipse.jetty.http.QuotedQualityCSV;

/** Reads {@code Accept-Encoding} with its q-values (RFC 9110 §12.5.3), for the one question we ask of it. */
final class AcceptEncoding {

    /**
     * Whether gzip is acceptable: listed (as {@code gzip} or {@code x-gzip}) with q above 0, or covered by {@code *}
     * with q above 0. {@code gzip;q=0} means no, and so does a q-value that is not a number (Jetty reads it as 0). A
     * member with a q-value above 1 counts as absent.
     */
    static boolean allowsGzip(String header) {
        if (header == null) {
            return false;
        }
        if (isBareList(header)) {
            return listsGzip(header);  // what nearly every client sends, read without parsing q-values
        }
        var codings = new QuotedQualityCSV();
        codings.addValue(header.toLowerCase(Locale.ROOT));  // codings and the q parameter are case-insensitive
        double gzip = -1;
        double any = -1;
        for (var coding : codings.getQualityValues()) {
            String name = Negotiation.withoutParameters(coding.getValue());
            if (coding.getWeight() > 1) {
                continue;  // malformed (q-values run from 0 to 1): as if not listed
            }
            if (name.equals("gzip") || name.equals("x-gzip")) {
                gzip = Math.max(gzip, coding.getWeight());
            } else if (name.equals("*")) {
                any = Math.max(any, coding.getWeight());
            }
        }
        return gzip >= 0 ? gzip > 0 : any > 0;
    }

    /** Only codings, commas and spaces: no q-values, quotes or parameters, so every coding listed has q=1. */
    private static boolean isBareList(String header) {
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '*'
                    || c == ',' || c == ' ' || c == '\t')) {
                return false;
            }
        }
        return true;
    }

    /** Whether a bare list names {@code gzip}, {@code x-gzip} or {@code *}, in any case. */
    private static boolean listsGzip(String header) {
        int start = 0;
        while (start <= header.length()) {
            int comma = header.indexOf(',', start);
            int end = comma < 0 ? header.length() : comma;
            int from = start;
            int to = end;
            while (from < to && (header.charAt(from) == ' ' || header.charAt(from) == '\t')) {
                from++;
            }
            while (to > from && (header.charAt(to - 1) == ' ' || header.charAt(to - 1) == '\t')) {
                to--;
            }
            if (names(header, from, to, "gzip") || names(header, from, to, "x-gzip") || names(header, from, to, "*")) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    private static boolean names(String header, int from, int to, String coding) {
        return to - from == coding.length() && header.regionMatches(true, from, coding, 0, coding.length());
    }

    private AcceptEncoding() {}
}
