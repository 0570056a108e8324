package dev.tidings.dialect;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Entities;

/**
 * Hugo's {@code figure} shortcode as the HTML Hugo writes for it: the image (in a link when {@code link} is given),
 * then a caption with the {@code title} as a heading and the {@code caption} and {@code attr} as Markdown, as Hugo
 * renders them. The caption stays Markdown here, between the HTML before and after it, for the Markdown stage.
 * {@code src} is kept as written: a page bundle's image or a relative path resolves against the article's address,
 * as in Hugo, and a site-absolute one against the site.
 *
 * @param head    the HTML up to the caption's text (through {@code <figcaption>} and the title, if there is a caption)
 * @param caption the caption's Markdown ({@code caption} then {@code attr}), or empty
 * @param tail    the HTML after it
 */
record HugoFigure(String head, String caption, String tail) {

    /** The figure {@code args} describe; empty without a {@code src}. */
    static Optional<HugoFigure> of(ShortcodeArgs args) {
        Optional<String> src = args.get("src").filter(s -> !s.isBlank());
        if (src.isEmpty()) {
            return Optional.empty();
        }
        String caption = args.get("caption").orElse("").replaceAll("\\s*\\n\\s*", " ").strip();
        String attr = args.get("attr").orElse("").replaceAll("\\s*\\n\\s*", " ").strip();
        Optional<String> title = args.get("title").filter(t -> !t.isBlank());
        StringBuilder head = new StringBuilder("<figure").append(attribute("class", args.get("class"))).append('>');
        args.get("link").ifPresent(link -> head.append("<a").append(attribute("href", Optional.of(uri(link))))
                .append(attribute("target", args.get("target"))).append(attribute("rel", args.get("rel")))
                .append('>'));
        String alt = args.get("alt").filter(a -> !a.isBlank()).orElse(plain(caption));
        head.append("<img").append(attribute("src", src.map(HugoFigure::uri)))
                .append(attribute("alt", Optional.of(alt).filter(a -> !a.isEmpty())))
                .append(attribute("width", args.get("width"))).append(attribute("height", args.get("height")))
                .append('>');
        args.get("link").ifPresent(link -> head.append("</a>"));
        if (title.isEmpty() && caption.isEmpty() && attr.isEmpty()) {
            return Optional.of(new HugoFigure(head.toString(), "", "</figure>"));
        }
        head.append("<figcaption>");
        title.ifPresent(t -> head.append("<h4>").append(Entities.escape(t)).append("</h4>"));
        String attribution = args.get("attrlink").filter(link -> !attr.isEmpty())
                .map(link -> "<a" + attribute("href", Optional.of(uri(link))) + ">" + attr + "</a>").orElse(attr);
        String text = (caption + " " + attribution).strip();
        return Optional.of(new HugoFigure(head.toString(), text, "</figcaption></figure>"));
    }

    /** The figure on one line, inside a paragraph's text. */
    String inline() {
        return head + (caption.isEmpty() ? "" : "<p>" + caption + "</p>") + tail;
    }

    /** The figure as lines of a block of its own, each starting with {@code prefix} (a list item's indent). */
    String block(String prefix) {
        if (caption.isEmpty()) {
            return "\n" + prefix + head + tail + "\n";
        }
        String blank = prefix.stripTrailing();
        return "\n" + prefix + head + "\n" + blank + "\n" + prefix + caption + "\n" + blank + "\n" + prefix + tail
                + "\n";
    }

    private static String attribute(String name, Optional<String> value) {
        return value.filter(v -> !v.isBlank()).map(v -> " " + name + "=\"" + Entities.escape(v) + "\"").orElse("");
    }

    /** {@code address} with spaces and non-ASCII characters percent-encoded, as Markdown's own links are. */
    private static String uri(String address) {
        StringBuilder out = new StringBuilder();
        for (byte b : address.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            out.append(c > ' ' && c < 0x7F ? String.valueOf((char) c) : String.format(Locale.ROOT, "%%%02X", c));
        }
        return out.toString();
    }

    /** The caption's text without its Markdown, as Hugo's {@code markdownify | plainify} gives it for {@code alt}. */
    private static String plain(String markdown) {
        return markdown.replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1").replaceAll("<[^>]+>", "")
                .replaceAll("[*_`]", "");
    }
}
