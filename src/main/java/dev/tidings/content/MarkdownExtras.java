package dev.tidings.content;

import java.util.List;
import java.util.Optional;

/**
 * The inline syntaxes beyond CommonMark that a site's Markdown engine has turned on: {@code ==mark==},
 * {@code ++insert++}, {@code H~2~O} and {@code x^2^}. Off unless the site's configuration turns them on: Hugo's
 * {@code markup.goldmark.extensions.extras} (Hugo 0.122 and later), or the markdown-it plugins
 * ({@code markdown-it-mark}, {@code -ins}, {@code -sub}, {@code -sup}) a Hexo site lists under {@code markdown.plugins}
 * for hexo-renderer-markdown-it.
 */
public record MarkdownExtras(boolean mark, boolean insert, boolean subscript, boolean superscript) {
    public static final MarkdownExtras NONE = new MarkdownExtras(false, false, false, false);

    boolean any() {
        return mark || insert || subscript || superscript;
    }

    /** As a Hugo site's configuration turns them on. */
    static MarkdownExtras hugo(ConfigSources config) {
        String extras = "markup.goldmark.extensions.extras.";
        return new MarkdownExtras(on(config, extras + "mark.enable"), on(config, extras + "insert.enable"),
                on(config, extras + "subscript.enable"), on(config, extras + "superscript.enable"));
    }

    /** As a Hexo site's markdown-it plugins turn them on (a plugin is named, or a map with its {@code name}). */
    static MarkdownExtras hexo(ConfigSources config) {
        List<String> plugins = config.value("markdown.plugins").map(ConfigValue::value)
                .filter(value -> value instanceof List<?>).map(value -> ((List<?>) value).stream()
                        .map(plugin -> plugin instanceof java.util.Map<?, ?> map ? map.get("name") : plugin)
                        .map(String::valueOf).toList())
                .orElse(List.of());
        return new MarkdownExtras(plugins.contains("markdown-it-mark"), plugins.contains("markdown-it-ins"),
                plugins.contains("markdown-it-sub"), plugins.contains("markdown-it-sup"));
    }

    private static boolean on(ConfigSources config, String key) {
        Optional<String> text = config.value(key).flatMap(ConfigValue::text);
        return text.map(value -> value.strip().equalsIgnoreCase("true")).orElse(false);
    }
}
