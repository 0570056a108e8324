package dev.tidings.http;

import java.util.Locale;

/** Reads {@code Accept-Encoding} with its q-values (RFC 9110 §12.5.3), for the one question we ask of it. */
final class AcceptEncoding {

    /**
     * Whether gzip is acceptable: listed (as {@code gzip} or {@code x-gzip}) with q above 0, or covered by {@code *} with
     * q above 0. {@code gzip;q=0} means no. A malformed member counts as absent.
     */
    static boolean allowsGzip(String header) {
        if (header == null) {
            return false;
        }
        double gzip = -1;
        double any = -1;
        for (String member : header.split(",")) {
            String[] parts = member.split(";");
            String coding = parts[0].strip().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
                if (parameter.startsWith("q=")) {
                    q = quality(parameter.substring(2));
                }
            }
            if (q < 0) {
                continue;  // malformed q-value
            }
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                gzip = Math.max(gzip, q);
            } else if (coding.equals("*")) {
                any = q;
            }
        }
        return gzip >= 0 ? gzip > 0 : any > 0;
    }

    /** A q-value from 0 to 1 with up to three decimals, or -1 if malformed. */
    private static double quality(String text) {
        if (!text.matches("0(\\.\\d{0,3})?|1(\\.0{0,3})?")) {
            return -1;
        }
        return Double.parseDouble(text);
    }

    private AcceptEncoding() {}
}
