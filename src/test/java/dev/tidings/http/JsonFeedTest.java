package dev.tidings.http;

import static dev.tidings.http.TestServer.header;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tidings.content.Article;
import dev.tidings.content.Catalog;
import dev.tidings.feed.FeedFormat;
import dev.tidings.feed.Selection;
import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** JSON Feed 1.1 from the bundled sample: every feed against the spec's required fields, the site feed field by field. */
final class JsonFeedTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SampleServer sample;

    @BeforeAll
    static void start() {
        sample = SampleServer.start();
    }

    @AfterAll
    static void stop() {
        sample.close();
    }

    @Test
    void everyJsonFeedHasTheRequiredFields() throws IOException {
        Catalog catalog = sample.feeds.catalog();
        for (Selection selection : sample.feeds.selections(catalog)) {
            String url = sample.feeds.url(FeedFormat.JSON, selection, catalog);
            var response = sample.get(URI.create(url).getRawPath());
            assertThat(response.statusCode()).as(url).isEqualTo(200);
            assertThat(header(response, "Content-Type")).isEqualTo("application/feed+json; charset=utf-8");
            JsonNode feed = JSON.readTree(response.body());
            assertThat(feed.path("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
            assertThat(feed.path("title").isTextual()).isTrue();
            assertThat(feed.path("feed_url").asText()).isEqualTo(url);
            assertThat(feed.path("home_page_url").asText()).isEqualTo(sample.base());
            assertThat(feed.path("next_url").asText()).isNotEqualTo(url).contains("/archive/");
            assertThat(feed.path("items").isArray()).isTrue();
            assertThat(feed.path("items").size()).isBetween(1, Math.min(selection.select(catalog).size(), 20));
            for (JsonNode item : feed.path("items")) {
                assertThat(item.path("id").isTextual()).isTrue();
                assertThat(item.path("id").asText()).isNotBlank();
                assertThat(item.path("content_html").asText()).isNotBlank();
                OffsetDateTime.parse(item.path("date_published").asText());  // RFC 3339
                OffsetDateTime.parse(item.path("date_modified").asText());
                assertThat(item.path("authors").get(0).path("name").asText()).isNotBlank();
            }
        }
    }

    @Test
    void theSiteFeedCarriesEveryFieldOfEveryArticle() throws IOException {
        Catalog catalog = sample.feeds.catalog();
        JsonNode feed = JSON.readTree(sample.get("/feed.json?math=tex").body());  // bodies exactly as the library has them
        assertThat(feed.path("title").asText()).isEqualTo("知远的机器学习笔记");
        assertThat(feed.path("description").asText()).startsWith("公式、代码与推导");
        assertThat(feed.path("language").asText()).isEqualTo("zh-CN");
        assertThat(feed.path("icon").asText()).isEqualTo("http://localhost:8080/favicon.png");
        assertThat(feed.path("authors").get(0).path("name").asText()).isEqualTo("林知远");
        assertThat(feed.path("authors").get(0).path("url").asText()).isEqualTo("mailto:zhiyuan@example.com");
        List<Article> articles = catalog.articles();
        for (int i = 0; i < articles.size(); i++) {
            Article article = articles.get(i);
            JsonNode item = feed.path("items").get(i);
            assertThat(item.path("id").asText()).isEqualTo(article.id());
            assertThat(item.path("url").asText()).isEqualTo(article.permalink());
            assertThat(item.path("title").asText()).isEqualTo(article.title());
            assertThat(item.path("content_html").asText()).isEqualTo(sample.collection.body(article).html());
            assertThat(item.path("summary").asText()).doesNotContain("<").isNotBlank();
            assertThat(OffsetDateTime.parse(item.path("date_published").asText())).isEqualTo(article.published());
            assertThat(OffsetDateTime.parse(item.path("date_modified").asText())).isEqualTo(article.updated());
            var tags = new ArrayList<String>();
            item.path("tags").forEach(tag -> tags.add(tag.asText()));
            assertThat(tags).containsAll(article.categories()).containsAll(article.tags());
            var authors = new ArrayList<String>();
            item.path("authors").forEach(author -> authors.add(author.path("name").asText()));
            assertThat(authors).containsExactlyElementsOf(article.authors().stream().map(a -> a.name()).toList());
            assertThat(item.path("image").asText()).isEqualTo(article.image());
            assertThat(item.path("language").asText()).isEqualTo(article.lang().equals("zh-CN") ? "" : article.lang());
        }
        assertThat(feed.path("items").get(articles.indexOf(articles.stream()
                .filter(a -> a.slug().equals("rope")).findFirst().orElseThrow())).path("image").asText())
                .isEqualTo("http://localhost:8080/posts/rope/diagram.svg");
    }

    @Test
    void formulasArriveAsMathMl() throws IOException {
        JsonNode feed = JSON.readTree(sample.get("/feed.json").body());
        assertThat(feed.path("items").get(0).path("content_html").asText()).contains("<math xmlns=")
                .contains(" alttext=\"").doesNotContain("class=\"math ");
    }

    @Test
    void followsTheSameHttpRulesAsAtomAndRss() {
        var response = sample.get("/feed.json", "Accept-Encoding", "gzip");
        assertThat(header(response, "Content-Encoding")).isEqualTo("gzip");
        assertThat(sample.get("/feed.json", "If-None-Match", header(response, "ETag")).statusCode()).isEqualTo(304);
        var head = sample.send("HEAD", "/feed.json");
        assertThat(head.body()).isEmpty();
        assertThat(header(head, "Content-Length")).isEqualTo(Integer.toString(sample.get("/feed.json").body().length));
        assertThat(sample.get("/tags/RoPE/feed.json").statusCode()).isEqualTo(200);
        assertThat(sample.get("/tags/nothing/feed.json").statusCode()).isEqualTo(404);
    }
}
