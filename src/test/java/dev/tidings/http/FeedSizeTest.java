package dev.tidings.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;
import dev.tidings.MainAccess;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/**
 * A blog of long articles (each about 300 KB, over max_feed_size on its own): every subscription feed still has
 * feed_size entries, the same in every format, each under the bound, by sending entries as summaries with a link to
 * the whole article; readers see them all, and {@code check} says so.
 */
final class FeedSizeTest {
    private static final int ARTICLES = 25;
    private static final int BOUND = 250 << 10;

    @TempDir
    static Path root;
    @TempDir
    static Path work;
    private static TestServer server;

    @BeforeAll
    static void start() {
        String section = "## 推导\n\n" + "这一段很长,用来把文章撑到三百 KB 左右,就像一篇写满推导的长文。".repeat(60)
                + "\n\n```python\nfor step in range(1000):\n    loss = model(x) - y  # 每一步\n```\n\n";
        for (int i = 0; i < ARTICLES; i++) {
            int sections = i == ARTICLES - 1 ? 80 : 55;  // the newest is the largest
            TestServer.write(root, "posts/p" + i + ".md", "---\ntitle: 长文 " + i + "\ndate: 2024-03-"
                    + String.format("%02d", i + 1) + "T08:00:00+08:00\ntags: [long]\n---\n第 " + i
                    + " 篇的开头一段,说明这篇文章讲什么。\n\n" + section.repeat(sections));
        }
        server = TestServer.start(root);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<String> atomIds(byte[] bytes) throws Exception {
        Feed feed = (Feed) new WireFeedInput(false, Locale.ROOT).build(new InputSource(new ByteArrayInputStream(bytes)));
        for (Entry entry : feed.getEntries()) {
            assertThat(entry.getContents()).as("too large to send in full").isEmpty();
            assertThat(entry.getSummary().getValue()).contains("说明这篇文章讲什么")
                    .endsWith("\">阅读全文</a></p>").contains("<a href=\"" + entry.getAlternateLinks().get(0).getHref());
        }
        return feed.getEntries().stream().map(Entry::getId).toList();
    }

    private static List<String> rssIds(byte[] bytes) throws Exception {
        Channel channel = (Channel) new WireFeedInput(false, Locale.ROOT).build(new InputSource(
                new ByteArrayInputStream(bytes)));
        for (Item item : channel.getItems()) {
            assertThat(item.getContent()).isNull();
            assertThat(item.getDescription().getValue()).endsWith("\">阅读全文</a></p>");
        }
        return channel.getItems().stream().map(item -> item.getGuid().getValue()).toList();
    }

    private static List<String> jsonIds(byte[] bytes) throws Exception {
        var ids = new ArrayList<String>();
        for (JsonNode item : new ObjectMapper().readTree(bytes).path("items")) {
            assertThat(item.path("content_html").asText()).endsWith("\">阅读全文</a></p>");
            ids.add(item.path("id").asText());
        }
        return ids;
    }

    @Test
    void everyFormatHasFeedSizeEntriesWithTheSameIdsInTheSameOrderUnderTheBound() throws Exception {
        var responses = new LinkedHashMap<String, byte[]>();
        for (String path : List.of("/feed.atom", "/feed.rss", "/feed.json", "/tags/long/feed.atom")) {
            var response = server.get(path);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body().length).as(path).isLessThanOrEqualTo(BOUND);
            responses.put(path, response.body());
        }
        List<String> atom = atomIds(responses.get("/feed.atom"));
        assertThat(atom).hasSize(20).doesNotHaveDuplicates()
                .isEqualTo(server.library.current().articles().subList(0, 20).stream().map(a -> a.id()).toList());
        assertThat(rssIds(responses.get("/feed.rss"))).isEqualTo(atom);
        assertThat(jsonIds(responses.get("/feed.json"))).isEqualTo(atom);
        assertThat(atomIds(responses.get("/tags/long/feed.atom"))).isEqualTo(atom);
        String page = TestServer.text(server.get("/feed.atom", "Sec-Fetch-Dest", "document", "Accept", "text/html"));
        assertThat(page.split("<article ").length - 1).as("the browser page lists the same").isEqualTo(20);
    }

    @Test
    void anArchivePageOverTheBoundSendsSummariesButKeepsEveryEntry() throws Exception {
        var response = server.get("/archive/1.atom");
        assertThat(response.body().length).isLessThanOrEqualTo(BOUND);
        assertThat(atomIds(response.body())).hasSize(ARTICLES);
    }

    @Test
    void feedReadersSeeEveryEntry() throws Exception {
        var files = new LinkedHashMap<Path, Integer>();
        for (String format : List.of("atom", "rss")) {
            Path file = work.resolve("feed." + format);
            Files.write(file, server.get("/feed." + format).body());
            files.put(file, 20);
        }
        FeedReaders.feedparser(work, files);
        FeedReaders.newsboat(work, Map.of(server.uri("/feed.atom").toString(), 20,
                server.uri("/feed.rss").toString(), 20));
    }

    @Test
    void checkSaysWhichFeedsSendSummariesAndWhy() {
        var out = new StringWriter();
        int code = MainAccess.run(new String[] {"check", root.toString(), "--math", "tex"}, out);
        assertThat(code).isZero();
        assertThat(out.toString().lines().toList()).hasSize(3).last().isEqualTo(ARTICLES + " articles, 0 problems");
        assertThat(out.toString().lines().toList().subList(0, 2)).allMatch(line -> line.matches(".*: 20 of 20 entries "
                + "as summaries to stay under 250 KB; largest: posts/p24\\.md \\((4\\d\\d) KB\\)"))
                .satisfiesExactly(
                        site -> assertThat(site).startsWith("feed.atom, feed.rss, feed.json: "),
                        tag -> assertThat(tag).startsWith("tags/long/feed.atom, tags/long/feed.rss, "
                                + "tags/long/feed.json: "));
    }
}
