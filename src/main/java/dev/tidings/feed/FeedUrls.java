package dev.tidings.feed;

import java.nio.charset.StandardCharsets;

/** URL building for feed paths. */
final class FeedUrls {

    /**
     * Percent-encodes a name as one path segment: everything but ASCII letters, digits and {@code -._~} is encoded, so
     * {@code C++} becomes {@code C%2B%2B} and no decoder can mistake a {@code +} for a space.
     */
    static String segment(String name) {
        var out = new StringBuilder(name.length() * 3);
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append("0123456789ABCDEF".charAt(c >> 4)).append("0123456789ABCDEF".charAt(c & 0xF));
            }
        }
        return out.toString();
    }

    private FeedUrls() {}
}
