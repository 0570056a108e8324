package dev.tidings.feed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.tidings.content.Article;
import dev.tidings.content.Author;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Writes JSON Feed 1.1 (https://jsonfeed.org/version/1.1). Fields in a fixed order, empty ones left out, so equal
 * content gives equal bytes. {@code next_url} points to the next older archive page. JSON Feed has no field for
 * rights, so the site's copyright goes in the extension object {@code _tidings} (a name starting with '_', which the
 * spec reserves for extensions and readers ignore): {@code "_tidings": {"copyright": "CC BY-NC-SA 4.0"}}. Thread-safe.
 */
final class JsonWriter {
    private static final JsonFactory JSON = new JsonFactory();
    // The plain text of summaries lately written, by their HTML: the newest articles are in most documents, and
    // reading a summary's HTML costs more than writing the rest of its entry.
    private final Cache<String, String> plainSummaries = Caffeine.newBuilder().maximumSize(2048).build();

    /** @param size the bytes it is expected to take: room to write it in */
    byte[] write(FeedDocument doc, int size) {
        var bytes = new ByteArrayOutputStream(size);
        try (JsonGenerator json = JSON.createGenerator(bytes)) {
            json.writeStartObject();
            json.writeStringField("version", "https://jsonfeed.org/version/1.1");
            json.writeStringField("title", doc.title());
            json.writeStringField("home_page_url", doc.homeUrl());
            json.writeStringField("feed_url", doc.selfUrl());
            optional(json, "description", doc.subtitle());
            optional(json, "next_url", doc.paging().prevArchive());  // older items, as JSON Feed pages go
            optional(json, "icon", doc.logo().isEmpty() ? doc.icon() : doc.logo());
            optional(json, "favicon", doc.icon());
            json.writeStringField("language", doc.language());
            authors(json, doc.authors());
            if (!doc.hub().isEmpty()) {
                json.writeArrayFieldStart("hubs");
                json.writeStartObject();
                json.writeStringField("type", "WebSub");
                json.writeStringField("url", doc.hub());
                json.writeEndObject();
                json.writeEndArray();
            }
            if (!doc.rights().isEmpty()) {
                json.writeObjectFieldStart("_tidings");
                json.writeStringField("copyright", doc.rights());
                json.writeEndObject();
            }
            json.writeArrayFieldStart("items");
            for (FeedDocument.Entry entry : doc.entries()) {
                item(json, entry, doc);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);  // a ByteArrayOutputStream does not fail
        }
        return bytes.toByteArray();
    }

    private void item(JsonGenerator json, FeedDocument.Entry entry, FeedDocument doc) throws IOException {
        Article article = entry.article();
        json.writeStartObject();
        json.writeStringField("id", article.id());
        json.writeStringField("url", article.permalink());
        json.writeStringField("title", article.title());
        json.writeStringField("content_html", entry.full() ? entry.body().html() : entry.teaser());
        optional(json, "summary", plainSummaries.get(entry.body().summary(), JsonWriter::plainText));
        optional(json, "image", article.image());
        json.writeStringField("date_published", FeedDates.rfc3339(article.published()));
        json.writeStringField("date_modified", FeedDates.rfc3339(article.updated()));
        authors(json, article.authors().isEmpty() ? doc.authors() : article.authors());
        var tags = new ArrayList<String>(article.categories());
        article.tags().stream().filter(tag -> !tags.contains(tag)).forEach(tags::add);
        if (!tags.isEmpty()) {
            json.writeArrayFieldStart("tags");
            for (String tag : tags) {
                json.writeString(tag);
            }
            json.writeEndArray();
        }
        if (!article.lang().equals(doc.language())) {
            json.writeStringField("language", article.lang());
        }
        json.writeEndObject();
    }

    /**
     * JSON Feed's summary is plain text: the summary's text, with each MathML formula as its TeX (its {@code alttext})
     * between dollar signs, rather than its elements' text ({@code n≤10^6}); a formula image as its TeX ({@code alt}) too.
     */
    static String plainText(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        for (Element image : doc.select("img.math")) {
            String delimiter = image.hasClass("display") ? "$$" : "$";
            image.replaceWith(new TextNode(delimiter + image.attr("alt") + delimiter));
        }
        for (Element math : doc.select("math")) {
            String delimiter = "block".equals(math.attr("display")) ? "$$" : "$";
            math.replaceWith(new TextNode(math.hasAttr("alttext")
                    ? delimiter + math.attr("alttext").strip() + delimiter : math.text()));
        }
        return doc.body().text();
    }

    private static void authors(JsonGenerator json, List<Author> authors) throws IOException {
        json.writeArrayFieldStart("authors");
        for (Author author : authors) {
            json.writeStartObject();
            json.writeStringField("name", author.name());
            optional(json, "url", author.uri().isEmpty() && !author.email().isEmpty() ? "mailto:" + author.email()
                    : author.uri());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void optional(JsonGenerator json, String field, String value) throws IOException {
        if (!value.isEmpty()) {
            json.writeStringField(field, value);
        }
    }
}
