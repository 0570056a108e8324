package dev.tidings.feed;

import dev.tidings.content.Article;
import dev.tidings.content.Bodies;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;

/**
 * The search index's documents: one per article file, with its path (stored), its number (a search's bit, kept for
 * good), its date (the index is sorted by it, newest first, so a search can stop at the newest it needs), its stamp (a
 * hash of its date and text, stored) and its text — title, categories, tags and body with HTML tags and link targets
 * left out. Knows the stamp of every document the index holds, also those it found in an index kept from an
 * earlier run, so an article whose date and text are what the index has is not analysed again. Thread-safe.
 */
final class IndexedArticles {
    static final String PATH = "path";
    static final String TEXT = "text";
    static final String NUMBER = "number";
    /** When the article was published, in milliseconds since 1970: the order of the index and of the catalog. */
    static final String PUBLISHED = "published";
    private static final String STAMP = "stamp";
    private static final Pattern MARKUP = Pattern.compile("<[^<>\\n]*>|\\]\\([^()\\s]*\\)");  // tags, [text](target)
    private static final FieldType WORDS = words();

    private final Bodies bodies;
    private final Map<String, Integer> numbers = new ConcurrentHashMap<>();  // by path
    private final Map<String, Long> stamps = new ConcurrentHashMap<>();  // by path, of the documents the index holds
    private final AtomicInteger next = new AtomicInteger();

    IndexedArticles(Bodies bodies) {
        this.bodies = bodies;
    }

    /** Learns the documents of an index kept from an earlier run: their paths, numbers and stamps. */
    void read(IndexReader reader) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafReader documents = leaf.reader();
            Bits live = documents.getLiveDocs();
            NumericDocValues values = DocValues.getNumeric(documents, NUMBER);
            StoredFields fields = documents.storedFields();
            for (int doc = values.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
                if (live == null || live.get(doc)) {
                    Document stored = fields.document(doc, Set.of(PATH, STAMP));
                    int number = (int) values.longValue();
                    String path = stored.get(PATH);  // one string for both maps
                    numbers.put(path, number);
                    stamps.put(path, stored.getField(STAMP).numericValue().longValue());
                    next.accumulateAndGet(number + 1, Math::max);
                }
            }
        }
    }

    /** The document of {@code article}, unless the index holds it with this text already. */
    Optional<Document> changed(Article article) {
        String text = Window.normalise(String.join(" ", List.of(article.title(),
                String.join(" ", article.categories()), String.join(" ", article.tags()),
                MARKUP.matcher(bodies.text(article)).replaceAll(" "))));
        long published = published(article);
        long stamp = stamp(published + " " + text);
        if (stamps.getOrDefault(article.path(), ~stamp) == stamp) {
            return Optional.empty();
        }
        var document = new Document();
        document.add(new StringField(PATH, article.path(), Field.Store.YES));
        document.add(new NumericDocValuesField(NUMBER, number(article.path())));
        document.add(new NumericDocValuesField(PUBLISHED, published));
        document.add(new StoredField(STAMP, stamp));
        document.add(new Field(TEXT, text, WORDS));
        return Optional.of(document);
    }

    /** After {@code document} went into the index. */
    void indexed(Document document) {
        stamps.put(document.get(PATH), document.getField(STAMP).numericValue().longValue());
    }

    /** After the document of {@code path} was taken out of the index. */
    void removed(String path) {
        stamps.remove(path);
    }

    /** The paths of every document in the index. */
    Set<String> paths() {
        return Set.copyOf(stamps.keySet());
    }

    /** The number of the file at {@code path}, given now if it has none yet. */
    int number(String path) {
        return numbers.computeIfAbsent(path, p -> next.getAndIncrement());
    }

    /** The number of the file at {@code path}; -1 if it never had one. */
    int known(String path) {
        return numbers.getOrDefault(path, -1);
    }

    /** One more than the highest number given. */
    int size() {
        return next.get();
    }

    /**
     * The index's order: the catalog's, except among articles published in the same millisecond, which the catalog
     * orders by more (the time of day in their own offset, then the id).
     */
    private static long published(Article article) {
        return article.published().toInstant().toEpochMilli();
    }

    private static long stamp(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(hash).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static FieldType words() {
        var type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS);  // "every word" needs neither counts, positions nor scores
        type.setOmitNorms(true);
        type.setTokenized(true);
        type.freeze();
        return type;
    }
}
