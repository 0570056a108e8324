package dev.tidings.feed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jdom2.Document;
import org.jdom2.output.Format;
import org.jdom2.output.LineSeparator;
import org.jdom2.output.XMLOutputter;

/** JDOM documents to UTF-8 bytes, for the Atom and RSS writers. */
final class XmlBytes {
    /**
     * The document as UTF-8, whitespace exactly as it is in the text (the raw format: Rome's own output methods trim
     * or collapse it, which destroys code blocks).
     */
    static byte[] of(Document document, int size) {
        var bytes = new ByteArrayOutputStream(size);
        var format = Format.getRawFormat().setEncoding("UTF-8").setLineSeparator(LineSeparator.UNIX);
        try {
            new XMLOutputter(format).output(document, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);  // a ByteArrayOutputStream does not fail
        }
        return bytes.toByteArray();
    }

    private XmlBytes() {}
}
