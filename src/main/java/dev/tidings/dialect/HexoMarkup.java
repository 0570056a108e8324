package dev.tidings.dialect;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The HTML and URLs Hexo's tags write, as its {@code hexo-util} writes them: escaped text, an element with its
 * attributes, {@code url_for} (a site path under the site's root, percent-encoded) and a post's asset folder, whose
 * files Hexo publishes next to the post's page. Stateless.
 */
final class HexoMarkup {
    private static final Pattern EXTERNAL = Pattern.compile("^(#|//|[A-Za-z][A-Za-z0-9+.-]*:)");
    // encodeURI leaves these as they are; everything else is percent-encoded as UTF-8
    private static final String KEPT = "-_.!~*'();/?:@&=+$,#%";

    // hexo-util's test for "this argument is a URL", which its img and link tags use to tell it from their other words
    private static final Pattern URL = Pattern.compile("(([A-Za-z]{3,9}:(?://)?)(?:[-;:&=+$,\\w]+@)?[A-Za-z0-9.-]+"
            + "|(?:www.|[-;:&=+$,\\w]+@)[A-Za-z0-9.-]+)((?:/[+~%/.\\w-_]*)?\\??(?:[-+=&;%@.\\w_]*)#?(?:[.!/\\\\w]*))?");

    private HexoMarkup() {}

    /** Whether Hexo's img and link tags take {@code word} for a URL (it contains one). */
    static boolean isUrl(String word) {
        return URL.matcher(word).find();
    }

    static String escape(String text) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Attributes in the order given: name, value, name, value … */
    static Map<String, String> attributes(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** {@code <name attributes>html</name>}, leaving out empty attributes (in the map's order). */
    static String element(String name, Map<String, String> attributes, String html) {
        return start(name, attributes) + html + "</" + name + ">";
    }

    /** {@code <name attributes>}: a start tag, or a void element ({@code img}); URLs percent-encoded as htmlTag does. */
    static String start(String name, Map<String, String> attributes) {
        var out = new StringBuilder("<").append(name);
        attributes.forEach((key, value) -> {
            if (!value.isEmpty()) {
                String text = key.equals("href") || key.equals("src") ? encode(value) : value;
                out.append(' ').append(key).append("=\"").append(escape(text)).append('"');
            }
        });
        return out.append('>').toString();
    }

    /** Hexo's {@code url_for}: a URL as it is, a site path under the site's root path, percent-encoded. */
    static String urlFor(Page page, String path) {
        if (EXTERNAL.matcher(path).find()) {
            return path;
        }
        return encode((rootPath(page) + path).replaceAll("/{2,}", "/"));
    }

    /** Hexo's {@code full_url_for}: a site path as an absolute URL under the site's URL. */
    static String fullUrlFor(Page page, String path) {
        if (EXTERNAL.matcher(path).find()) {
            return path;
        }
        String site = page.siteUrl().endsWith("/") ? page.siteUrl() : page.siteUrl() + "/";
        return encode(site + path.replaceFirst("^/+", ""));
    }

    /**
     * Where Hexo publishes the file {@code slug} of the post's asset folder, as a path from the site's host: the folder
     * named like the post's page ({@code /2024/05/post/} for {@code /2024/05/post/} or {@code /2024/05/post.html}).
     */
    static String assetPath(Page page, String slug) {
        String path = URI.create(encode(page.permalink())).getRawPath().replaceFirst("\\.html?$", "");
        return encode((path.endsWith("/") ? path : path + "/") + slug);
    }

    /** The path part of an absolute URL, percent-encoded. */
    static String path(String url) {
        return URI.create(encode(url)).getRawPath();
    }

    /** {@code encodeURI}: every character it does not keep as UTF-8 percent escapes ({@code %} itself is kept). */
    static String encode(String url) {
        var out = new StringBuilder(url.length());
        for (byte b : url.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || KEPT.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** The body with its lines' common indentation removed, and one line break at each end: Hexo's trimBody. */
    static String trimBody(String body) {
        int indent = Integer.MAX_VALUE;
        for (String line : body.split("\n", -1)) {
            if (!line.isBlank()) {
                indent = Math.min(indent, line.length() - line.stripLeading().length());
            }
        }
        var out = new StringBuilder();
        for (String line : body.split("\n", -1)) {
            out.append(line.length() >= indent && indent != Integer.MAX_VALUE ? line.substring(indent) : line.strip())
                    .append('\n');
        }
        return out.substring(0, out.length() - 1).replaceFirst("^\n", "").replaceFirst("\n$", "");
    }

    private static String rootPath(Page page) {
        String root = URI.create(encode(page.siteUrl())).getRawPath();
        return root == null || root.isEmpty() ? "/" : root.endsWith("/") ? root : root + "/";
    }
}
