package dev.tidings.content;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An article as {@link KeptCatalog} keeps it: its fields in a fixed order, text as UTF-8 of any length. The body is not
 * in it (the file holds it); the source's offset reads back as -1, its checksum as 0 (both are the new run's). One reader reads one file: equal texts read back as
 * one string (a tag in a thousand articles, a title that is also a field), so kept articles take no more memory than
 * parsed ones.
 */
final class ArticleCodec {
    private final Map<String, String> seen = new HashMap<>();

    static void write(DataOutputStream out, Article a) throws IOException {
        StateFile.text(out, a.id());
        StateFile.text(out, a.slug());
        StateFile.text(out, a.title());
        time(out, a.published());
        out.writeBoolean(a.updated().equals(a.published()));
        if (!a.updated().equals(a.published())) {
            time(out, a.updated());
        }
        out.writeInt(a.authors().size());
        for (Author author : a.authors()) {
            StateFile.text(out, author.name());
            StateFile.text(out, author.email());
            StateFile.text(out, author.uri());
        }
        texts(out, a.categories());
        texts(out, a.tags());
        StateFile.text(out, a.permalink());
        StateFile.text(out, a.lang());
        StateFile.text(out, a.image());
        out.writeInt(a.comments());
        instant(out, a.window().from());
        instant(out, a.window().until());
        Article.Source s = a.source();
        StateFile.text(out, s.path());
        StateFile.text(out, s.format().name());
        out.writeInt(s.length());
        out.writeInt(s.bodyLine());
        StateFile.text(out, s.summary());
        out.writeInt(s.fields().size());
        for (var field : s.fields().entrySet()) {
            StateFile.text(out, field.getKey());
            StateFile.text(out, field.getValue());
        }
        out.writeInt(a.warnings().size());
        for (Warning warning : a.warnings()) {
            StateFile.text(out, warning.path());
            out.writeInt(warning.line());
            StateFile.text(out, warning.message());
        }
    }

    Article read(DataInputStream in) throws IOException {
        String id = text(in);
        String slug = text(in);
        String title = text(in);
        OffsetDateTime published = time(in);
        OffsetDateTime updated = in.readBoolean() ? published : time(in);
        var authors = new ArrayList<Author>();
        for (int i = in.readInt(); i > 0; i--) {
            authors.add(new Author(text(in), text(in), text(in)));
        }
        List<String> categories = texts(in);
        List<String> tags = texts(in);
        String permalink = text(in);
        String lang = text(in);
        String image = text(in);
        int comments = in.readInt();
        var window = new Article.Window(instant(in), instant(in));
        String path = text(in);
        var format = Article.Format.valueOf(text(in));
        int length = in.readInt();
        int bodyLine = in.readInt();
        String summary = text(in);
        var fields = new HashMap<String, String>();
        for (int i = in.readInt(); i > 0; i--) {
            fields.put(text(in), text(in));
        }
        var warnings = new ArrayList<Warning>();
        for (int i = in.readInt(); i > 0; i--) {
            warnings.add(new Warning(text(in), in.readInt(), text(in)));
        }
        var source = new Article.Source(path, format, -1, length, bodyLine, summary, fields, 0);
        return new Article(id, slug, title, published, updated, authors, categories, tags, permalink, lang, image,
                comments, window, source, warnings);
    }

    private String text(DataInputStream in) throws IOException {
        String text = StateFile.text(in);
        String same = seen.putIfAbsent(text, text);
        return same == null ? text : same;
    }

    private static void texts(DataOutputStream out, List<String> texts) throws IOException {
        out.writeInt(texts.size());
        for (String text : texts) {
            StateFile.text(out, text);
        }
    }

    private List<String> texts(DataInputStream in) throws IOException {
        var texts = new ArrayList<String>();
        for (int i = in.readInt(); i > 0; i--) {
            texts.add(text(in));
        }
        return texts;
    }

    private static void time(DataOutputStream out, OffsetDateTime time) throws IOException {
        instant(out, time.toInstant());
        out.writeInt(time.getOffset().getTotalSeconds());
    }

    private static OffsetDateTime time(DataInputStream in) throws IOException {
        Instant instant = instant(in);
        return OffsetDateTime.ofInstant(instant, ZoneOffset.ofTotalSeconds(in.readInt()));
    }

    private static void instant(DataOutputStream out, Instant instant) throws IOException {
        out.writeLong(instant.getEpochSecond());
        out.writeInt(instant.getNano());
    }

    private static Instant instant(DataInputStream in) throws IOException {
        Instant instant = Instant.ofEpochSecond(in.readLong(), in.readInt());
        return instant.equals(Instant.MAX) ? Instant.MAX : instant;  // "never expires": one instance, as parsed
    }
}
