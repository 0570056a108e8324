package dev.tidings.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Hexo's link tags as the {@code <a>} they write — {@code link} (also {@code a}, {@code anchor}), {@code url_for},
 * {@code full_url_for}, {@code post_link}, {@code asset_link}, the themes' {@code btn} (also {@code button}) and
 * {@code label} — and the embeds a feed cannot frame ({@code iframe}, {@code youtube}, {@code vimeo}) as a paragraph
 * with a link to what they show. Stateless.
 */
final class HexoLinks {
    private HexoLinks() {}

    /** {@code {% link text url [external] [title] %}}. */
    static String link(List<String> args) {
        var text = new ArrayList<String>();
        int i = 0;
        while (i < args.size() && !HexoMarkup.isUrl(args.get(i))) {
            text.add(args.get(i++));
        }
        String url = i < args.size() ? args.get(i++) : "";
        if (i < args.size() && (args.get(i).equals("true") || args.get(i).equals("false"))) {
            i++;  // "open in a new window": nothing a feed does
        }
        String title = String.join(" ", args.subList(i, args.size()));
        return a(url, title, HexoMarkup.escape(String.join(" ", text)));
    }

    /** {@code {% url_for text path %}} and {@code {% full_url_for text path %}}. */
    static String urlFor(Page page, List<String> args, boolean full) {
        String path = args.size() > 1 ? args.get(1) : "/";
        String text = args.isEmpty() ? "" : HexoMarkup.escape(args.get(0));
        return a(full ? HexoMarkup.fullUrlFor(page, path) : HexoMarkup.urlFor(page, path), "", text);
    }

    /**
     * {@code {% post_link name[#anchor] [text] [escape] %}}: a link to the post's permalink, its text the post's title
     * unless given; empty when no article is found by that name.
     */
    static Optional<String> postLink(Page page, List<String> args) {
        if (args.isEmpty()) {
            return Optional.empty();
        }
        String[] target = args.get(0).split("#", 2);
        String anchor = target.length > 1 ? "#" + target[1] : "";
        Optional<String> byPath = page.references().permalink(target[0]);
        // Hexo finds the post by its path, else by its title
        Optional<String> title = byPath.isPresent() ? page.references().title(target[0]) : Optional.of(target[0]);
        boolean escape = !args.get(args.size() - 1).equals("false") || args.size() == 1;
        String text = given(args).orElse(title.orElse(target[0]));
        return byPath.or(() -> page.references().permalinkTitled(target[0])).map(permalink -> a(permalink + anchor,
                title.orElse(target[0]), escape ? HexoMarkup.escape(text) : text));
    }

    /** The text a {@code post_link} (or {@code asset_link}) gives after its name, without its escape flag. */
    static Optional<String> given(List<String> args) {
        List<String> rest = args.isEmpty() ? args : args.subList(1, args.size());
        if (!rest.isEmpty() && rest.get(rest.size() - 1).matches("true|false")) {
            rest = rest.subList(0, rest.size() - 1);
        }
        return rest.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", rest));
    }

    /** {@code {% post_path name %}}: the post's path from the site's host, as text; empty when none is found. */
    static Optional<String> postPath(Page page, List<String> args) {
        return args.isEmpty() ? Optional.empty() : page.references().permalink(args.get(0)).map(HexoMarkup::path);
    }

    /** {@code {% asset_link file [text] [escape] %}}. */
    static String assetLink(Page page, List<String> args) {
        boolean escape = !args.get(args.size() - 1).equals("false") || args.size() == 1;
        String text = given(args).orElse(args.get(0));
        return a(HexoMarkup.assetPath(page, args.get(0)), text, escape ? HexoMarkup.escape(text) : text);
    }

    /** NexT's {@code {% btn url, text[, icon][, title] %}}: a link with the button's text. */
    static String button(List<String> args) {
        String[] parts = String.join(" ", args).split(",", -1);
        String text = parts.length > 1 ? parts[1].strip() : "";
        String title = parts.length > 3 ? parts[3].strip() : "";
        return a(parts[0].strip(), title, HexoMarkup.escape(text));
    }

    /** NexT's {@code {% label [class]@text %}}, and Butterfly's {@code {% label text [class] %}}: marked text. */
    static String label(List<String> args) {
        String joined = String.join(" ", args);
        int at = joined.indexOf('@');
        String text = at >= 0 ? joined.substring(at + 1) : args.isEmpty() ? "" : args.get(0);
        String classes = at >= 0 ? joined.substring(0, at).strip() : args.size() > 1 ? args.get(1) : "";
        return HexoMarkup.element("mark", HexoMarkup.attributes("class", ("label " + classes).strip()),
                HexoMarkup.escape(text.strip()));
    }

    /** {@code {% iframe url %}}, {@code {% youtube id [playlist] %}}, {@code {% vimeo id %}}: the URL they show. */
    static String embedded(String tag, List<String> args) {
        String id = args.isEmpty() ? "" : args.get(0);
        String url = switch (tag) {
            case "youtube" -> args.size() > 1 && args.get(1).equals("playlist")
                    ? "https://www.youtube.com/playlist?list=" + id : "https://www.youtube.com/watch?v=" + id;
            case "vimeo" -> "https://vimeo.com/" + id;
            default -> id;
        };
        return "<p>" + a(url, "", HexoMarkup.escape(url)) + "</p>";
    }

    private static String a(String href, String title, String html) {
        return HexoMarkup.element("a", HexoMarkup.attributes("href", href, "title", title), html);
    }
}
