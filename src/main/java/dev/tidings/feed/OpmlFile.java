package dev.tidings.feed;

import dev.tidings.content.Catalog;
import dev.tidings.math.MathMode;
import java.io.ByteArrayOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The list of every feed as OPML 2.0 at {@code /feeds.opml}, for importing them all into a reader at once: each feed
 * in Atom, then each again in JSON Feed inside an outline of its own, and again with formulas as images (in Atom) in
 * one saying which readers need them. Written with the JDK's StAX writer, which escapes every value.
 */
final class OpmlFile {
    static byte[] write(FeedDirectory feeds, Catalog catalog) {
        var bytes = new ByteArrayOutputStream(8 * 1024);
        try {
            XMLStreamWriter opml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, "UTF-8");
            opml.writeStartDocument("UTF-8", "1.0");
            opml.writeCharacters("\n");
            opml.writeStartElement("opml");
            opml.writeAttribute("version", "2.0");
            opml.writeCharacters("\n");
            opml.writeStartElement("head");
            opml.writeStartElement("title");
            opml.writeCharacters(feeds.site().title());
            opml.writeEndElement();  // title
            opml.writeEndElement();  // head
            opml.writeCharacters("\n");
            opml.writeStartElement("body");
            opml.writeCharacters("\n");
            for (Selection selection : feeds.selections(catalog)) {
                outline(opml, feeds, catalog, selection, feeds.url(FeedFormat.ATOM, selection, catalog));
            }
            // The same feeds as JSON Feed, grouped so that importing the file does not subscribe to everything twice.
            opml.writeStartElement("outline");
            opml.writeAttribute("text", "JSON Feed");
            opml.writeCharacters("\n");
            for (Selection selection : feeds.selections(catalog)) {
                outline(opml, feeds, catalog, selection, feeds.url(FeedFormat.JSON, selection, catalog));
            }
            opml.writeEndElement();  // the JSON Feed outline
            opml.writeCharacters("\n");
            if (feeds.imagesVariant()) {
                opml.writeStartElement("outline");
                opml.writeAttribute("text", Wording.of(feeds.site().language()).formulaImages()
                        .replaceAll("[:：]\\s*$", ""));
                opml.writeCharacters("\n");
                for (Selection selection : feeds.selections(catalog)) {
                    outline(opml, feeds, catalog, selection, feeds.url(FeedFormat.ATOM, selection, catalog,
                            MathMode.IMAGES));
                }
                opml.writeEndElement();  // the images' outline
                opml.writeCharacters("\n");
            }
            opml.writeEndElement();  // body
            opml.writeCharacters("\n");
            opml.writeEndElement();  // opml
            opml.writeCharacters("\n");
            opml.writeEndDocument();
            opml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the OPML file", e);  // into memory: our bug, not the data
        }
        return bytes.toByteArray();
    }

    private static void outline(XMLStreamWriter opml, FeedDirectory feeds, Catalog catalog, Selection selection,
                                String url) throws XMLStreamException {
        opml.writeEmptyElement("outline");
        opml.writeAttribute("type", "rss");
        opml.writeAttribute("text", feeds.title(selection, catalog));
        opml.writeAttribute("xmlUrl", url);
        opml.writeAttribute("htmlUrl", feeds.site().baseUrl().toString());
        opml.writeCharacters("\n");
    }

    private OpmlFile() {}
}
