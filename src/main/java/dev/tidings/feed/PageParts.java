package dev.tidings.feed;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * What the HTML pages (the feed list and a feed's browser page) share: the head, the names of the formats, and how a
 * jsoup tree becomes bytes. The trees are written as they are built, one element a line, with jsoup escaping every
 * text and attribute value.
 */
final class PageParts {

    /**
     * A new page in {@code language} titled {@code title}: its head, with the alternate links that {@code links} adds
     * (see {@link #alternate}) and the stylesheet, and its body, which is returned to be filled.
     */
    static Element body(String language, String title, Consumer<Element> links) {
        Element html = block(document(), "html").attr("lang", language);
        Element head = block(html, "head");
        line(head, "meta").attr("charset", "utf-8");
        line(head, "meta").attr("name", "viewport").attr("content", "width=device-width");
        line(head, "title").text(title);
        links.accept(head);
        line(head, "style").appendChild(new DataNode(PageStyle.CSS));
        return block(html, "body");
    }

    /** A link in {@code head} to the feed in {@code format}; the caller adds its {@code href} (and a title). */
    static Element alternate(Element head, FeedFormat format) {
        return line(head, "link").attr("rel", "alternate").attr("type", format.mediaType());
    }

    /** The whole page {@code body} is part of, as UTF-8. */
    static byte[] bytes(Element body) {
        // Written by hand: jsoup writes the doctype in lower case.
        return ("<!DOCTYPE html>\n" + body.ownerDocument().html()).getBytes(StandardCharsets.UTF_8);
    }

    /** A child on a line of its own: a line break follows it. */
    static Element line(Element parent, String tag) {
        Element child = parent.appendElement(tag);
        parent.appendText("\n");
        return child;
    }

    /** A child on lines of its own whose children start on the next line: {@code <ul>⏎<li>…</li>⏎</ul>⏎}. */
    static Element block(Element parent, String tag) {
        return line(parent, tag).appendText("\n");
    }

    /** {@code element} as HTML, written as for the pages: for a fragment that goes into other HTML. */
    static String html(Element element) {
        return document().appendChild(element).html();
    }

    /** The name a reader knows the format by: {@code JSON Feed}. */
    static String label(FeedFormat format) {
        return switch (format) {
            case ATOM -> "Atom";
            case RSS -> "RSS";
            case JSON -> "JSON Feed";
        };
    }

    /** Written as built, without indenting; UTF-8 as it is but {@code & < >}, {@code "} in attributes and U+00A0. */
    private static Document document() {
        var document = new Document("");
        document.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8)
                .escapeMode(Entities.EscapeMode.base);
        return document;
    }

    private PageParts() {}
}
