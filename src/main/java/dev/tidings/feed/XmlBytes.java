package dev.tidings.feed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jdom2.Document;
import org.jdom2.output.Format;
import org.jdom2.output.LineSeparator;
import org.jdom2.output.XMLOutputter;

/** JDOM documents to UTF-8 bytes, and the two date formats feeds use. */
final class XmlBytes {
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss xx",
            Locale.US);

    /**
     * The document as UTF-8, whitespace exactly as it is in the text (the raw format: Rome's own output methods trim
     * or collapse it, which destroys code blocks).
     */
    static byte[] of(Document document) {
        var bytes = new ByteArrayOutputStream(16 * 1024);
        var format = Format.getRawFormat().setEncoding("UTF-8").setLineSeparator(LineSeparator.UNIX);
        try {
            new XMLOutputter(format).output(document, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);  // a ByteArrayOutputStream does not fail
        }
        return bytes.toByteArray();
    }

    /** RFC 3339, in the offset the date was written in: {@code 2024-05-01T09:30:00+08:00}. */
    static String rfc3339(OffsetDateTime date) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date);
    }

    /** RFC 822 with four-digit year and a numeric zone, as RSS readers parse best: {@code Wed, 01 May 2024 09:30:00 +0800}. */
    static String rfc822(OffsetDateTime date) {
        return RFC_822.format(date);
    }

    private XmlBytes() {}
}
