package dev.tidings.content;

import java.nio.charset.StandardCharsets;
import dev.tidings.math.MathMl;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The allowlist every body and summary goes through: ordinary article HTML, code with its language class, tables,
 * images, audio and video, and MathML; no script, style, iframe, object, form, event handler, inline style,
 * {@code javascript:} or {@code data:} URL. The pipeline's cleaning stage: relative URLs are kept (and checked as
 * what they resolve to against the article's permalink) for {@link AbsoluteUrls}, the stage after it. Thread-safe.
 */
final class HtmlCleaner {
    private static final Safelist SAFELIST = MathMl.allow(Safelist.relaxed())
            .addTags("del", "s", "ins", "mark", "figure", "figcaption", "hr", "picture", "source", "video", "audio",
                    "details", "summary", "abbr", "kbd", "samp", "var", "time")
            .addAttributes(":all", "class", "title", "lang", "dir")
            .addAttributes("h1", "id").addAttributes("h2", "id").addAttributes("h3", "id")
            .addAttributes("h4", "id").addAttributes("h5", "id").addAttributes("h6", "id")
            .addAttributes("th", "align").addAttributes("td", "align")
            .addAttributes("img", "srcset", "sizes", "loading")
            .addAttributes("source", "src", "srcset", "sizes", "type", "media")
            .addAttributes("video", "src", "poster", "controls", "width", "height", "loop", "muted", "playsinline")
            .addAttributes("audio", "src", "controls", "loop")
            .addAttributes("time", "datetime")
            .addAttributes("details", "open")
            .addProtocols("img", "src", "http", "https")
            .addProtocols("source", "src", "http", "https")
            .addProtocols("video", "src", "http", "https")
            .addProtocols("video", "poster", "http", "https")
            .addProtocols("audio", "src", "http", "https")
            .addProtocols("a", "href", "http", "https", "mailto")
            .removeProtocols("a", "href", "ftp")
            .preserveRelativeLinks(true);  // checked against the base URI; AbsoluteUrls rewrites them next

    /** A cleaned copy of {@code dirty}, with the same base URI (the article's permalink). */
    static Document clean(Document dirty) {
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        clean.outputSettings()
                .prettyPrint(false)  // whitespace is content: code blocks must survive byte for byte
                .escapeMode(Entities.EscapeMode.xhtml)
                .charset(StandardCharsets.UTF_8);
        return clean;
    }

    /** The body's HTML as one string, XML-safe. */
    static String html(Document document) {
        return XmlText.clean(document.body().html()).stripTrailing();
    }

    private HtmlCleaner() {}
}
