package dev.tidings.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tidings.content.Article;
import dev.tidings.content.Author;
import dev.tidings.content.Catalog;
import dev.tidings.content.Site;
import dev.tidings.content.TestCollection;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SearchTest {
    private static final Site SITE = new Site("Blog", "About things", URI.create("https://blog.example/"), "zh-CN",
            List.of(new Author("Owner", "owner@blog.example", "https://blog.example/about/")),
            ZoneId.of("Asia/Shanghai"), "blog.example", "/posts/{slug}/", 20, "", "", 1 << 20, 16 << 20);

    @TempDir
    Path root;
    private TestCollection collection;
    private Search search;

    @BeforeEach
    void load() throws IOException {
        write("posts/attention.md", """
                ---
                title: 读论文
                date: 2024-05-01
                tags: [Transformer]
                ---
                本文介绍注意力机制的计算方法。

                <span class="callout">Samples</span> are drawn [here](https://example.org/sampling-guide).
                """);
        write("posts/gumbel.md", "---\ntitle: Gumbel trick\ndate: 2024-07-01\ncategories: [数学]\n---\n重参数化让采样可导。\n");
        write("posts/older.md", "---\ntitle: Older notes\ndate: 2023-01-01\n---\n机器学习的笔记：sampling by hand.\n");
        collection = TestCollection.open(root, SITE);
        search = new Search(collection.bodies());
        search.sync(collection.current());
    }

    @AfterEach
    void close() {
        collection.close();
    }

    @Test
    void theAnalyzerSegmentsChineseIntoWordsAndStemsLowerCasedEnglish() throws IOException {
        assertThat(words("本文介绍注意力机制的计算方法。")).containsExactly("本文", "介绍", "注意力", "机制", "的", "计算", "方法");
        assertThat(words("注意力")).containsExactly("注意力");
        assertThat(words("机制")).containsExactly("机制");
        assertThat(words("重参数化让采样可导")).containsExactly("重", "参数", "化", "让", "采样", "可", "导");
        assertThat(words("Samples SAMPLING, sampled")).containsExactly("sampl", "sampl", "sampl");
    }

    @Test
    void findsChineseArticlesByWord() {
        assertThat(titles("注意力")).containsExactly("读论文");
        assertThat(titles("机制")).containsExactly("读论文");
        assertThat(titles("注意力机制")).as("a query of two words in one").containsExactly("读论文");
        assertThat(titles("机制 transformer")).as("the tag").containsExactly("读论文");
        assertThat(titles("数学")).as("the category").containsExactly("Gumbel trick");
        assertThat(titles("重参数化")).containsExactly("Gumbel trick");
        assertThat(titles("机器学习")).containsExactly("Older notes");
        assertThat(titles("注意")).as("a part of a word is not a word").isEmpty();
    }

    @Test
    void findsEnglishByStemNewestFirstWithEveryWordRequired() {
        assertThat(titles("sample")).containsExactly("读论文", "Older notes");
        assertThat(titles("sampled hand")).containsExactly("Older notes");
        assertThat(titles("trick nowhere")).isEmpty();
        assertThat(titles("callout")).as("an HTML tag's attribute is not text").isEmpty();
        assertThat(titles("guide")).as("nor is a link's target").isEmpty();
    }

    @Test
    void answersAQueryOfNoWordByReadingTheText() {
        assertThat(titles("。")).as("punctuation is no word of the index: found as text")
                .containsExactly("Gumbel trick", "读论文");
    }

    @Test
    void anEditedArticleIsReindexed() throws IOException {
        write("posts/gumbel.md", "---\ntitle: Gumbel trick\ndate: 2024-07-01\n---\n梯度估计的方差。\n");
        Catalog edited = collection.library().reload();
        search.sync(edited);
        assertThat(titles("方差")).containsExactly("Gumbel trick");
        assertThat(titles("重参数化")).isEmpty();
        Files.delete(root.resolve("posts/older.md"));
        search.sync(collection.library().reload());
        assertThat(titles("机器学习")).isEmpty();
        assertThat(titles("sample")).containsExactly("读论文");
    }

    @Test
    void followsTheLibraryInTheBackground() throws IOException {
        var followed = new Search(collection.bodies(), collection.library(), Optional.empty());
        followed.start();
        write("posts/gumbel.md", "---\ntitle: Gumbel trick\ndate: 2024-07-01\n---\nSampling again.\n");
        Catalog edited = collection.library().reload();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(followed.matching(edited,
                edited.articles(), "samples", 100)).extracting(Article::title).as("by stem: the index answered")
                .containsExactly("Gumbel trick", "读论文", "Older notes"));
    }

    @Test
    void aKeptIndexIsOpenedAgainAndAnalysesOnlyTheFilesChangedMeanwhile(@TempDir Path state) throws IOException {
        Path folder = state.resolve("search");
        try (var before = new SearchIndex(collection.bodies(), Optional.of(folder))) {
            assertThat(before.sync(collection.current())).isEqualTo(3);
        }
        write("posts/gumbel.md", "---\ntitle: Gumbel trick\ndate: 2024-07-01\n---\n梯度估计的方差。\n");
        Files.delete(root.resolve("posts/older.md"));
        Catalog changed = collection.library().reload();
        try (var after = new SearchIndex(collection.bodies(), Optional.of(folder))) {
            assertThat(after.sync(changed)).as("the file edited while no server ran").isEqualTo(1);
            assertThat(titles(after, changed, "方差")).containsExactly("Gumbel trick");
            assertThat(titles(after, changed, "重参数化")).as("its old words").isEmpty();
            assertThat(titles(after, changed, "机器学习")).as("a file deleted meanwhile").isEmpty();
            assertThat(titles(after, changed, "注意力")).as("kept from before").containsExactly("读论文");
            assertThat(after.sync(changed)).isZero();
        }
    }

    @Test
    void aFolderAnotherServerIndexesIntoLeavesTheIndexInMemory(@TempDir Path state) throws IOException {
        Path folder = state.resolve("search");
        Catalog catalog = collection.current();
        try (var first = new SearchIndex(collection.bodies(), Optional.of(folder));
             var second = new SearchIndex(collection.bodies(), Optional.of(folder))) {
            assertThat(first.sync(catalog)).isEqualTo(3);
            assertThat(second.sync(catalog)).isEqualTo(3);
            assertThat(titles(second, catalog, "注意力机制")).containsExactly("读论文");
        }
    }

    private static List<String> titles(SearchIndex index, Catalog catalog, String query) {
        return index.matching(catalog, catalog.articles(), Window.normalise(query), 100).orElseThrow().stream()
                .map(Article::title).toList();
    }

    private List<String> titles(String query) {
        Catalog catalog = collection.current();
        return search.matching(catalog, catalog.articles(), Window.normalise(query), 100).stream().map(Article::title)
                .toList();
    }

    private static List<String> words(String text) throws IOException {
        var words = new ArrayList<String>();
        try (var analyzer = new SmartChineseAnalyzer(); TokenStream tokens = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                words.add(term.toString());
            }
            tokens.end();
        }
        return words;
    }

    private void write(String path, String text) throws IOException {
        Files.createDirectories(root.resolve(path).getParent());
        Files.writeString(root.resolve(path), text);
    }
}
