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

    private AcceptEncoding() {}
}
