package dev.tidings.http;

import static dev.tidings.http.TestServer.header;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import dev.tidings.content.Article;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/** RFC 5005: from the subscription feed, prev-archive links reach every article ever published, once, in order. */
final class ArchiveTest {
    private static final int ARTICLES = 5_000;

    @TempDir
    static Path root;
    private static TestServer server;

    @BeforeAll
    static void start() {
        for (int i = 0; i < ARTICLES; i++) {
            // Dates an hour apart, so the order is the file order; every 7th has a tag, to give a second, smaller feed.
            TestServer.write(root, "posts/" + (i / 500) + "/a" + i + ".md", "---\ntitle: Article " + i + "\ndate: "
                    + java.time.Instant.parse("2020-01-01T00:00:00Z").plusSeconds(3600L * i) + "\n"
                    + (i % 7 == 0 ? "tags: [seventh]\n" : "") + "---\nBody " + i + ".\n");
        }
        server = TestServer.start(root);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Feed atom(String path) throws Exception {
        var response = server.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return (Feed) new WireFeedInput(false, Locale.ROOT).build(new InputSource(
                new ByteArrayInputStream(response.body())));
    }

    private static Optional<String> link(Feed feed, String rel) {
        return feed.getOtherLinks().stream().filter(l -> l.getRel().equals(rel)).map(Link::getHref).findFirst();
    }

    private static String path(String url) {
        return URI.create(url).getRawPath();
    }

    @Test
    void walkingPrevArchiveFindsEveryArticleOnceInOrder() throws Exception {
        List<String> expected = server.library.current().articles().stream().map(Article::id).toList();
        assertThat(expected).hasSize(ARTICLES);
        Feed subscription = atom("/feed.atom");
        assertThat(subscription.getEntries()).hasSize(20);
        assertThat(subscription.getForeignMarkup()).noneMatch(e -> e.getName().equals("archive"));
        var seen = new ArrayList<String>();
        int pages = 0;
        String previous = link(subscription, "prev-archive").orElseThrow();
        String newer = null;
        for (Optional<String> next = Optional.of(previous); next.isPresent(); pages++) {
            String url = next.get();
            Feed page = atom(path(url));
            assertThat(new String(server.get(path(url)).body(), StandardCharsets.UTF_8)).contains("<fh:archive />");
            assertThat(link(page, "current")).contains("https://feeds.blog.example/feed.atom");
            assertThat(link(page, "self")).contains(url);
            assertThat(link(page, "next-archive")).isEqualTo(Optional.ofNullable(newer));
            page.getEntries().forEach(entry -> seen.add(entry.getId()));
            newer = url;
            next = link(page, "prev-archive");
        }
        assertThat(seen).containsExactlyElementsOf(expected);  // each once, newest to oldest
        assertThat(pages).isEqualTo(ARTICLES / 50 + 1);
        assertThat(newer).isEqualTo("https://feeds.blog.example/archive/1.atom");
    }

    @Test
    void fullPagesAreCachedForLongAndTheNewestPageForTheUsualTime() {
        assertThat(header(server.get("/archive/1.atom"), "Cache-Control")).isEqualTo("public, max-age=2592000");
        assertThat(header(server.get("/archive/101.rss"), "Cache-Control")).isEqualTo("public, max-age=900");
        assertThat(server.get("/archive/102.atom").statusCode()).isEqualTo(404);
        assertThat(server.get("/archive/0.atom").statusCode()).isEqualTo(404);
        assertThat(server.get("/archive/x.atom").statusCode()).isEqualTo(404);
        assertThat(server.get("/archive/1.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void rssAndJsonCarryTheSameLinks() throws Exception {
        String rss = new String(server.get("/feed.rss").body(), StandardCharsets.UTF_8);
        assertThat(rss).contains("<atom:link href=\"https://feeds.blog.example/archive/101.rss\" rel=\"prev-archive\"");
        String page = new String(server.get("/archive/2.rss").body(), StandardCharsets.UTF_8);
        assertThat(page).contains("rel=\"prev-archive\"").contains("rel=\"next-archive\"").contains("rel=\"current\"")
                .contains("<fh:archive />");
        JsonNode json = new ObjectMapper().readTree(server.get("/feed.json").body());
        assertThat(json.path("next_url").asText()).isEqualTo("https://feeds.blog.example/archive/101.json");
        JsonNode oldest = new ObjectMapper().readTree(server.get("/archive/1.json").body());
        assertThat(oldest.path("next_url").isMissingNode()).isTrue();
        assertThat(oldest.path("items")).hasSize(50);
        assertThat(oldest.path("items").get(49).path("title").asText()).isEqualTo("Article 0");
    }

    @Test
    void tagFeedsHaveTheirOwnHistory() throws Exception {
        Feed tagged = atom("/tags/seventh/feed.atom");
        String archive = link(tagged, "prev-archive").orElseThrow();
        assertThat(archive).isEqualTo("https://feeds.blog.example/tags/seventh/archive/15.atom");
        assertThat(atom(path(archive)).getEntries()).hasSize(ARTICLES / 7 + 1 - 14 * 50);
    }

    @Test
    void fullPagesKeepTheirEtagAcrossAnUnrelatedEdit() {
        String full = header(server.get("/archive/3.atom"), "ETag");
        String edited = header(server.get("/archive/100.atom"), "ETag");  // holds the newest 50 articles
        String empty = header(server.get("/archive/101.atom"), "ETag");  // 5,000 is a multiple of 50
        String subscription = header(server.get("/feed.atom"), "ETag");
        TestServer.write(root, "posts/9/a4999.md", "---\ntitle: Article 4999, edited\ndate: "
                + java.time.Instant.parse("2020-01-01T00:00:00Z").plusSeconds(3600L * 4999) + "\n---\nNew body.\n");
        long version = server.library.reload().version();
        assertThat(version).isGreaterThan(1);
        assertThat(header(server.get("/archive/3.atom"), "ETag")).isEqualTo(full);
        assertThat(header(server.get("/archive/101.atom"), "ETag")).isEqualTo(empty);
        assertThat(header(server.get("/archive/100.atom"), "ETag")).as("the edited article's page").isNotEqualTo(edited);
        assertThat(header(server.get("/feed.atom"), "ETag")).isNotEqualTo(subscription);
    }
}
