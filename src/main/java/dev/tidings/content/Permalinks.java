package dev.tidings.content;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Slugs, permalinks and minted ids: the rules that keep an article's URL valid and its id stable. */
final class Permalinks {
    static final String SLUG_RULE = "letters, digits, other characters outside ASCII (not spaces or controls) and "
            + "-_.~!$&'()*+,;=@, without '..'";
    private static final String SLUG_PUNCTUATION = "-_.~!$&'()*+,;=@";  // a path segment's unreserved and sub-delims

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");
    private static final Pattern JEKYLL_PREFIX = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}-");

    /**
     * Checks a permalink pattern. The message says what is wrong without repeating the pattern, so that the caller can
     * put it after the pattern and where it came from.
     */
    static void checkPattern(String pattern) {
        if (!pattern.startsWith("/")) {
            throw new IllegalArgumentException("it does not start with '/'");
        }
        if (!pattern.contains("{slug}")) {
            throw new IllegalArgumentException("it has no {slug}");
        }
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            if (!m.group(1).matches("slug|year|month|day")) {
                throw new IllegalArgumentException("{" + m.group(1) + "} is not one of {slug}, {year}, {month} and {day}");
            }
        }
        String sample = pattern.replace("{slug}", "s").replaceAll("\\{\\w+}", "1");
        if (sample.contains("..") || sample.contains("?") || sample.contains("#") || sample.contains("\\")
                || !isUriPath(sample)) {
            throw new IllegalArgumentException("it is not a plain URL path: no '..', '?', '#', '\\' or characters a "
                    + "path cannot hold");
        }
    }

    /**
     * Whether {@code slug} is one URL path segment by our rule; null-free, never throws. Beyond ASCII any character the
     * generators take from a file name is accepted (full-width punctuation such as {@code ，？} too: it is
     * percent-encoded in URLs); ASCII is limited to what a path segment holds unencoded, so {@code / \ ? # %} and
     * spaces are refused, as are controls and {@code ..}.
     */
    static boolean isValidSlug(String slug) {
        if (slug.isEmpty() || slug.equals(".") || slug.contains("..")) {
            return false;
        }
        return slug.codePoints().allMatch(cp -> cp < 0x80
                ? Character.isLetterOrDigit(cp) || SLUG_PUNCTUATION.indexOf(cp) >= 0
                : Character.isLetterOrDigit(cp) || isMark(cp) || isVisible(cp));
    }

    private static boolean isVisible(int cp) {
        int type = Character.getType(cp);
        return !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && type != Character.CONTROL
                && type != Character.FORMAT && type != Character.SURROGATE && type != Character.PRIVATE_USE
                && type != Character.UNASSIGNED;
    }

    /**
     * The slug a file name gives: the name without its extension and Jekyll date prefix, lower-cased, spaces as
     * {@code -}; for Hugo's page bundles ({@code posts/hello/index.md}) the folder's name.
     */
    static String slugFromPath(String relativePath) {
        String[] parts = relativePath.split("/");
        String name = parts[parts.length - 1];
        String stem = name.substring(0, name.lastIndexOf('.'));
        if (stem.equals("index") && parts.length > 1) {
            stem = parts[parts.length - 2];
        }
        stem = JEKYLL_PREFIX.matcher(stem).replaceFirst("");
        return stem.trim().replaceAll("\\s+", "-").toLowerCase(Locale.ROOT);
    }

    /** The absolute permalink from a (checked) pattern, resolved against the blog's base URL. */
    static URI fromPattern(String pattern, URI baseUrl, String slug, OffsetDateTime published) {
        String path = pattern;
        if (path.contains("{year}") || path.contains("{month}") || path.contains("{day}")) {  // formatting costs
            path = path.replace("{year}", String.format("%04d", published.getYear()))
                    .replace("{month}", String.format("%02d", published.getMonthValue()))
                    .replace("{day}", String.format("%02d", published.getDayOfMonth()));
        }
        path = path.replace("{slug}", encode(slug));
        return baseUrl.resolve(path.substring(1));  // relative to the base, which may have a path of its own
    }

    /**
     * A {@code tag:} URI (RFC 4151) from the blog's id authority, the publish date as written and the slug. It does not
     * depend on the domain, the scheme or the permalink pattern, so moving the blog keeps every id.
     */
    static String mintId(String idAuthority, String slug, OffsetDateTime published) {
        return "tag:" + idAuthority + "," + published.toLocalDate() + ":" + encode(slug);
    }

    /** Percent-encodes what is not ASCII (and '%' itself), so the result is a valid URI path segment. */
    static String encode(String segment) {
        var out = new StringBuilder(segment.length());
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && c != '%' && c > ' ') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    private static boolean isUriPath(String path) {
        try {
            return URI.create("http://h" + path).getRawPath().equals(path);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private Permalinks() {}
}
