package dev.tidings.content;

import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The URL path Hugo publishes a regular page at, as {@code hugo} 0.111 computes it: front matter {@code url} as
 * written, else the section's {@code permalinks} rule, else {@code /folders/file/}; then the whole path lower-cased
 * and sanitized like {@link Slugs#hugoUrlize} (a {@code url} is left alone), and {@code uglyURLs} turning
 * {@code /a/b/} into {@code /a/b.html}. Paths come back unescaped ({@code /post/我的笔记/}).
 */
final class HugoPermalinks {
    private static final Pattern ATTRIBUTE = Pattern.compile(":(\\w+)(\\[.+?])?");

    private final Map<String, String> rules;
    private final boolean uglyUrls;
    private final Set<String> nestedSections;

    /**
     * @param rules          the {@code permalinks} table: section name (or {@code posts/nested}) to pattern
     * @param nestedSections folders below the top level that hold an {@code _index.md} (only those are sections in
     *                       Hugo: {@code :sections} of {@code blog/deep/x.md} is {@code blog} without one)
     */
    HugoPermalinks(Map<String, String> rules, boolean uglyUrls, Set<String> nestedSections) {
        this.rules = Map.copyOf(rules);
        this.uglyUrls = uglyUrls;
        this.nestedSections = Set.copyOf(nestedSections);
    }

    /** The page's path under the base URL, starting with {@code /}. A bundle is its {@code index.md}'s path. */
    String path(PostFacts post) {
        var url = post.field("url").map(String::strip);
        if (url.isPresent()) {
            return fromUrl(url.get());
        }
        String section = section(post);
        String rule = rules.get(sectionsPath(post));
        if (rule == null) {
            rule = rules.get(section);
        }
        String path;
        if (rule != null) {
            path = expand(rule, post);
        } else {
            String base = isBundle(post) ? "" : post.field("slug").orElse(post.stem());
            path = "/" + post.folder() + "/" + base;
        }
        String link = (uglyUrls ? "/" + trimSlashes(path) + ".html" : path + "/").replaceAll("/{2,}", "/");
        return Slugs.hugoUrlize(link);
    }

    private static String fromUrl(String url) {
        String path = url.startsWith("/") ? url : "/" + url;
        boolean hasDot = url.contains(".");
        return url.endsWith("/") || hasDot ? path : path + "/";
    }

    private String expand(String rule, PostFacts post) {
        Matcher m = ATTRIBUTE.matcher(rule);
        var out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(attribute(m.group(1), m.group(2), post)));
        }
        return m.appendTail(out).toString();
    }

    private String attribute(String name, String slice, PostFacts post) {
        var date = post.date();
        return switch (name) {
            case "year" -> Integer.toString(date.getYear());
            case "month" -> String.format("%02d", date.getMonthValue());
            case "monthname" -> date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case "day" -> String.format("%02d", date.getDayOfMonth());
            case "weekday" -> Integer.toString(date.getDayOfWeek().getValue() % 7);  // Go counts from Sunday = 0
            case "weekdayname" -> date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case "yearday" -> Integer.toString(date.getDayOfYear());
            case "section" -> section(post);
            case "sections" -> slice == null ? sectionsPath(post) : slice(slice, sectionsPath(post).split("/"));
            case "title" -> title(post);
            case "slug" -> post.field("slug").map(Slugs::hugoUrlize).orElseGet(() -> title(post));
            case "slugorfilename" -> post.field("slug").map(Slugs::hugoUrlize).orElseGet(() -> filename(post));
            case "filename", "contentbasename" -> filename(post);
            default -> throw new IllegalArgumentException("Hugo has no permalink attribute :" + name);
        };
    }

    // Hugo 0.111 publishes "a+b" in a title as a-b, while a slug or file name keeps its '+'.
    private static String title(PostFacts post) {
        return Slugs.hugoUrlize(post.field("title").orElse("").replace('+', ' '));
    }

    private static String filename(PostFacts post) {
        return Slugs.hugoUrlize(isBundle(post) ? post.folder().substring(post.folder().lastIndexOf('/') + 1)
                : post.stem());
    }

    private static boolean isBundle(PostFacts post) {
        return post.stem().equals("index") && !post.folder().isEmpty();
    }

    private static String section(PostFacts post) {
        String folder = post.folder();
        int slash = folder.indexOf('/');
        return slash < 0 ? folder : folder.substring(0, slash);
    }

    /** The page's current section as Hugo sees it: the deepest folder that is a section, with its parents. */
    private String sectionsPath(PostFacts post) {
        String folder = isBundle(post) ? parent(post.folder()) : post.folder();
        while (folder.contains("/") && !nestedSections.contains(folder)) {
            folder = parent(folder);
        }
        return folder;
    }

    private static String slice(String slice, String[] sections) {
        String[] bounds = slice.substring(1, slice.length() - 1).split(":", -1);
        if (bounds.length == 1) {
            return sections[Math.min(index(bounds[0], sections, 0), sections.length - 1)];
        }
        int from = index(bounds[0], sections, 0);
        int to = index(bounds[1], sections, sections.length);
        return String.join("/", Arrays.copyOfRange(sections, Math.min(from, to), to));
    }

    private static int index(String bound, String[] sections, int empty) {
        if (bound.isBlank()) {
            return empty;
        }
        if (bound.strip().equals("last")) {
            return sections.length - 1;
        }
        return Math.min(Math.max(Integer.parseInt(bound.strip()), 0), sections.length);
    }

    private static String parent(String folder) {
        int slash = folder.lastIndexOf('/');
        return slash < 0 ? "" : folder.substring(0, slash);
    }

    private static String trimSlashes(String path) {
        return path.replaceAll("^/+|/+$", "");
    }
}
