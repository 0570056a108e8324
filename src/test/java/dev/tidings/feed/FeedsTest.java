package dev.tidings.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;
import dev.tidings.content.Author;
import dev.tidings.content.Library;
import dev.tidings.content.Site;
import dev.tidings.content.Taxonomy;
import dev.tidings.content.TestCollection;
import dev.tidings.math.MathMode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/** The Atom and RSS documents, read back with Rome and checked element by element. */
final class FeedsTest {
    private static final Site SITE = new Site("Blog", "About things", URI.create("https://blog.example/"), "zh-CN",
            List.of(new Author("Owner", "owner@blog.example", "https://blog.example/about/")),
            ZoneId.of("Asia/Shanghai"), "blog.example", "/posts/{slug}/", 20, "https://blog.example/icon.png",
            "https://blog.example/logo.png", 1 << 20, 16 << 20);

    @TempDir
    Path root;
    private TestCollection collection;
    private Library library;
    private Feeds feeds;

    @BeforeEach
    void load() throws IOException {
        write("posts/a.md", """
                ---
                title: 重参数
                date: 2024-05-01T09:30:00+08:00
                updated: 2024-06-01T10:00:00+08:00
                categories: [数学]
                tags: [VAE]
                authors: [{name: Jane, email: jane@example.org}]
                comments: 7
                ---
                First paragraph.

                <!--more-->

                ```python
                def f():
                    return  1
                ```
                """);
        write("posts/b.md", "---\ntitle: English one\ndate: 2024-04-01\nlang: en\n---\nSee [there](img/x.png).\n");
        collection = TestCollection.open(root, SITE);
        library = collection.library();
        feeds = feeds(new FeedOptions(URI.create("https://feeds.example/"), Duration.ofHours(1), 50, 1 << 20,
                250 << 10, 50, "", MathMode.TEX, EntryContent.FULL));
    }

    @AfterEach
    void close() {
        collection.close();
    }

    private Feeds feeds(FeedOptions options) {
        return new Feeds(library, collection.bodies(), SITE, options, Runnable::run, collection.registry());
    }

    private void write(String path, String text) throws IOException {
        Files.createDirectories(root.resolve(path).getParent());
        Files.writeString(root.resolve(path), text);
    }

    private byte[] bytes(FeedFormat format) {
        return feeds.feed(format, Selection.all(), Window.newest(20)).orElseThrow().identity();
    }

    @Test
    void atomCarriesEveryFieldReadersUse() throws Exception {
        byte[] bytes = bytes(FeedFormat.ATOM);
        String xml = new String(bytes, StandardCharsets.UTF_8);
        Feed feed = (Feed) new WireFeedInput(false, Locale.ROOT).build(new InputSource(new ByteArrayInputStream(bytes)));
        assertThat(feed.getId()).isEqualTo("tag:blog.example,2000:feed");
        assertThat(feed.getTitle()).isEqualTo("Blog");
        assertThat(feed.getSubtitle().getValue()).isEqualTo("About things");
        assertThat(feed.getOtherLinks()).extracting(l -> l.getRel() + " " + l.getHref())
                .containsExactly("self https://feeds.example/feed.atom", "prev-archive https://feeds.example/archive/1.atom");
        assertThat(feed.getAlternateLinks().get(0).getHref()).isEqualTo("https://blog.example/");
        assertThat(feed.getGenerator().getValue()).isEqualTo("Tidings");
        assertThat(feed.getIcon()).isEqualTo("https://blog.example/icon.png");
        assertThat(feed.getLogo()).isEqualTo("https://blog.example/logo.png");
        assertThat(feed.getAuthors().get(0).getName()).isEqualTo("Owner");
        assertThat(xml).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"")
                .contains("xml:lang=\"zh-CN\"")
                .contains("<updated>2024-06-01T10:00:00+08:00</updated>");

