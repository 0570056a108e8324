package dev.tidings.http;

import static dev.tidings.http.TestServer.header;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import dev.tidings.content.Article;
import dev.tidings.math.MathMode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/**
 * RFC 5005: from the subscription feed, prev-archive links reach every article ever published, once, in order; no page
 * is empty, each is dated by its newest entry and answers conditional requests; self links keep their query.
 */
final class ArchiveTest {
    private static final int ARTICLES = 2_000;  // a multiple of the page size: the newest page is full, not empty
    private static final int PAGES = ARTICLES / 50;

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
        server = TestServer.start(root, options -> options.withMath(MathMode.MATHML));  // so ?math=tex is a variant
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
        assertThat(pages).isEqualTo(PAGES);
        assertThat(newer).isEqualTo("https://feeds.blog.example/archive/1.atom");
    }

    @Test
    void fullPagesAreCachedForLongAndTheNewestPageForTheUsualTime() {
        assertThat(header(server.get("/archive/1.atom"), "Cache-Control")).isEqualTo("public, max-age=2592000");
        assertThat(header(server.get("/archive/" + (PAGES - 1) + ".json"), "Cache-Control"))
                .isEqualTo("public, max-age=2592000");
        assertThat(header(server.get("/archive/" + PAGES + ".rss"), "Cache-Control"))
                .as("the newest page is full, but it will gain a next-archive link").isEqualTo("public, max-age=900");
        assertThat(server.get("/archive/" + (PAGES + 1) + ".atom").statusCode()).isEqualTo(404);
        assertThat(server.get("/archive/0.atom").statusCode()).isEqualTo(404);
        assertThat(server.get("/archive/x.atom").statusCode()).isEqualTo(404);
        assertThat(server.get("/archive/1.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void rssAndJsonCarryTheSameLinks() throws Exception {
        String rss = new String(server.get("/feed.rss").body(), StandardCharsets.UTF_8);
        assertThat(rss).contains("<atom:link href=\"https://feeds.blog.example/archive/" + PAGES
                + ".rss\" rel=\"prev-archive\"");
        String page = new String(server.get("/archive/2.rss").body(), StandardCharsets.UTF_8);
        assertThat(page).contains("rel=\"prev-archive\"").contains("rel=\"next-archive\"").contains("rel=\"current\"")
                .contains("<fh:archive />");
        JsonNode json = new ObjectMapper().readTree(server.get("/feed.json").body());
        assertThat(json.path("next_url").asText()).isEqualTo("https://feeds.blog.example/archive/" + PAGES + ".json");
        JsonNode oldest = new ObjectMapper().readTree(server.get("/archive/1.json").body());
        assertThat(oldest.path("next_url").isMissingNode()).isTrue();
        assertThat(oldest.path("items")).hasSize(50);
        assertThat(oldest.path("items").get(49).path("title").asText()).isEqualTo("Article 0");
    }

    @Test
    void tagFeedsHaveTheirOwnHistory() throws Exception {
        Feed tagged = atom("/tags/seventh/feed.atom");
        String archive = link(tagged, "prev-archive").orElseThrow();
        int count = (ARTICLES + 6) / 7;  // 286: every 7th, from the first
        assertThat(archive).isEqualTo("https://feeds.blog.example/tags/seventh/archive/6.atom");
        assertThat(atom(path(archive)).getEntries()).hasSize(count - 5 * 50);
    }

    @Test
    void fullPagesKeepTheirEtagAcrossAnUnrelatedEdit() {
        String full = header(server.get("/archive/3.atom"), "ETag");
        String older = header(server.get("/archive/" + (PAGES - 1) + ".atom"), "ETag");
        String edited = header(server.get("/archive/" + PAGES + ".atom"), "ETag");  // holds the newest 50 articles
        String subscription = header(server.get("/feed.atom"), "ETag");
        TestServer.write(root, "posts/3/a1999.md", "---\ntitle: Article 1999, edited\ndate: "
                + java.time.Instant.parse("2020-01-01T00:00:00Z").plusSeconds(3600L * 1999) + "\n---\nNew body.\n");
        long version = server.library.reload().version();
        assertThat(version).isGreaterThan(1);
        assertThat(header(server.get("/archive/3.atom"), "ETag")).isEqualTo(full);
        assertThat(header(server.get("/archive/" + (PAGES - 1) + ".atom"), "ETag")).isEqualTo(older);
        assertThat(header(server.get("/archive/" + PAGES + ".atom"), "ETag")).as("the edited article's page")
                .isNotEqualTo(edited);
        assertThat(header(server.get("/feed.atom"), "ETag")).isNotEqualTo(subscription);
    }

    @Test
    void everyPageIsDatedByItsNewestEntryAndAnswersIfModifiedSince() throws Exception {
        var documents = new ArrayList<String>(List.of("/feed.atom", "/tags/seventh/feed.atom"));
        for (int page = 1; page <= PAGES; page++) {
            documents.add("/archive/" + page + ".atom");
        }
        for (String document : documents) {
            var response = server.get(document);
            Feed feed = atom(document);
            assertThat(feed.getEntries()).as(document).isNotEmpty();
            Instant newest = feed.getEntries().stream().map(e -> e.getUpdated().toInstant()).max(Instant::compareTo)
                    .orElseThrow();
            assertThat(feed.getUpdated().toInstant()).as(document).isEqualTo(newest);
            String lastModified = header(response, "Last-Modified");
            assertThat(HttpDates.parse(lastModified)).as(document).contains(newest);
            for (String format : List.of("atom", "rss", "json")) {
                String path = document.replace(".atom", "." + format);
                var plain = server.get(path);
                assertThat(server.get(path, "If-Modified-Since", header(plain, "Last-Modified")).statusCode())
                        .as(path).isEqualTo(304);
                assertThat(server.get(path, "If-None-Match", header(plain, "ETag")).statusCode()).as(path)
                        .isEqualTo(304);
                assertThat(server.get(path, "If-Modified-Since", DateTimeFormatter.RFC_1123_DATE_TIME.format(newest.minusSeconds(1).atZone(ZoneOffset.UTC)))
                        .statusCode()).as(path).isEqualTo(200);
            }
        }
    }

    @Test
    void selfLinksKeepTheQueryThatMakesTheDocumentInAFixedOrder() throws Exception {
        Feed searched = atom("/feed.atom?q=Article%201998&math=tex");
        assertThat(link(searched, "self")).contains("https://feeds.blog.example/feed.atom?math=tex&q=article%201998");
        assertThat(searched.getEntries()).extracting(e -> e.getTitleEx().getValue())
                .containsExactly("Article 1998");
        assertThat(link(atom("/feed.atom?math=tex&limit=5&utm_source=x"), "self"))
                .as("limit before math; parameters that change nothing are left out")
                .contains("https://feeds.blog.example/feed.atom?limit=5&math=tex");
        assertThat(link(atom("/feed.atom?limit=20&math=mathml"), "self")).as("the defaults change nothing")
                .contains("https://feeds.blog.example/feed.atom");
        Feed page = atom("/archive/2.atom?math=tex");
        assertThat(link(page, "self")).contains("https://feeds.blog.example/archive/2.atom?math=tex");
        assertThat(link(page, "prev-archive")).contains("https://feeds.blog.example/archive/1.atom?math=tex");
        assertThat(link(page, "current")).contains("https://feeds.blog.example/feed.atom?math=tex");
        String rss = new String(server.get("/tags/seventh/feed.rss?math=tex&q=article").body(), StandardCharsets.UTF_8);
        assertThat(rss).contains("<atom:link href=\"https://feeds.blog.example/tags/seventh/feed.rss?math=tex&amp;"
                + "q=article\" rel=\"self\"");
        JsonNode json = new ObjectMapper().readTree(server.get("/feed.json?limit=3&math=tex").body());
        assertThat(json.path("feed_url").asText()).isEqualTo("https://feeds.blog.example/feed.json?limit=3&math=tex");
    }

    @Test
    void anEmptyCollectionHasOnePageDatedWhenItWasLoaded(@TempDir Path empty) throws Exception {
        try (TestServer none = TestServer.start(empty)) {
            for (String path : List.of("/feed.atom", "/archive/1.atom")) {
                var response = none.get(path);
                assertThat(response.statusCode()).as(path).isEqualTo(200);
                Feed feed = (Feed) new WireFeedInput(false, Locale.ROOT).build(new InputSource(
                        new ByteArrayInputStream(response.body())));
                assertThat(feed.getEntries()).isEmpty();
                assertThat(feed.getUpdated().toInstant()).as(path).isAfter(Instant.parse("2026-01-01T00:00:00Z"));
                assertThat(none.get(path, "If-Modified-Since", header(response, "Last-Modified")).statusCode())
                        .isEqualTo(304);
            }
            assertThat(none.get("/archive/2.atom").statusCode()).isEqualTo(404);
        }
    }
}
