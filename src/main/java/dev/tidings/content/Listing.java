package dev.tidings.content;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether an article is left out of the feeds whatever its dates: drafts ({@code draft: true}, Jekyll's
 * {@code published: false}), unlisted pages (Hexo themes' {@code hidden}, {@code unlisted}, {@code hide}, Hugo's
 * {@code _build}/{@code build} {@code list: never} or {@code local}) and a theme's search or archive page
 * ({@code layout: search}, {@code archives}: PaperMod's {@code content/search.md}, which its feed leaves out too).
 * Decided before anything else is checked.
 */
final class Listing {

    static boolean isLeftOut(Fields fields) {
        return isDraft(fields) || isUnlisted(fields);
    }

    /**
     * Hexo themes' {@code hidden}, {@code unlisted} and Fluid's {@code hide}, and Hugo's {@code _build}/{@code build}
     * {@code list: never}.
     */
    private static boolean isUnlisted(Fields fields) {
        if (bool(fields, "hidden").orElse(false) || bool(fields, "unlisted").orElse(false)
                || bool(fields, "hide").orElse(false) || fields.text("layout").map(String::strip)
                .filter(layout -> layout.equals("search") || layout.equals("archives")).isPresent()) {
            return true;
        }
        String[] names = {"_build", "build"};
        return fields.value(names).map(value -> {
            if (!(value instanceof Map<?, ?> map)) {
                throw fields.error(names, "must be a map like '{list: never}', but was '" + value + "'");
            }
            Object list = map.get("list");
            if (list == null) {
                return false;
            }
            return switch (String.valueOf(list).strip().toLowerCase(Locale.ROOT)) {
                case "always", "true" -> false;
                case "never", "local", "false" -> true;  // 'local': not in the site-wide lists the feeds are
                default -> throw fields.error(names, "'list' must be always, local or never, but was '" + list + "'");
            };
        }).orElse(false);
    }

    private static boolean isDraft(Fields fields) {
        return bool(fields, "draft").orElse(false) || !bool(fields, "published").orElse(true);  // Jekyll: published: false
    }

    static Optional<Boolean> bool(Fields fields, String name) {
        return fields.text(name).map(raw -> switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw fields.error(new String[] {name}, "must be true or false, but was '" + raw + "'");
        });
    }

    private Listing() {}
}