        Entry a = feed.getEntries().get(0);
        assertThat(a.getId()).isEqualTo("tag:blog.example,2024-05-01:a");
        assertThat(a.getTitle()).isEqualTo("重参数");
        assertThat(a.getAlternateLinks().get(0).getHref()).isEqualTo("https://blog.example/posts/a/");
        assertThat(a.getAuthors()).extracting(p -> p.getName() + " " + p.getEmail()).containsExactly("Jane jane@example.org");
        assertThat(a.getCategories()).extracting(c -> c.getTerm() + "|" + c.getScheme() + "|" + c.getLabel())
                .containsExactly("数学|https://feeds.example/categories/|数学", "VAE|https://feeds.example/tags/|VAE");
        assertThat(a.getSummary().getType()).isEqualTo("html");
        assertThat(a.getSummary().getValue()).isEqualTo("<p>First paragraph.</p>");
        assertThat(a.getContents().get(0).getType()).isEqualTo("html");
        assertThat(a.getContents().get(0).getValue())
                .contains("<pre><code class=\"language-python\">def f():\n    return  1\n</code></pre>");
        assertThat(xml).contains("<published>2024-05-01T09:30:00+08:00</published>")
                .contains("<content type=\"html\" xml:base=\"https://blog.example/posts/a/\">")
                .contains("<thr:total>7</thr:total>")
                .contains("xmlns:thr=\"http://purl.org/syndication/thread/1.0\"");

