package dev.tidings.dialect;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Liquid filters a post commonly uses — Jekyll's URL and date filters, Liquid's string filters — on text values
 * (an absent value is empty text, as Liquid prints nil).
 */
final class LiquidFilters {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    /** One filter: its input, its arguments (missing ones are empty text), and the site's url and baseurl. */
    private interface Filter {
        String apply(String input, Args args, Function<String, String> site);
    }

    private record Args(List<String> all) {
        String get(int i) {
            return i < all.size() ? all.get(i) : "";
        }

        String get(int i, String otherwise) {
            return i < all.size() ? all.get(i) : otherwise;
        }

        int number(int i, int otherwise) {
            try {
                return Integer.parseInt(get(i).strip());
            } catch (NumberFormatException e) {
                return otherwise;
            }
        }
    }

    private static final Map<String, Filter> FILTERS = Map.ofEntries(
            entry("relative_url", (in, a, site) -> relativeUrl(in, site.apply("baseurl"))),
            entry("absolute_url", (in, a, site) -> SCHEME.matcher(in).find() ? in
                    : site.apply("url").replaceAll("/+$", "") + relativeUrl(in, site.apply("baseurl"))),
            entry("date", (in, a, site) -> a.all().isEmpty() ? in : date(in, a.get(0))),
            entry("date_to_string", (in, a, site) -> date(in, "%d %b %Y")),
            entry("date_to_long_string", (in, a, site) -> date(in, "%d %B %Y")),
            entry("date_to_rfc822", (in, a, site) -> date(in, "%a, %d %b %Y %H:%M:%S %z")),
            entry("date_to_xmlschema", (in, a, site) -> LiquidDates.parse(in)
                    .map(DateTimeFormatter.ISO_OFFSET_DATE_TIME::format).orElse(in)),
            entry("upcase", (in, a, site) -> in.toUpperCase(Locale.ROOT)),
            entry("downcase", (in, a, site) -> in.toLowerCase(Locale.ROOT)),
            entry("capitalize", (in, a, site) -> in.isEmpty() ? in
                    : in.substring(0, 1).toUpperCase(Locale.ROOT) + in.substring(1).toLowerCase(Locale.ROOT)),
            entry("strip", (in, a, site) -> in.strip()),
            entry("lstrip", (in, a, site) -> in.stripLeading()),
            entry("rstrip", (in, a, site) -> in.stripTrailing()),
            entry("strip_newlines", (in, a, site) -> in.replaceAll("\\r?\\n", "")),
            entry("strip_html", (in, a, site) -> in.replaceAll("<[^>]*>", "")),
            entry("newline_to_br", (in, a, site) -> in.replace("\n", "<br />\n")),
            entry("escape", (in, a, site) -> escape(in.replace("&", "&amp;"))),
            entry("xml_escape", (in, a, site) -> escape(in.replace("&", "&amp;"))),
            entry("escape_once", (in, a, site) -> escape(in.replaceAll(
                    "&(?!(?:[a-zA-Z]+|#[0-9]+|#x[0-9a-fA-F]+);)", "&amp;"))),
            entry("url_encode", (in, a, site) -> URLEncoder.encode(in, StandardCharsets.UTF_8)),
            entry("cgi_escape", (in, a, site) -> URLEncoder.encode(in, StandardCharsets.UTF_8)),
            entry("uri_escape", (in, a, site) -> encodePath(in)),
            entry("url_decode", (in, a, site) -> URLDecoder.decode(in, StandardCharsets.UTF_8)),
            entry("slugify", (in, a, site) -> in.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                    .replaceAll("^-+|-+$", "")),
            entry("append", (in, a, site) -> in + a.get(0)),
            entry("prepend", (in, a, site) -> a.get(0) + in),
            entry("default", (in, a, site) -> in.isEmpty() || in.equals("false") ? a.get(0) : in),
            entry("replace", (in, a, site) -> in.replace(a.get(0), a.get(1))),
            entry("replace_first", (in, a, site) -> in.replaceFirst(Pattern.quote(a.get(0)),
                    Matcher.quoteReplacement(a.get(1)))),
            entry("remove", (in, a, site) -> in.replace(a.get(0), "")),
            entry("remove_first", (in, a, site) -> in.replaceFirst(Pattern.quote(a.get(0)), "")),
            entry("truncate", (in, a, site) -> truncate(in, a.number(0, 50), a.get(1, "..."))),
            entry("truncatewords", (in, a, site) -> truncateWords(in, a.number(0, 15), a.get(1, "..."))),
            entry("size", (in, a, site) -> String.valueOf(in.codePointCount(0, in.length()))),
            entry("number_of_words", (in, a, site) -> String.valueOf(in.isBlank() ? 0 : in.strip().split("\\s+")
                    .length)),
            entry("markdownify", (in, a, site) -> in),  // the value goes on to Markdown anyway
            entry("smartify", (in, a, site) -> in),
            entry("jsonify", (in, a, site) -> '"' + in.replace("\\", "\\\\").replace("\"", "\\\"") + '"'));

    private LiquidFilters() {}

    /**
     * {@code input} through the filter {@code name} with {@code args}; empty when Tidings does not know the filter.
     *
     * @param site {@code site.url} and {@code site.baseurl} by the name after {@code site.}, for the URL filters
     */
    static Optional<String> apply(String name, String input, List<String> args, Function<String, String> site) {
        return Optional.ofNullable(FILTERS.get(name)).map(filter -> filter.apply(input, new Args(args), site));
    }

    private static Map.Entry<String, Filter> entry(String name, Filter filter) {
        return Map.entry(name, filter);
    }

    /** Jekyll's {@code relative_url}: the site's base path before a path below it; an absolute URL as it is. */
    private static String relativeUrl(String input, String baseurl) {
        if (SCHEME.matcher(input).find()) {
            return input;
        }
        String base = baseurl.replaceAll("/+$", "");
        return encodePath(leadingSlash(base) + leadingSlash(input));
    }

    private static String leadingSlash(String path) {
        return path.isEmpty() || path.startsWith("/") ? path : "/" + path;
    }

    /** Spaces and characters outside ASCII percent-encoded, as Jekyll's URL normalization writes them. */
    private static String encodePath(String path) {
        var out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            if (b < 0 || b == ' ' || b == '"' || b == '<' || b == '>') {
                out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            } else {
                out.append((char) b);
            }
        }
        return out.toString();
    }

    private static String date(String input, String pattern) {
        return LiquidDates.parse(input).map(date -> LiquidDates.strftime(date, pattern)).orElse(input);
    }

    private static String escape(String text) {
        return text.replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static String truncate(String input, int length, String ellipsis) {
        if (input.codePointCount(0, input.length()) <= length) {
            return input;
        }
        int keep = Math.max(0, length - ellipsis.codePointCount(0, ellipsis.length()));
        return input.substring(0, input.offsetByCodePoints(0, keep)) + ellipsis;
    }

    private static String truncateWords(String input, int words, String ellipsis) {
        String[] all = input.strip().split("\\s+");
        return all.length <= words ? input : String.join(" ", List.of(all).subList(0, Math.max(1, words))) + ellipsis;
    }
}
