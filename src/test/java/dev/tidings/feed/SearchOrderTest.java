package dev.tidings.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.content.Article;
import dev.tidings.content.Author;
import dev.tidings.content.Catalog;
import dev.tidings.content.Site;
import dev.tidings.content.Taxonomy;
import dev.tidings.content.TestCollection;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A search stops at the newest articles it needs (the index is sorted by date): its answers must still be exactly the
 * first matches in the catalog's order, across segments written at different times, dates shared by several articles,
 * and within one tag.
 */
final class SearchOrderTest {
    private static final Site SITE = new Site("Blog", "About things", URI.create("https://blog.example/"), "en",
            List.of(new Author("Owner", "", "")), ZoneId.of("UTC"), "blog.example", "/posts/{slug}/", 20, "", "",
            1 << 20, 16 << 20);

    @TempDir
    Path root;
    @TempDir
    Path state;
    private TestCollection collection;

    @AfterEach
    void close() {
        if (collection != null) {
            collection.close();
        }
    }

    @Test
    void answersAreTheFirstMatchesInTheCatalogsOrderAcrossSegmentsAndEqualDates() throws IOException {
        Path folder = state.resolve("search");
        try (var index = new SearchIndex(open(), Optional.of(folder))) {
            for (int batch = 0; batch < 4; batch++) {  // each sync its own segment, dates interleaved between them
                for (int i = batch; i < 60; i += 4) {
                    write(i);
                }
                assertThat(index.sync(collection.library().reload())).isEqualTo(15);
            }
            Catalog catalog = collection.current();
            assertThat(catalog.articles()).hasSize(60);
            for (int limit : List.of(1, 2, 5, 7, 20, 59, 60, 100)) {
                assertThat(found(index, catalog, catalog.articles(), "common", limit))
                        .as("every article has the word, limit " + limit)
                        .containsExactlyElementsOf(expected(catalog.articles(), "common", limit));
                assertThat(found(index, catalog, catalog.articles(), "rare common", limit))
                        .as("every fifth has both, limit " + limit)
                        .containsExactlyElementsOf(expected(catalog.articles(), "rare", limit));
                List<Article> tagged = catalog.articles(Taxonomy.TAG, "odd");
                assertThat(found(index, catalog, tagged, "common", limit)).as("within a tag, limit " + limit)
                        .containsExactlyElementsOf(expected(tagged, "common", limit));
                assertThat(found(index, catalog, tagged, "rare", limit)).as("a tag and a rare word, limit " + limit)
                        .containsExactlyElementsOf(expected(tagged, "rare", limit));
            }
        }
        try (var reader = DirectoryReader.open(FSDirectory.open(folder))) {
            assertThat(reader.leaves()).as("the answers above came from several segments").hasSizeGreaterThan(2);
        }
    }

    /** Either way round: Lucene keeps equal dates in an order of its own, which may or may not be the catalog's. */
    @ParameterizedTest
    @ValueSource(strings = {"a", "b"})
    void articlesOfOneDateAreAllWeighedWhereTheAnswerEndsAmongThem(String first) throws IOException {
        Path folder = state.resolve("search");
        try (var index = new SearchIndex(open(), Optional.of(folder))) {
            writePost(first, "2024-03-01 10:00");
            index.sync(collection.library().reload());
            writePost(first.equals("a") ? "b" : "a", "2024-03-01 10:00");
            writePost("older", "2024-02-01 10:00");
            index.sync(collection.library().reload());
        }
        try (IndexWriter writer = IndexFolder.open(Optional.of(folder), new StandardAnalyzer())) {
            writer.forceMerge(1);  // one segment holding both of one date
        }
        try (var index = new SearchIndex(collection.bodies(), Optional.of(folder))) {
            Catalog catalog = collection.library().reload();
            assertThat(index.sync(catalog)).isZero();
            assertThat(catalog.articles()).extracting(Article::title).containsExactly("a", "b", "older");
            assertThat(found(index, catalog, catalog.articles(), "common", 1)).extracting(Article::title)
                    .containsExactly("a");
            assertThat(found(index, catalog, catalog.articles(), "common", 2)).extracting(Article::title)
                    .containsExactly("a", "b");
        }
    }

    @Test
    void anArticleRedatedWithItsTextUnchangedIsIndexedAgainInItsNewPlace() throws IOException {
        try (var index = new SearchIndex(open(), Optional.empty())) {
            writePost("first", "2024-01-01 10:00");
            writePost("second", "2024-02-01 10:00");
            writePost("third", "2024-03-01 10:00");
            assertThat(index.sync(collection.library().reload())).isEqualTo(3);
            writePost("first", "2024-04-01 10:00");
            Catalog catalog = collection.library().reload();
            assertThat(index.sync(catalog)).as("only its date changed").isEqualTo(1);
            assertThat(found(index, catalog, catalog.articles(), "common", 1)).extracting(Article::title)
                    .containsExactly("first");
        }
    }

    @Test
    void anIndexKeptUnsortedByAnEarlierVersionIsStartedAgain() throws IOException {
        Path folder = state.resolve("search");
        try (var earlier = new IndexWriter(FSDirectory.open(folder), new IndexWriterConfig(new StandardAnalyzer()))) {
            var document = new Document();
            document.add(new StringField(IndexedArticles.PATH, "posts/p0.md", Field.Store.YES));
            earlier.addDocument(document);
            earlier.commit();
        }
        for (int i = 0; i < 3; i++) {
            write(i);
        }
        try (var index = new SearchIndex(open(), Optional.of(folder))) {
            Catalog catalog = collection.current();
            assertThat(index.sync(catalog)).as("every article analysed anew").isEqualTo(3);
            assertThat(found(index, catalog, catalog.articles(), "common", 10))
                    .containsExactlyElementsOf(catalog.articles());
        }
    }

    private dev.tidings.content.Bodies open() throws IOException {
        Files.createDirectories(root.resolve("posts"));
        collection = TestCollection.open(root, SITE);
        return collection.bodies();
    }

    /** Article i: every eight share one date (two of them in each sync); every fifth has the word rare. */
    private void write(int i) throws IOException {
        String date = "2024-01-%02d 10:00".formatted(1 + i / 8);
        String tag = i % 2 == 1 ? "tags: [odd]\n" : "";
        String text = "common words" + (i % 5 == 0 ? " and a rare one" : "");
        Path file = root.resolve("posts/p%02d.md".formatted(i));
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: Post %d\ndate: %s\n%s---\n%s\n".formatted(i, date, tag, text));
    }

    private void writePost(String name, String date) throws IOException {
        Files.writeString(root.resolve("posts/" + name + ".md"),
                "---\ntitle: %s\ndate: %s\n---\ncommon words\n".formatted(name, date));
    }

    private static List<Article> found(SearchIndex index, Catalog catalog, List<Article> among, String query,
                                       int limit) {
        return index.matching(catalog, among, Window.normalise(query), limit).orElseThrow();
    }

    /** By reading every article's words, in order: what the index must answer. */
    private static List<Article> expected(List<Article> among, String word, int limit) {
        return among.stream().filter(a -> word.equals("common") || a.title().matches("Post \\d*[05]"))
                .limit(limit).toList();
    }
}
