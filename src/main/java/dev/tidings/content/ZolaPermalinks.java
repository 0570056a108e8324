package dev.tidings.content;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The URL path Zola 0.22 gives a page under {@code content/}: the front matter's {@code path} as written (a {@code /}
 * added at either end where missing), else the page's folders as written joined with its slug. The slug is the front
 * matter's {@code slug}, else the file's name without extension ({@code index.md}: its folder's name), a leading date
 * ({@code 2024-01-15} or an RFC 3339 date-time) followed by {@code _} or {@code -} taken off unless the site sets
 * {@code slugify.paths_keep_dates}; then slugified as the site's {@code slugify.paths} says. Paths come back unescaped.
 */
final class ZolaPermalinks {
    /** Zola's {@code RFC3339_DATE}: the date (or date-time) a file name starts with, and the slug after it. */
    private static final Pattern DATED = Pattern.compile("(?<datetime>[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
            + "(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9]))?)"
            + "(\\s?[_-](?<slug>.+))?", Pattern.UNICODE_CHARACTER_CLASS);  // \s is Unicode's, as in Rust's regex

    private final Strategy strategy;
    private final boolean keepDates;

    /**
     * @param rules Zola's {@code slugify.paths} ({@code on}, {@code safe} or {@code off}; {@code on} when absent) and
     *              {@code slugify.paths_keep_dates} ({@code true} or not), by those names
     */
    ZolaPermalinks(Map<String, String> rules) {
        this.strategy = Strategy.of(rules.getOrDefault("slugify.paths", "on"));
        this.keepDates = rules.getOrDefault("slugify.paths_keep_dates", "").strip().equalsIgnoreCase("true");
    }

    /** The page's path under the site's {@code base_url}, starting and ending with {@code /}. */
    String path(PostFacts post) {
        Optional<String> given = post.field("path").map(String::strip);
        if (given.isPresent()) {
            String path = given.get().startsWith("/") ? given.get() : "/" + given.get();
            return path.endsWith("/") ? path : path + "/";
        }
        String folder = isBundle(post) ? parent(post.folder()) : post.folder();
        String slug = slug(post).orElseGet(() -> tidingsSlug(source(post)));
        return "/" + (folder.isEmpty() ? "" : folder + "/") + slug + "/";
    }

    /**
     * Why the path is not Zola's, if it is not: {@code slugify.paths = "on"} transliterates characters outside ASCII
     * with a table Tidings does not have, so a name in, say, Chinese keeps Tidings' slug ({@code 注意力}, not
     * Zola's {@code zhu-yi-li}), and the page needs a {@code slug} written in ASCII.
     */
    Optional<String> doubt(PostFacts post) {
        if (post.field("path").isPresent() || slug(post).isPresent()) {
            return Optional.empty();
        }
        String source = source(post);
        String what = post.field("slug").isPresent() ? "its 'slug'" : isBundle(post) ? "its folder's name"
                : "its file name";
        return Optional.of("Zola's slugify.paths = \"on\" spells " + what + " '" + source + "' in ASCII with a table "
                + "Tidings does not have, so its link uses '" + tidingsSlug(source) + "' instead of Zola's; set 'slug' "
                + "to the last part of the page's URL on the site, or 'path' to all of it");
    }

    /** The date a page's file (or page bundle's folder) name starts with, if it does: midnight UTC for a date alone. */
    static Optional<OffsetDateTime> fileDate(String path) {
        String[] parts = path.split("/");
        String name = parts[parts.length - 1];
        name = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        if (name.equals("index") && parts.length > 1) {
            name = parts[parts.length - 2];
        }
        Matcher m = DATED.matcher(name);
        return m.lookingAt() ? Dates.parse(m.group("datetime"), ZoneOffset.UTC) : Optional.empty();
    }

    /** Zola's slug, or empty where Tidings cannot compute it. */
    private Optional<String> slug(PostFacts post) {
        String source = source(post);
        return switch (strategy) {
            case ON -> Slugs.zolaSlugify(source);
            case SAFE -> Optional.of(Slugs.zolaSafe(source));
            case OFF -> Optional.of(source);
        };
    }

    /** What Zola slugifies: the front matter's slug, else the file or folder name without its date. */
    private String source(PostFacts post) {
        Optional<String> given = post.field("slug");
        if (given.isPresent()) {
            return given.get();
        }
        String name = isBundle(post) ? post.folder().substring(post.folder().lastIndexOf('/') + 1) : post.stem();
        Matcher m = DATED.matcher(name);
        return !keepDates && m.lookingAt() && m.group("slug") != null ? m.group("slug") : name;
    }

    /** Tidings' own slug of a name: spaces as {@code -}, lower case. */
    private static String tidingsSlug(String name) {
        return name.strip().replaceAll("\\s+", "-").toLowerCase(Locale.ROOT);
    }

    private static boolean isBundle(PostFacts post) {
        return post.stem().equals("index") && !post.folder().isEmpty();
    }

    private static String parent(String folder) {
        int slash = folder.lastIndexOf('/');
        return slash < 0 ? "" : folder.substring(0, slash);
    }

    private enum Strategy {
        ON, SAFE, OFF;

        static Strategy of(String written) {
            return switch (written.strip().toLowerCase(Locale.ROOT)) {
                case "safe" -> SAFE;
                case "off" -> OFF;
                default -> ON;
            };
        }
    }
}
