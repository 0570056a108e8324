package dev.tidings.dialect;

import java.util.Locale;
import java.util.Optional;

/**
 * What Hugo's embed shortcodes point at, as a link a feed can hold: {@code youtube}, {@code vimeo}, {@code tweet} and
 * {@code x}, {@code instagram}, {@code gist}. The link's text is the title given, else the title Hugo gives the
 * embedded frame ({@code YouTube Video}, {@code vimeo video}), else the address itself.
 */
final class HugoEmbeds {
    private HugoEmbeds() {}

    /** A link to the embedded thing. */
    record Link(String url, String text) {}

    static boolean embeds(String name) {
        return switch (name) {
            case "youtube", "vimeo", "tweet", "twitter", "x", "instagram", "gist" -> true;
            default -> false;
        };
    }

    /** The link for shortcode {@code name} with {@code args}; empty when they do not say which thing. */
    static Optional<Link> link(String name, ShortcodeArgs args) {
        Optional<String> title = args.get("title").filter(t -> !t.isBlank());
        return switch (name) {
            case "youtube" -> args.get("id", 0).map(id -> new Link("https://www.youtube.com/watch?v=" + id,
                    title.orElse("YouTube Video")));
            case "vimeo" -> args.get("id", 0).map(id -> new Link("https://vimeo.com/" + id,
                    args.get("title", 2).filter(t -> !t.isBlank()).orElse("vimeo video")));
            case "tweet", "twitter", "x" -> post(args).map(url -> new Link(url, title.orElse(url)));
            case "instagram" -> args.get("id", 0).map(id -> "https://www.instagram.com/p/" + id + "/")
                    .map(url -> new Link(url, title.orElse(url)));
            case "gist" -> gist(args).map(url -> new Link(url, title.orElse(url)));
            default -> Optional.empty();
        };
    }

    /** A post on X: {@code user=… id=…}, or positional {@code user id}, or Hugo's old positional {@code id}. */
    private static Optional<String> post(ShortcodeArgs args) {
        Optional<String> user = args.get("user", args.positional().size() == 2 ? 0 : -1);
        Optional<String> id = args.get("id", args.positional().size() == 2 ? 1 : 0);
        return id.map(i -> "https://x.com/" + user.orElse("i") + "/status/" + i);
    }

    /** A gist: user, id and optionally one file, named or in that order. */
    private static Optional<String> gist(ShortcodeArgs args) {
        Optional<String> user = args.get("user", 0);
        Optional<String> id = args.get("id", 1);
        if (user.isEmpty() || id.isEmpty()) {
            return Optional.empty();
        }
        String url = "https://gist.github.com/" + user.get() + "/" + id.get();
        return Optional.of(args.get("file", 2)
                .map(file -> url + "#file-" + file.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "-"))
                .orElse(url));
    }
}
