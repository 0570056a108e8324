package dev.tidings.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hexo's {@code {% codeblock [title] [lang:x] [url] [link text] [option:value …] %}} (also {@code {% code %}}) as a
 * feed shows it: the code escaped in {@code <pre><code class="language-x">}, never read as Markdown, with Hexo's
 * caption (title, and a link to the source) in a {@code <figure>} around it when there is one. Options that only style
 * the block (line numbers, marked lines, wrapping) are left out. Stateless.
 */
final class HexoCode {
    private static final Pattern CAPTION_URL_TITLE = Pattern.compile("(\\S[\\s\\S]*?)\\s+(https?://\\S+)\\s+(.+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPTION_URL = Pattern.compile("(\\S[\\s\\S]*?)\\s+(https?://\\S+)",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> OPTIONS = Set.of("line_number", "line_threshold", "first_line", "wrap", "mark",
            "language_attr", "highlight");

    private HexoCode() {}

    /** The block for the tag's {@code args} and {@code body} (the text between the tags, as written). */
    static String html(List<String> args, String body) {
        String lang = "";
        var caption = new ArrayList<String>();
        for (String arg : args) {
            int colon = arg.indexOf(':');
            String key = colon < 0 ? "" : arg.substring(0, colon);
            if (key.equals("lang")) {
                lang = arg.substring(colon + 1);
            } else if (!OPTIONS.contains(key)) {
                caption.add(arg);
            }
        }
        boolean plain = args.contains("highlight:false");  // Hexo then writes the code alone, without its caption
        String code = HexoMarkup.element("code", HexoMarkup.attributes("class",
                lang.isEmpty() || plain ? "" : "language-" + lang), HexoMarkup.escape(HexoMarkup.trimBody(body)));
        String pre = "<pre>" + code + "</pre>";
        if (caption.isEmpty() || plain) {
            return pre;
        }
        return "<figure><figcaption>" + caption(String.join(" ", caption)) + "</figcaption>" + pre + "</figure>";
    }

    /** Hexo's caption: the title, then a link to the source (its text "link" unless given). */
    private static String caption(String text) {
        Matcher m = CAPTION_URL_TITLE.matcher(text);
        if (m.matches()) {
            return span(m.group(1)) + link(m.group(2), m.group(3));
        }
        m = CAPTION_URL.matcher(text);
        if (m.matches()) {
            return span(m.group(1)) + link(m.group(2), "link");
        }
        return span(text);
    }

    private static String span(String text) {
        return "<span>" + HexoMarkup.escape(text) + "</span>";
    }

    private static String link(String url, String text) {
        return HexoMarkup.element("a", HexoMarkup.attributes("href", url), HexoMarkup.escape(text));
    }
}