        Entry b = feed.getEntries().get(1);
        assertThat(b.getAuthors()).as("the site's author").extracting(p -> p.getName()).containsExactly("Owner");
        assertThat(b.getContents().get(0).getValue()).contains("href=\"https://blog.example/posts/b/img/x.png\"");
        assertThat(xml).containsOnlyOnce("<thr:total>").contains("<entry xml:lang=\"en\">");
    }

    @Test
    void rssCarriesEveryFieldReadersUse() throws Exception {
        byte[] bytes = bytes(FeedFormat.RSS);
        String xml = new String(bytes, StandardCharsets.UTF_8);
        Channel channel = (Channel) new WireFeedInput(false, Locale.ROOT).build(new InputSource(
                new ByteArrayInputStream(bytes)));
        assertThat(channel.getTitle()).isEqualTo("Blog");
        assertThat(channel.getLink()).isEqualTo("https://blog.example/");
        assertThat(channel.getDescription()).isEqualTo("About things");
        assertThat(channel.getLanguage()).isEqualTo("zh-CN");
        assertThat(channel.getGenerator()).isEqualTo("Tidings");
        assertThat(channel.getTtl()).isEqualTo(60);
        assertThat(channel.getImage().getUrl()).isEqualTo("https://blog.example/logo.png");
        assertThat(xml).contains("<lastBuildDate>Sat, 01 Jun 2024 10:00:00 +0800</lastBuildDate>")
                .contains("<atom:link href=\"https://feeds.example/feed.rss\" rel=\"self\" "
                        + "type=\"application/rss+xml\" />")
                .contains("<pubDate>Wed, 01 May 2024 09:30:00 +0800</pubDate>")
                .contains("<slash:comments>7</slash:comments>")
                .contains("<dc:creator>Jane</dc:creator>")
                .contains("<dc:creator>Owner</dc:creator>")
                .doesNotContain("GMT");

        Item a = channel.getItems().get(0);
        assertThat(a.getTitle()).isEqualTo("重参数");
        assertThat(a.getLink()).isEqualTo("https://blog.example/posts/a/");
        assertThat(a.getGuid().getValue()).isEqualTo("tag:blog.example,2024-05-01:a");
        assertThat(a.getGuid().isPermaLink()).isFalse();
        assertThat(a.getCategories()).extracting(c -> c.getValue() + "|" + c.getDomain())
                .containsExactly("数学|https://feeds.example/categories/", "VAE|https://feeds.example/tags/");
        assertThat(a.getDescription().getValue()).isEqualTo("<p>First paragraph.</p>");
        assertThat(a.getContent().getValue()).contains("def f():\n    return  1\n");
    }

    @Test
    void aGuidThatIsThePermalinkSaysSo() throws IOException {
        write("posts/c.md", "---\ntitle: C\ndate: 2024-07-01\nid: https://blog.example/posts/c/\n---\n");
        library.reload();
        assertThat(new String(bytes(FeedFormat.RSS), StandardCharsets.UTF_8))
                .contains("<guid>https://blog.example/posts/c/</guid>")  // isPermaLink is true unless it says false
                .contains("<guid isPermaLink=\"false\">tag:blog.example,2024-05-01:a</guid>");
    }

    @Test
    void unknownNamesHaveNoFeedAndKnownOnesKeepTheirOwnArticles() {
        assertThat(feeds.feed(FeedFormat.ATOM, Selection.of(Taxonomy.TAG, "nothing"), Window.newest(20))).isEmpty();
        assertThat(feeds.feed(FeedFormat.ATOM, Selection.of(Taxonomy.TAG, "vae"), Window.newest(20))).isPresent();
        assertThat(feeds.url(FeedFormat.ATOM, Selection.of(Taxonomy.TAG, "vae"), library.current()))
                .isEqualTo("https://feeds.example/tags/VAE/feed.atom");
        assertThat(feeds.title(Selection.of(Taxonomy.TAG, "vae"), library.current())).isEqualTo("Blog · #VAE");
    }

    @Test
    void feedsAreKeptCompressedAndInflatedOnceForClientsWithoutGzip() throws IOException {
        RenderedFeed feed = feeds.feed(FeedFormat.ATOM, Selection.all(), Window.newest(20)).orElseThrow();
        byte[] plain = feeds.identity(feed);
        try (var in = new GZIPInputStream(new ByteArrayInputStream(feed.gzip()))) {
            assertThat(in.readAllBytes()).isEqualTo(plain);
        }
        assertThat(feed.length(false)).isEqualTo(plain.length);
        assertThat(feed.length(true)).isEqualTo(feed.gzip().length);
        assertThat(feeds.identity(feed)).as("inflated once, then kept (the cache itself: FeedCacheTest)")
                .isSameAs(plain);
        assertThat(feed.weight()).as("the feed cache holds the gzip bytes only").isLessThan(plain.length);
    }

    @Test
    void rendersIdenticalBytesForIdenticalContent() {
        byte[] first = bytes(FeedFormat.ATOM);
        var other = feeds(feeds.options());
        assertThat(other.feed(FeedFormat.ATOM, Selection.all(), Window.newest(20)).orElseThrow().identity()).isEqualTo(first);
    }

    @Test
    void coverImagesBecomeThumbnailsInEveryFormat() throws IOException {
        write("posts/c.md", "---\ntitle: C\ndate: 2024-07-01\nimage: cover.png\n---\n");
        library.reload();
        String cover = "https://blog.example/posts/c/cover.png";
        assertThat(new String(bytes(FeedFormat.ATOM), StandardCharsets.UTF_8))
                .contains("xmlns:media=\"http://search.yahoo.com/mrss/\"")
                .containsOnlyOnce("<media:thumbnail url=\"" + cover + "\" />");
        assertThat(new String(bytes(FeedFormat.RSS), StandardCharsets.UTF_8))
                .containsOnlyOnce("<media:thumbnail url=\"" + cover + "\" />");
        assertThat(new String(bytes(FeedFormat.JSON), StandardCharsets.UTF_8))
                .containsOnlyOnce("\"image\":\"" + cover + "\"");
    }

    private Feeds bounded(long maxBytes, EntryContent content) {
        return feeds(FeedOptions.of(URI.create("https://feeds.example/")).withMaxFeedBytes(maxBytes)
                .withContent(content));
    }

    /** Titles of the entries sent in full, and of those sent as summaries (Atom entries without content). */
    private static List<String> fullTitles(Feed feed, boolean full) {
        return feed.getEntries().stream().filter(e -> e.getContents().isEmpty() != full)
                .map(e -> e.getTitleEx().getValue()).toList();
    }

    private static Feed atom(RenderedFeed rendered) throws Exception {
        return (Feed) new WireFeedInput(false, Locale.ROOT).build(new InputSource(new ByteArrayInputStream(
                rendered.identity())));
    }

    @Test
    void newestEntriesKeepTheirTextWhileItFitsAndOlderOnesCarryTheirSummary() throws Exception {
        for (int i = 0; i < 30; i++) {  // about 24 KB of text each: ten of them fill a 250 KB feed
            write("posts/big" + i + ".md", "---\ntitle: Big " + i + "\ndate: 2024-08-01T10:" + String.format("%02d", i)
                    + ":00Z\n---\n" + "长文本。".repeat(2_000) + "\n");
        }
        library.reload();
        Feeds bounded = bounded(250 << 10, EntryContent.FULL);
        for (FeedFormat format : FeedFormat.values()) {
            RenderedFeed rendered = bounded.feed(format, Selection.all(), Window.newest(20)).orElseThrow();
            assertThat(rendered.identity().length).as(format.name()).isLessThanOrEqualTo(250 << 10);
            assertThat(rendered.trim().entries()).isEqualTo(20);
            assertThat(rendered.trim().summaries()).as(format.name()).isBetween(9, 13);
            assertThat(rendered.trim().dropped()).isZero();
        }
        Feed feed = atom(bounded.feed(FeedFormat.ATOM, Selection.all(), Window.newest(20)).orElseThrow());
        assertThat(feed.getEntries()).hasSize(20);
        List<String> full = fullTitles(feed, true);
        assertThat(full).as("the newest, in order").isEqualTo(feed.getEntries().subList(0, full.size()).stream()
                .map(e -> e.getTitleEx().getValue()).toList()).startsWith("Big 29");
        Entry summarised = feed.getEntries().get(19);
        assertThat(summarised.getContents()).isEmpty();
        assertThat(summarised.getSummary().getValue()).startsWith("<p>长文本。")
                .endsWith("<p><a href=\"https://blog.example/posts/big10/\">阅读全文</a></p>");
    }

    @Test
    void anArticleTooLargeForTheFeedDoesNotCostTheOthersTheirText() throws Exception {
        for (int i = 0; i < 5; i++) {
            write("posts/small" + i + ".md", "---\ntitle: Small " + i + "\ndate: 2024-08-0" + (i + 1)
                    + "\n---\nA short article.\n");
        }
        write("posts/huge.md", "---\ntitle: Huge\ndate: 2024-09-01\n---\n" + "很长的一段。".repeat(50_000) + "\n");
        library.reload();
        RenderedFeed rendered = bounded(250 << 10, EntryContent.FULL).feed(FeedFormat.ATOM, Selection.all(),
                Window.newest(20)).orElseThrow();
        Feed feed = atom(rendered);
        assertThat(fullTitles(feed, false)).containsExactly("Huge");
        assertThat(fullTitles(feed, true)).hasSize(7);
        assertThat(rendered.trim()).extracting(Trim::entries, Trim::summaries, Trim::dropped, Trim::largest)
                .containsExactly(8, 1, 0, "posts/huge.md");
        assertThat(rendered.trim().largestBytes()).as("its text as markup").isGreaterThan(900_000);
        assertThat(rendered.trim().describe("feed.atom", 250 << 10)).matches(
                "feed\\.atom: 1 of 8 entries as a summary to stay under 250 KB; largest: posts/huge\\.md \\(\\d{3} KB\\)");
    }

    @Test
    void feedContentSummarySendsEveryEntryAsItsSummaryInEveryFormat() throws Exception {
        Feeds summaries = bounded(250 << 10, EntryContent.SUMMARY);
        Feed feed = atom(summaries.feed(FeedFormat.ATOM, Selection.all(), Window.newest(20)).orElseThrow());
        assertThat(feed.getEntries()).hasSize(2).allSatisfy(entry -> assertThat(entry.getContents()).isEmpty());
        String rss = new String(summaries.feed(FeedFormat.RSS, Selection.all(), Window.newest(20)).orElseThrow()
                .identity(), StandardCharsets.UTF_8);
        assertThat(rss).doesNotContain("<content:encoded>").contains("阅读全文");
        String json = new String(summaries.feed(FeedFormat.JSON, Selection.all(), Window.newest(20)).orElseThrow()
                .identity(), StandardCharsets.UTF_8);
        assertThat(json).contains("\"content_html\":\"<p>First paragraph.</p><p><a href=\\\"https://blog.example/posts/a/\\\">阅读全文")
                .as("an English article's link is in English").contains(">Read the whole article</a></p>");
        assertThat(summaries.feed(FeedFormat.ATOM, Selection.all(), Window.archive(1)).map(RenderedFeed::trim))
                .as("by choice, not reported").contains(Trim.NONE);
        assertThat(summaries.trimmed()).isEmpty();
    }

    @Test
    void entriesAreLeftOutOnlyWhenEvenTheirSummariesDoNotFit() throws Exception {
        RenderedFeed one = bounded(1_000, EntryContent.FULL).feed(FeedFormat.ATOM, Selection.all(), Window.newest(20))
                .orElseThrow();
        assertThat(atom(one).getEntries()).as("one entry always stays").hasSize(1);
        assertThat(one.trim().describe("feed.atom", 1_000)).startsWith(
                "feed.atom: 1 of 2 entries as a summary and the 1 oldest left out to stay under 1 KB");
        RenderedFeed archive = bounded(1_000, EntryContent.FULL).feed(FeedFormat.ATOM, Selection.all(),
                Window.archive(1)).orElseThrow();
        assertThat(atom(archive).getEntries()).as("an archive page keeps every entry").hasSize(2)
                .allSatisfy(entry -> assertThat(entry.getContents()).isEmpty());
    }

    @Test
    void whenEvenSummariesDoNotFitEveryFormatLeavesOutTheSameOldestEntries() throws Exception {
        for (int i = 0; i < 60; i++) {
            write("posts/s" + i + ".md", "---\ntitle: S " + i + "\ndate: 2024-09-01T10:" + String.format("%02d", i)
                    + ":00Z\nsummary: " + "一段很长的摘要。".repeat(40) + "\n---\nBody.\n");
        }
        library.reload();
        Feeds small = bounded(40 << 10, EntryContent.FULL);
        var ids = new java.util.ArrayList<List<String>>();
        for (FeedFormat format : FeedFormat.values()) {
            RenderedFeed feed = small.feed(format, Selection.all(), Window.newest(62)).orElseThrow();
            assertThat(feed.identity().length).as(format.name()).isLessThanOrEqualTo(40 << 10);
            String text = new String(feed.identity(), StandardCharsets.UTF_8);
            ids.add(java.util.regex.Pattern.compile("tag:blog\\.example,[0-9-]+:s\\d+").matcher(text).results()
                    .map(java.util.regex.MatchResult::group).distinct().toList());
            assertThat(feed.trim().dropped()).as(format.name()).isPositive();
        }
        assertThat(ids.get(0)).hasSizeBetween(10, 59).startsWith("tag:blog.example,2024-09-01:s59");
        assertThat(ids).allSatisfy(list -> assertThat(list).isEqualTo(ids.get(0)));
    }

    @Test
    void theBoundIsUsedNotLeftEmpty() throws Exception {
        for (int i = 0; i < 100; i++) {  // about 6 KB of text each: 100 of them make 600 KB in full
            write("posts/m" + i + ".md", "---\ntitle: M " + i + "\ndate: 2024-09-01T" + String.format("%02d:%02d", i / 60,
                    i % 60) + ":00Z\ntags: [t" + (i % 7) + "]\n---\nFirst paragraph of " + i + ".\n\n"
                    + "正文，很长的一段。".repeat(220) + "\n");
        }
        library.reload();
        int largest = 0;
        for (FeedFormat format : FeedFormat.values()) {
            RenderedFeed feed = bounded(250 << 10, EntryContent.FULL).feed(format, Selection.all(), Window.newest(100))
                    .orElseThrow();
            assertThat(feed.identity().length).as(format.name()).isLessThanOrEqualTo(250 << 10);
            assertThat(feed.trim().summaries()).as(format.name()).isBetween(50, 90);
            largest = Math.max(largest, feed.identity().length);
        }
        assertThat(largest).as("the format that decides fills most of it").isGreaterThan(200 << 10);
    }

    @Test
    void jsonFeedSummariesAreTextWithEachFormulaAsItsTexOnce() {
        String summary = "<p>若 <math xmlns=\"http://www.w3.org/1998/Math/MathML\" alttext=\"n\\le 10^6\"><mrow><mi>n</mi>"
                + "<mo>≤</mo><msup><mn>10</mn><mrow><semantics><mrow></mrow><annotation>^</annotation></semantics><mn>6</mn>"
                + "</mrow></msup></mrow></math>，则 <math display=\"block\" alttext=\"x\"><mi>x</mi></math> 成立。</p>";
        assertThat(JsonWriter.plainText(summary)).isEqualTo("若 $n\\le 10^6$，则 $$x$$ 成立。");
    }

    @Test
    void theWholeArticleLinkIsInTheArticlesLanguageAndScript() {
        assertThat(Wording.of("zh-CN").readMore()).isEqualTo("阅读全文");
        assertThat(Wording.of("zh").readMore()).isEqualTo("阅读全文");
        assertThat(Wording.of("zh-Hans-HK").readMore()).isEqualTo("阅读全文");
        assertThat(Wording.of("zh-TW").readMore()).isEqualTo("閱讀全文");
        assertThat(Wording.of("zh-Hant").readMore()).isEqualTo("閱讀全文");
        assertThat(Wording.of("zh-hk").readMore()).isEqualTo("閱讀全文");
        assertThat(Wording.of("en-GB").readMore()).isEqualTo("Read the whole article");
        assertThat(Wording.of("zhx").readMore()).as("not Chinese").isEqualTo("Read the whole article");
    }

    @Test
    void searchFindsTitlesTagsAndTextIncludingChinese() throws IOException {
        write("posts/c.md", "---\ntitle: Gumbel trick\ndate: 2024-07-01\ntags: [Sampling]\n---\n重参数化让采样可导。\n");
        library.reload();
        assertThat(titles(Window.search(20, "重参数化"))).containsExactly("Gumbel trick");
        assertThat(titles(Window.search(20, "GUMBEL   trick"))).containsExactly("Gumbel trick");
        assertThat(titles(Window.search(20, "sampling"))).containsExactly("Gumbel trick");
        assertThat(titles(Window.search(20, "paragraph"))).containsExactly("重参数");  // in a's text
        assertThat(titles(Window.search(20, "gumbel paragraph"))).isEmpty();  // every word must match
        assertThat(titles(Window.search(20, "nowhere"))).isEmpty();
        String self = new String(feeds.feed(FeedFormat.ATOM, Selection.all(), Window.search(20, "重参数化"))
                .orElseThrow().identity(), StandardCharsets.UTF_8);
        assertThat(self).contains("href=\"https://feeds.example/feed.atom?q=%E9%87%8D%E5%8F%82%E6%95%B0%E5%8C%96\"")
                .doesNotContain("prev-archive");
    }

    private List<String> titles(Window window) throws IOException {
        byte[] bytes = feeds.feed(FeedFormat.JSON, Selection.all(), window).orElseThrow().identity();
        var titles = new java.util.ArrayList<String>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(bytes).path("items")
                .forEach(item -> titles.add(item.path("title").asText()));
        return titles;
    }
}
