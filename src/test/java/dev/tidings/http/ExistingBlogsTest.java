package dev.tidings.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import java.io.ByteArrayInputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/** Hugo, Jekyll and Hexo folders as those tools lay them out (src/test/resources/sites/), served unchanged. */
final class ExistingBlogsTest {

    private static Path site(String name) throws URISyntaxException {
        return Path.of(ExistingBlogsTest.class.getResource("/sites/" + name).toURI());
    }

    private static Feed atom(TestServer server) throws Exception {
        var response = server.get("/feed.atom");
        assertThat(response.statusCode()).isEqualTo(200);
        return (Feed) new WireFeedInput(false, Locale.ROOT).build(new InputSource(
                new ByteArrayInputStream(response.body())));
    }

    private static List<String> titles(Feed feed) {
        return feed.getEntries().stream().map(Entry::getTitle).toList();
    }

    @Test
    void hugoContentPosts() throws Exception {
        try (TestServer server = TestServer.start(site("hugo").resolve("content/posts"))) {
            assertThat(server.library.current().problems()).isEmpty();
            Feed feed = atom(server);
            assertThat(titles(feed)).containsExactly("Second, in TOML", "First Hugo post", "A page bundle");
            Entry first = feed.getEntries().get(1);
            assertThat(first.getUpdated()).isEqualTo(java.util.Date.from(java.time.Instant.parse("2024-03-05T04:00:00Z")));
            assertThat(first.getSummary().getValue()).isEqualTo("<p>The summary Hugo shows.</p>");
            assertThat(first.getCategories()).extracting(c -> c.getTerm()).containsExactly("notes", "hugo", "yaml");
            assertThat(feed.getEntries().get(0).getSummary().getValue()).isEqualTo("<p>Second body.</p>");
            assertThat(feed.getEntries().get(2).getContents().get(0).getValue())
                    .contains("src=\"https://blog.example/posts/bundle/figure.png\"");
            assertThat(server.get("/tags/toml/feed.rss").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void jekyllSiteRoot() throws Exception {
        try (TestServer server = TestServer.start(site("jekyll"))) {
            assertThat(server.library.current().problems()).isEmpty();  // pages, layouts, _site and drafts ignored
            Feed feed = atom(server);
            assertThat(titles(feed)).containsExactly("The date comes from the file name", "Welcome to Jekyll!");
            Entry welcome = feed.getEntries().get(1);
            assertThat(welcome.getCategories()).extracting(c -> c.getTerm()).containsExactly("jekyll", "update");
            assertThat(welcome.getPublished()).isEqualTo(java.util.Date.from(java.time.Instant.parse(
                    "2024-01-15T02:30:00Z")));
            assertThat(welcome.getId()).isEqualTo("tag:blog.example,2024-01-15:welcome-to-jekyll");
            assertThat(feed.getEntries().get(0).getPublished()).isEqualTo(java.util.Date.from(java.time.Instant.parse(
                    "2024-02-19T16:00:00Z")));  // midnight in the site's zone (Asia/Shanghai)
        }
    }

    @Test
    void hexoSourcePosts() throws Exception {
        try (TestServer server = TestServer.start(site("hexo").resolve("source/_posts"))) {
            assertThat(server.library.current().problems()).isEmpty();
            Feed feed = atom(server);
            assertThat(titles(feed)).containsExactly("第二篇", "Hello World");
            Entry hello = feed.getEntries().get(1);
            assertThat(hello.getUpdated()).isEqualTo(java.util.Date.from(java.time.Instant.parse("2024-03-12T00:30:00Z")));
            assertThat(hello.getCategories()).extracting(c -> c.getTerm())
                    .containsExactly("技术", "博客", "随笔", "hexo", "入门");
            assertThat(server.get("/categories/%E6%8A%80%E6%9C%AF/feed.atom").statusCode()).isEqualTo(200);
            assertThat(new String(server.get("/feed.rss").body(), java.nio.charset.StandardCharsets.UTF_8))
                    .doesNotContain("slash:comments");  // comments: true switches comments on; it is no count
        }
    }
}
