package dev.tidings.content;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One published article's metadata, as {@code ArticleParser} validated and cleaned it. The body is not held here: it is
 * rendered on demand by {@link Bodies} (and cached), so a large collection does not live in memory as HTML.
 *
 * @param id         never changes for the article: the {@code id} field, else a minted {@code tag:} URI
 * @param published  with the offset it was written in, or the site zone's
 * @param updated    never before {@code published}
 * @param permalink  absolute URL
 * @param lang       the article's language, the site's when the file does not say
 * @param image      absolute URL, or empty
 * @param comments   comment count, or -1 when not given
 * @param window     when the article is in the feeds
 * @param warnings   what loading could not do the site generator's way (a link whose rule Tidings cannot follow),
 *                   for {@code check}; nearly always none
 */
public record Article(String id, String slug, String title, OffsetDateTime published, OffsetDateTime updated,
                      List<Author> authors, List<String> categories, List<String> tags, String permalink, String lang,
                      String image, int comments, Window window, Source source, List<Warning> warnings) {

    public Article {
        List.of(id, title, permalink, image, window, source);  // List.of refuses nulls
        warnings = List.copyOf(warnings);
        authors = List.copyOf(authors);
        categories = List.copyOf(categories);
        tags = List.copyOf(tags);
    }

    public boolean hasImage() {
        return !image.isEmpty();
    }

    public boolean hasComments() {
        return comments >= 0;
    }

    /** The collection-relative path of the file, with {@code /} separators. */
    public String path() {
        return source.path();
    }

    /**
     * Where an article's body is kept: a snapshot of the file's body as it was when the metadata was parsed, so the body
     * always matches the metadata even after the file on disk changes or breaks.
     *
     * @param bodyLine line of the file where the body starts (1-based)
     * @param summary  the front matter's {@code summary} (Markdown), or empty
     * @param fields   the front matter's single values as text, by name, for a generator's templates that ask for them
     *                 ({@code {{ page.subtitle }}}, Hugo's {@code param}); kept on a generator's site only
     * @param checksum the CRC-32C of the whole file it was parsed from ({@link #checksum}): with the settings, whether two
     *                 runs parsed the same article, without reading it
     */
    public record Source(String path, Format format, long offset, int length, int bodyLine, String summary,
                         java.util.Map<String, String> fields, long checksum) {
        public Source {
            fields = java.util.Map.copyOf(fields);
        }

        /** The CRC-32C of a file's {@code bytes}: its {@link #checksum}. */
        static long checksum(byte[] bytes) {
            var crc = new java.util.zip.CRC32C();
            crc.update(bytes);
            return crc.getValue();
        }
    }

    public enum Format { MARKDOWN, HTML }

    /**
     * When an article is in the feeds: from Hugo's {@code publishDate} (else its date; at once where the site's
     * generator publishes future articles, {@link Conventions#future}) until its {@code expiryDate}
     * ({@link Instant#MAX} when it has none).
     */
    public record Window(Instant from, Instant until) {
        public Window {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(until, "until");
        }
    }
}
