package dev.tidings.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The URL path Hexo 8 gives a post under {@code source/_posts}: the front matter's {@code permalink} as written, else
 * the site's {@code permalink} rule ({@code :year/:month/:day/:title/} unless set). {@code :title} is the post's slug,
 * which comes from the file's path and the site's {@code new_post_name}, never from a {@code slug} field: with the
 * default {@code :title.md} it is the path without extension, folders, spaces and date prefix kept; with a pattern
 * like {@code :year-:month-:day-:title.md} it is what {@code :title} matched, and a path the pattern does not match is
 * slugized whole ({@code notes/2021/x} → {@code notes-2021-x}). Paths come back unescaped.
 */
final class HexoPermalinks {
    private static final Pattern PARAM = Pattern.compile(":(\\w*[^_\\W])");
    private static final Map<String, String> SEGMENTS = Map.of("year", "(\\d{4})", "month", "(\\d{2})",
            "day", "(\\d{2})", "i_month", "(\\d{1,2})", "i_day", "(\\d{1,2})", "hash", "([0-9a-f]{12})");

    private final String rule;
    private final Pattern newPostName;
    private final boolean namesTitle;
    private final ZoneId zone;
    private final String defaultCategory;

    /**
     * @param rule            the site's {@code permalink} ({@code :year/:month/:day/:title/} by default)
     * @param newPostName     the site's {@code new_post_name} ({@code :title.md} by default)
     * @param defaultCategory the site's {@code default_category} ({@code uncategorized} by default)
     */
    HexoPermalinks(String rule, String newPostName, ZoneId zone, String defaultCategory) {
        this.rule = rule;
        String name = newPostName.contains(".") ? newPostName.substring(0, newPostName.lastIndexOf('.')) : newPostName;
        Matcher m = PARAM.matcher(name);
        var regex = new StringBuilder("^");
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(name.substring(last, m.start())))
                    .append(m.group(1).equals("title") ? "(?<title>.+?)" : SEGMENTS.getOrDefault(m.group(1), "(.+?)"));
            last = m.end();
        }
        this.newPostName = Pattern.compile(regex.append(Pattern.quote(name.substring(last))).append('$').toString());
        this.namesTitle = name.contains(":title");
        this.zone = zone;
        this.defaultCategory = defaultCategory;
    }

    /** The post's path under the site's {@code url} (which includes {@code root}), starting with {@code /}. */
    String path(PostFacts post) {
        var fixed = post.field("permalink").map(String::strip);
        if (fixed.isPresent()) {
            return fixed.get().startsWith("/") ? fixed.get() : "/" + fixed.get();
        }
        Matcher m = PARAM.matcher(rule);
        var out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(param(m.group(1), post)));
        }
        String path = m.appendTail(out).toString();
        return path.startsWith("/") ? path : "/" + path;
    }

    /** The post's slug, which {@code :title} writes. */
    String slug(PostFacts post) {
        String path = post.path().contains(".") ? post.path().substring(0, post.path().lastIndexOf('.')) : post.path();
        Matcher m = newPostName.matcher(path);
        return m.matches() && namesTitle ? m.group("title") : Slugs.hexoSlugize(path, false);
    }

    private String param(String name, PostFacts post) {
        ZonedDateTime date = post.date().atZoneSameInstant(zone);
        return switch (name) {
            case "title" -> slug(post);
            case "name" -> slug(post).substring(slug(post).lastIndexOf('/') + 1);
            case "post_title" -> Slugs.hexoSlugize(post.field("title").orElse(""), true);
            case "year" -> String.format("%04d", date.getYear());
            case "month" -> String.format("%02d", date.getMonthValue());
            case "day" -> String.format("%02d", date.getDayOfMonth());
            case "hour" -> String.format("%02d", date.getHour());
            case "minute" -> String.format("%02d", date.getMinute());
            case "second" -> String.format("%02d", date.getSecond());
            case "i_month" -> Integer.toString(date.getMonthValue());
            case "i_day" -> Integer.toString(date.getDayOfMonth());
            case "timestamp" -> Long.toString(date.toEpochSecond());
            case "hash" -> hash(slug(post) + date.toEpochSecond());
            case "category" -> category(post);
            // :id is the front matter's id; without one Hexo uses its database's random _id, which no one can repeat.
            default -> post.field(name).orElseThrow(() -> new IllegalArgumentException(
                    "the permalink's :" + name + " needs a '" + name + "' field"));
        };
    }

    /** The last category's slug, which carries its parents': {@code [技术, 子类]} → {@code 技术/子类}. */
    private String category(PostFacts post) {
        return post.categories().isEmpty() ? defaultCategory : String.join("/",
                post.categories().stream().map(c -> Slugs.hexoSlugize(c, false)).toList());
    }

    private static String hash(String text) {
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha1).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }
}
