package dev.tidings.content;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import dev.tidings.math.MathMl;
import java.util.ArrayList;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The allowlist every body and summary goes through: ordinary article HTML, code with its language class, tables,
 * images, audio and video, and MathML; no script, style, iframe, object, form, event handler, inline style,
 * {@code javascript:} or {@code data:} URL. Relative URLs ({@code href}, {@code src}, {@code srcset},
 * {@code poster}) become absolute against the article's permalink, so links and images work inside a reader.
 * Thread-safe.
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
            .addProtocols("img", "src", "http", "https")
            .addProtocols("source", "src", "http", "https")
            .addProtocols("video", "src", "http", "https")
            .addProtocols("video", "poster", "http", "https")
            .addProtocols("audio", "src", "http", "https")
            .addProtocols("a", "href", "http", "https", "mailto")
            .removeProtocols("a", "href", "ftp")
            .preserveRelativeLinks(false);  // with the document's base URI, relative URLs come out absolute

    /** A cleaned copy of {@code dirty}, whose base URI is the article's permalink. */
    static Document clean(Document dirty) {
        for (Element element : dirty.select("[srcset]")) {
            element.attr("srcset", absoluteSrcset(URI.create(dirty.location()), element.attr("srcset")));
        }
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

    /** Each candidate's URL made absolute; candidates that are not http(s) are dropped. */
    private static String absoluteSrcset(URI base, String srcset) {
        var candidates = new ArrayList<String>();
        for (String candidate : srcset.split(",")) {
            String[] parts = candidate.strip().split("\\s+", 2);
            Urls.resolve(base, parts[0]).ifPresent(url -> candidates.add(parts.length > 1 ? url + " " + parts[1] : url));
        }
        return String.join(", ", candidates);
    }

    private HtmlCleaner() {}
}
