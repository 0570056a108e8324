package dev.tidings.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hexo's image tags as the {@code <img>} Hexo writes: {@code {% img [class] /path [width] [height] [title [alt]] %}}
 * (also {@code image}) and {@code {% asset_img [class] file [width] [height] [title [alt]] %}} (also
 * {@code asset_image}), whose file is in the post's asset folder. Title and alt are told apart only when quoted, as
 * Hexo's documentation writes them ({@code '"title" "alt"'}). No caption: Hexo writes none. Stateless.
 */
final class HexoImages {
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern FILE = Pattern.compile("[^'\"]*[^./'\"]\\.[A-Za-z0-9]+");

    private HexoImages() {}

    /** {@code {% img %}}; empty when no argument is a URL or a site path. */
    static Optional<String> img(Page page, List<String> args) {
        var classes = new ArrayList<String>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (HexoMarkup.isUrl(arg) || arg.startsWith("/")) {
                return Optional.of(tag(HexoMarkup.urlFor(page, arg), classes, args.subList(i + 1, args.size())));
            }
            classes.add(arg);
        }
        return Optional.empty();
    }

    /** {@code {% asset_img %}}: the first argument that looks like a file name is the file; empty when none does. */
    static Optional<String> assetImg(Page page, List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            if (FILE.matcher(args.get(i)).matches()) {
                return Optional.of(tag(HexoMarkup.assetPath(page, args.get(i)), args.subList(0, i),
                        args.subList(i + 1, args.size())));
            }
        }
        return Optional.empty();
    }

    /** The element for {@code src}, with the arguments after the URL: width, height, then title and alt. */
    private static String tag(String src, List<String> classes, List<String> rest) {
        int i = 0;
        String width = "";
        String height = "";
        if (i < rest.size() && DIGITS.matcher(rest.get(i)).matches()) {
            width = rest.get(i++);
            if (i < rest.size() && DIGITS.matcher(rest.get(i)).matches()) {
                height = rest.get(i++);
            }
        }
        Meta meta = Meta.parse(String.join(" ", rest.subList(i, rest.size())));
        return HexoMarkup.start("img", HexoMarkup.attributes("src", src, "class", String.join(" ", classes),
                "width", width, "height", height, "title", meta.title(), "alt", meta.alt()));
    }

    /** The image's title and alt text. */
    private record Meta(String title, String alt) {
        /** Hexo's split of the words after the size: a quoted title, a quoted alt; unquoted, all is the title. */
        static Meta parse(String meta) {
            String title = meta.startsWith("\"") ? "\"?([^\"]+)?\"?" : "'?([^']+)?'?";
            String alt = meta.endsWith("\"") ? "\"?([^\"]+)?\"?" : "'?([^']+)?'?";
            Matcher m = Pattern.compile(title + "\\s*" + alt).matcher(meta);
            if (meta.isEmpty() || !m.find()) {
                return new Meta("", "");
            }
            return new Meta(m.group(1) == null ? "" : m.group(1), m.group(2) == null ? "" : m.group(2));
        }
    }
}
