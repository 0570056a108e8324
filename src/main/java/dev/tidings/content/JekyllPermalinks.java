package dev.tidings.content;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The URL path and {@code post.id} Jekyll 4.3 gives a post in a {@code _posts} folder: the front matter's
 * {@code permalink}, else the site's {@code permalink} style ({@code date} unless set) or pattern, placeholders filled
 * from the {@code YYYY-MM-DD-slug.ext} file name, the date in the site's time zone and the categories (folders above
 * {@code _posts}, then {@code category}/{@code categories}, lower-cased). Paths come back unescaped.
 */
final class JekyllPermalinks {
    /** Jekyll's {@code DATE_FILENAME_MATCHER}: the date and slug of {@code 2015-05-21-GPU-Notes.md}. */
    static final Pattern FILE_NAME = Pattern.compile("^(\\d{2,4}-\\d{1,2}-\\d{1,2})-([^/]*)(\\.[^.]+)$");
    private static final Pattern PLACEHOLDER = Pattern.compile(":(\\w+)");

    private final String pattern;
    private final ZoneId zone;

    /** @param rule the site's {@code permalink} setting: a style name or a pattern */
    JekyllPermalinks(String rule, ZoneId zone) {
        this.pattern = switch (rule.strip()) {
            case "", "date" -> "/:categories/:year/:month/:day/:title:output_ext";
            case "pretty" -> "/:categories/:year/:month/:day/:title/";
            case "ordinal" -> "/:categories/:year/:y_day/:title:output_ext";
            case "weekdate" -> "/:categories/:year/W:week/:short_day/:title:output_ext";
            case "none" -> "/:categories/:title:output_ext";
            default -> rule.strip();
        };
        this.zone = zone;
    }

    /** The post's path under the site's {@code url} + {@code baseurl}, starting with {@code /}. */
    String path(PostFacts post) {
        String template = post.field("permalink").map(String::strip).orElse(pattern);
        Matcher m = PLACEHOLDER.matcher(template);
        var out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(placeholder(m.group(1), post)));
        }
        String path = ("/" + m.appendTail(out)).replaceAll("/{2,}", "/");
        return path;
    }

    /**
     * Jekyll's {@code post.id}, which jekyll-feed writes (made absolute) as each entry's id: the folder of
     * {@link #path} joined with the front matter's {@code slug} or the file name's slug, as written.
     */
    String id(PostFacts post) {
        String path = path(post);
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        String folder = trimmed.substring(0, trimmed.lastIndexOf('/') + 1);
        return folder + post.field("slug").orElseGet(() -> fileSlug(post));
    }

    /** The date a Jekyll post file name starts with, if it does. */
    static Optional<String> fileDate(String path) {
        Matcher m = FILE_NAME.matcher(path.substring(path.lastIndexOf('/') + 1));
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private String placeholder(String name, PostFacts post) {
        ZonedDateTime date = post.date().atZoneSameInstant(zone);
        String slug = post.field("slug").orElseGet(() -> fileSlug(post));
        return switch (name) {
            case "categories" -> String.join("/", categories(post));
            case "title" -> Slugs.jekyllSlugify(slug, true, true);
            case "slug" -> Slugs.jekyllSlugify(slug, false, false);
            case "name" -> Slugs.jekyllSlugify(fileSlug(post), false, false);
            case "output_ext" -> ".html";
            case "year" -> String.format("%04d", date.getYear());
            case "short_year" -> String.format("%02d", date.getYear() % 100);
            case "month" -> String.format("%02d", date.getMonthValue());
            case "i_month" -> Integer.toString(date.getMonthValue());
            case "short_month" -> date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case "long_month" -> date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case "day" -> String.format("%02d", date.getDayOfMonth());
            case "i_day" -> Integer.toString(date.getDayOfMonth());
            case "y_day" -> String.format("%03d", date.getDayOfYear());
            case "week" -> String.format("%02d", date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case "short_day" -> date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case "long_day" -> date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case "hour" -> String.format("%02d", date.getHour());
            case "minute" -> String.format("%02d", date.getMinute());
            case "second" -> String.format("%02d", date.getSecond());
            default -> ":" + name;  // Jekyll leaves a placeholder it does not know as written
        };
    }

    /** Folders above {@code _posts}, then the front matter's categories; lower case, each once. */
    private static List<String> categories(PostFacts post) {
        var all = new LinkedHashSet<String>();
        String folder = post.folder();
        int posts = folder.indexOf("_posts");
        if (posts > 0) {
            Arrays.stream(folder.substring(0, posts).split("/")).filter(s -> !s.isEmpty()).forEach(all::add);
        }
        post.categories().forEach(all::add);
        var lower = new ArrayList<String>();
        all.forEach(c -> lower.add(c.toLowerCase(Locale.ROOT)));
        return List.copyOf(new LinkedHashSet<>(lower));
    }

    private static String fileSlug(PostFacts post) {
        String name = post.path().substring(post.path().lastIndexOf('/') + 1);
        Matcher m = FILE_NAME.matcher(name);
        return m.matches() ? m.group(2) : post.stem();
    }

    /**
     * The permalink posts get: the one a front matter default for posts sets ({@code defaults:} with a {@code scope}
     * of {@code type: posts}, or no type, and a {@code path} that is empty or {@code _posts}, as the Chirpy theme's
     * {@code _config.yml} does), which Jekyll puts before the site's {@code permalink}; else the site's.
     */
    static Optional<ConfigValue> forPosts(Optional<ConfigValue> permalink, Optional<ConfigValue> defaults) {
        if (defaults.isPresent() && defaults.get().value() instanceof List<?> entries) {
            for (int i = entries.size() - 1; i >= 0; i--) {  // a later default wins over an earlier one
                if (entries.get(i) instanceof Map<?, ?> map && map.get("values") instanceof Map<?, ?> values
                        && values.get("permalink") instanceof String rule && !rule.isBlank() && forPosts(map)) {
                    return Optional.of(defaults.get().withText(rule.strip()));
                }
            }
        }
        return permalink;
    }

    private static boolean forPosts(Map<?, ?> entry) {
        Object scope = entry.get("scope");
        if (!(scope instanceof Map<?, ?> where)) {
            return scope == null;
        }
        Object type = where.get("type");
        Object path = where.get("path");
        return (type == null || "posts".equals(type)) && (path == null || "".equals(path) || "_posts".equals(path));
    }
}
