package dev.tidings.http;

import static dev.tidings.http.TestServer.header;
import static dev.tidings.http.TestServer.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One server for the class (stopping one takes a second of graceful shutdown); no test changes its folder. */
final class FeedServerTest {
    private static final String LAST_MODIFIED = "Sat, 01 Jun 2024 02:00:00 GMT";  // a.md's updated, in GMT

    @TempDir
    static Path root;
    private static TestServer server;

    @BeforeAll
    static void start() {
        TestServer.write(root, "posts/a.md", """
                ---
                title: Newest
                date: 2024-05-01T09:30:00+08:00
                updated: 2024-06-01T10:00:00+08:00
                categories: [数学]
                tags: [机器学习, C++]
                author: Jane
                comments: 3
                ---
                A body with `code` and $x^2$.
                """);
        TestServer.write(root, "posts/b.md", "---\ntitle: Middle\ndate: 2024-04-01\ntags: [Python]\n---\nB.\n");
        TestServer.write(root, "posts/c.md", "---\ntitle: Oldest\ndate: 2024-03-01\ntags: [机器学习]\n---\nC.\n");
        server = TestServer.start(root);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void servesAtomAndRssWithTheirMediaTypes() {
        HttpResponse<byte[]> atom = server.get("/feed.atom");
        assertThat(atom.statusCode()).isEqualTo(200);
        assertThat(header(atom, "Content-Type")).isEqualTo("application/atom+xml; charset=utf-8");
        assertThat(text(atom)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed");
        HttpResponse<byte[]> rss = server.get("/feed.rss");
        assertThat(header(rss, "Content-Type")).isEqualTo("application/rss+xml; charset=utf-8");
        assertThat(text(rss)).contains("<rss");
        assertThat(header(rss, "X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void sendsAStrongQuotedEtagAndTheNewestUpdateAsLastModified() {
        HttpResponse<byte[]> response = server.get("/feed.atom");
        assertThat(header(response, "ETag")).matches("\"[A-Za-z0-9_-]{22}\"");
        assertThat(header(response, "Last-Modified")).isEqualTo(LAST_MODIFIED);
        assertThat(header(response, "Cache-Control")).isEqualTo("public, max-age=900");
        assertThat(header(response, "Vary")).isEqualTo("Accept-Encoding, Accept, Sec-Fetch-Dest");
        assertThat(header(response, "Content-Length")).isEqualTo(Integer.toString(response.body().length));
        assertThat(server.get("/feed.atom").body()).isEqualTo(response.body());
        assertThat(header(server.get("/tags/python/feed.atom"), "Last-Modified"))
                .isEqualTo("Sun, 31 Mar 2024 16:00:00 GMT");  // b.md: 2024-04-01 at midnight in Shanghai
    }

    @Test
    void answersIfNoneMatchWithWeakComparisonListsStarAndProxySuffixes() {
        String etag = header(server.get("/feed.atom"), "ETag");
        String opaque = etag.substring(1, etag.length() - 1);
        for (String matching : List.of(etag, "W/" + etag, "\"other\", " + etag, "\"a\",W/\"b\" ,  " + etag, "*",
                "\"" + opaque + "-gzip\"", "W/\"" + opaque + "-gzip\"", "\"" + opaque + "-gz\"",
                "\"" + opaque + "-br\"")) {
            HttpResponse<byte[]> response = server.get("/feed.atom", "If-None-Match", matching);
            assertThat(response.statusCode()).as(matching).isEqualTo(304);
            assertThat(response.body()).as(matching).isEmpty();
            assertThat(header(response, "ETag")).isEqualTo(etag);
            assertThat(header(response, "Cache-Control")).isEqualTo("public, max-age=900");
            assertThat(header(response, "Vary")).isEqualTo("Accept-Encoding, Accept, Sec-Fetch-Dest");
            assertThat(header(response, "Content-Type")).isNull();
            assertThat(header(response, "Content-Length")).as("RFC 9110 §8.6: none rather than 0").isNull();
        }
        for (String stale : List.of("\"stale\"", "W/\"stale\", \"older\"", "\"" + opaque + "x\"")) {
            assertThat(server.get("/feed.atom", "If-None-Match", stale).statusCode()).as(stale).isEqualTo(200);
        }
    }

    @Test
    void ifNoneMatchTakesPrecedenceOverIfModifiedSince() {
        HttpResponse<byte[]> response = server.get("/feed.atom", "If-None-Match", "\"stale\"",
                "If-Modified-Since", LAST_MODIFIED);
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void ignoresMalformedValidators() {
        for (String malformed : List.of("abc", "\"unterminated", "W/", "\"a\" \"b\"", "\"a\";")) {
            assertThat(server.get("/feed.atom", "If-None-Match", malformed).statusCode()).as(malformed).isEqualTo(200);
            assertThat(server.get("/feed.atom", "If-None-Match", malformed, "If-Modified-Since", LAST_MODIFIED)
                    .statusCode()).as("ignored, so If-Modified-Since decides: " + malformed).isEqualTo(304);
        }
        for (String malformed : List.of("yesterday", "2024-06-01", "Sat, 01 Jun 2024 02:00:00", "")) {
            assertThat(server.get("/feed.atom", "If-Modified-Since", malformed).statusCode()).as(malformed)
                    .isEqualTo(200);
        }
    }

    @Test
    void comparesIfModifiedSinceAsADate() {
        assertThat(server.get("/feed.atom", "If-Modified-Since", LAST_MODIFIED).statusCode()).isEqualTo(304);
        assertThat(server.get("/feed.atom", "If-Modified-Since", "Sat, 01 Jun 2024 02:00:01 GMT").statusCode())
                .isEqualTo(304);
        assertThat(server.get("/feed.atom", "If-Modified-Since", "Sat, 01 Jun 2024 01:59:59 GMT").statusCode())
                .as("stale").isEqualTo(200);
        assertThat(server.get("/feed.atom", "If-Modified-Since", "Saturday, 01-Jun-24 02:00:00 GMT").statusCode())
                .as("RFC 850").isEqualTo(304);
        assertThat(server.get("/feed.atom", "If-Modified-Since", "Sat Jun  1 02:00:00 2024").statusCode())
                .as("asctime").isEqualTo(304);
        assertThat(server.get("/feed.atom", "If-Modified-Since", "Fri, 01 Jan 2100 00:00:00 GMT").statusCode())
                .as("a date in the future is not a valid validator").isEqualTo(200);
    }

    @Test
    void headAnswersExactlyTheGetHeadersWithoutABody() {
        for (String encoding : List.of("identity", "gzip")) {
            HttpResponse<byte[]> get = server.get("/feed.rss", "Accept-Encoding", encoding);
            HttpResponse<byte[]> head = server.send("HEAD", "/feed.rss", "Accept-Encoding", encoding);
            assertThat(head.statusCode()).isEqualTo(200);
            assertThat(head.body()).isEmpty();
            for (String name : List.of("Content-Type", "Content-Length", "ETag", "Last-Modified", "Cache-Control",
                    "Vary", "Content-Encoding")) {
                assertThat(header(head, name)).as(encoding + " " + name).isEqualTo(header(get, name));
            }
            assertThat(header(head, "Content-Length")).isEqualTo(Integer.toString(get.body().length));
        }
        String etag = header(server.get("/feed.rss"), "ETag");
        assertThat(server.send("HEAD", "/feed.rss", "If-None-Match", etag).statusCode()).isEqualTo(304);
    }

    @Test
    void gzipsByAcceptEncodingWithQValuesFromBytesThatDecompressToTheSameFeed() throws IOException {
        byte[] identity = server.get("/feed.atom").body();
        for (String accepting : List.of("gzip", "gzip, deflate, br", "br;q=1.0, gzip;q=0.8", "x-gzip", "*",
                "identity;q=0.5, *;q=0.1", "GZIP;Q=1")) {
            HttpResponse<byte[]> response = server.get("/feed.atom", "Accept-Encoding", accepting);
            assertThat(header(response, "Content-Encoding")).as(accepting).isEqualTo("gzip");
            assertThat(gunzip(response.body())).as(accepting).isEqualTo(identity);
            assertThat(header(response, "ETag")).endsWith("-gz\"");
            assertThat(header(response, "Vary")).isEqualTo("Accept-Encoding, Accept, Sec-Fetch-Dest");
        }
        for (String refusing : List.of("gzip;q=0", "identity", "br", "*;q=0", "gzip;q=0.000", "gzip;q=2", "")) {
            HttpResponse<byte[]> response = server.get("/feed.atom", "Accept-Encoding", refusing);
            assertThat(header(response, "Content-Encoding")).as(refusing).isNull();
            assertThat(response.body()).as(refusing).isEqualTo(identity);
        }
        HttpResponse<byte[]> gzipped = server.get("/feed.atom", "Accept-Encoding", "gzip");
        assertThat(server.get("/feed.atom", "Accept-Encoding", "gzip", "If-None-Match", header(gzipped, "ETag"))
                .statusCode()).isEqualTo(304);
        assertThat(server.get("/feed.atom", "Accept-Encoding", "gzip").body()).as("compressed once, same bytes")
                .isEqualTo(gzipped.body());
    }

    @Test
    void rssTtlMatchesCacheControl() {
        assertThat(text(server.get("/feed.rss"))).contains("<ttl>15</ttl>");
    }

    @Test
    void servesCategoryTagAndAuthorFeedsByDecodedName() {
        assertThat(server.get("/tags/%E6%9C%BA%E5%99%A8%E5%AD%A6%E4%B9%A0/feed.atom").statusCode()).isEqualTo(200);
        assertThat(text(server.get("/tags/%E6%9C%BA%E5%99%A8%E5%AD%A6%E4%B9%A0/feed.atom")))
                .contains("<title type=\"text\">Newest</title>").contains("Oldest").doesNotContain("Middle");
        assertThat(text(server.get("/tags/C%2B%2B/feed.rss"))).contains("<title>Newest</title>");
        assertThat(server.get("/tags/C++/feed.rss").statusCode()).isEqualTo(200);
        assertThat(server.get("/tags/c%2b%2B/feed.rss").statusCode()).as("names ignore case").isEqualTo(200);
        assertThat(text(server.get("/categories/%E6%95%B0%E5%AD%A6/feed.atom"))).contains("Newest");
        assertThat(text(server.get("/authors/jane/feed.rss"))).contains("Newest").doesNotContain("Middle");
        assertThat(header(server.get("/tags/PYTHON/feed.atom"), "ETag"))
                .as("one cache entry, one tag").isEqualTo(header(server.get("/tags/python/feed.atom"), "ETag"));
    }

    @Test
    void unknownNamesAndPathsAre404WithAPointerToTheFeedList() {
        for (String path : List.of("/tags/nothing/feed.atom", "/categories/x/feed.rss", "/authors/nobody/feed.atom",
                "/no/such/path", "/feed.json.bak")) {
            HttpResponse<byte[]> response = server.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(header(response, "Content-Type")).startsWith("text/plain");
            assertThat(text(response)).as(path).contains("https://feeds.blog.example/").endsWith("\n")
                    .hasLineCount(1);
        }
    }

    @Test
    void limitIsCheckedAndRequestsMeaningTheSameFeedShareOneEntry() {
        assertThat(text(server.get("/feed.atom?limit=1"))).containsOnlyOnce("<entry>");
        String etag = header(server.get("/feed.atom"), "ETag");
        assertThat(header(server.get("/feed.atom?limit=20"), "ETag")).isEqualTo(etag);
        assertThat(header(server.get("/feed.atom?utm_source=x&limit=20&_=123"), "ETag")).isEqualTo(etag);
        for (String bad : List.of("0", "101", "-1", "abc", "1.5", "", "%0d%0aX:%20y")) {
            HttpResponse<byte[]> response = server.get("/feed.atom?limit=" + bad);
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertThat(text(response)).as(bad).startsWith("limit must be given once, as a whole number from 1 to 100")
                    .hasLineCount(1);
        }
        assertThat(server.get("/feed.atom?limit=1&limit=2").statusCode()).isEqualTo(400);
    }

    @Test
    void searchFeedsHaveTheirOwnValidators() {
        var found = server.get("/feed.atom?q=%E6%9C%BA%E5%99%A8%E5%AD%A6%E4%B9%A0");  // 机器学习, a tag of two articles
        assertThat(text(found)).contains("Newest").contains("Oldest").doesNotContain("Middle");
        String etag = header(found, "ETag");
        assertThat(header(server.get("/feed.atom?q=%E6%9C%BA%E5%99%A8%E5%AD%A6%E4%B9%A0"), "ETag")).isEqualTo(etag);
        assertThat(server.get("/feed.atom?q=%E6%9C%BA%E5%99%A8%E5%AD%A6%E4%B9%A0", "If-None-Match", etag).statusCode())
                .isEqualTo(304);
        assertThat(text(server.get("/feed.rss?q=code+x%5E2"))).contains("<title>Newest</title>")
                .doesNotContain("<title>Oldest</title>");
        assertThat(text(server.get("/tags/python/feed.json?q=nothing-matches"))).contains("\"items\":[]");
        assertThat(server.get("/feed.atom?q=" + "x".repeat(101)).statusCode()).isEqualTo(400);
        assertThat(server.get("/feed.atom?q=a&q=b").statusCode()).isEqualTo(400);
        assertThat(server.get("/feed.atom?q=").statusCode()).isEqualTo(400);
    }

    @Test
    void mathCanBeAskedForPerRequestAndIsPartOfTheCacheKey() {
        var tex = server.get("/feed.atom");
        assertThat(text(tex)).contains("\\(x^2\\)").doesNotContain("&lt;math");
        var mathml = server.get("/feed.atom?math=mathml");
        assertThat(text(mathml)).contains("&lt;math xmlns=\"http://www.w3.org/1998/Math/MathML\" alttext=\"x^2\"&gt;");
        assertThat(header(mathml, "ETag")).isNotEqualTo(header(tex, "ETag"));
        assertThat(header(server.get("/feed.atom?math=TEX"), "ETag")).isEqualTo(header(tex, "ETag"));
        assertThat(server.get("/feed.atom?math=latex").statusCode()).isEqualTo(400);
        assertThat(text(server.get("/feed.atom?math=svg")))
                .isEqualTo("math must be given once, as mathml, tex or images\n");
    }

    @Test
    void neverA500ForWhatAClientSends() {
        assertThat(server.raw("GET /feed.atom?%zz&limit=2 HTTP/1.1")).as("unknown parameters are ignored").isEqualTo(200);
        for (String path : List.of("/tags/%zz/feed.atom", "/tags/%00/feed.atom",
                "/tags/..%2f..%2fetc/feed.atom", "/tags/%2e%2e/feed.rss", "/feed.atom?limit=99999999999999999999")) {
            assertThat(server.raw("GET " + path + " HTTP/1.1")).as(path).isBetween(400, 499);
        }
        assertThat(server.get("/feed.atom", "If-Modified-Since", "\u00ff\u00fe").statusCode()).isEqualTo(200);
        assertThat(server.get("/feed.atom", "Accept-Encoding", ";;;q=,,").statusCode()).isEqualTo(200);
    }

    @Test
    void otherMethodsAre405() {
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            HttpResponse<byte[]> response = server.send(method, "/feed.atom");
            assertThat(response.statusCode()).as(method).isEqualTo(405);
        }
    }

    @Test
    void listsEveryFeedOnTheHomePageAndInOpml() {
        HttpResponse<byte[]> home = server.get("/");
        assertThat(header(home, "Content-Type")).isEqualToIgnoringWhitespace("text/html; charset=utf-8");
        assertThat(header(home, "Content-Security-Policy")).contains("default-src 'none'");
        assertThat(text(home))
                .contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Test blog\" "
                        + "href=\"https://feeds.blog.example/feed.atom\">")
                .contains("<link rel=\"alternate\" type=\"application/rss+xml\"")
                .contains("https://feeds.blog.example/tags/C%2B%2B/feed.atom")
                .contains("https://feeds.blog.example/tags/%E6%9C%BA%E5%99%A8%E5%AD%A6%E4%B9%A0/feed.rss")
                .contains("https://feeds.blog.example/authors/Jane/feed.atom")
                .contains("https://feeds.blog.example/feeds.opml");
        String opml = text(server.get("/feeds.opml"));
        assertThat(opml).startsWith("<?xml").contains("<opml version=\"2.0\">")
                .contains("xmlUrl=\"https://feeds.blog.example/feed.atom\"")
                .contains("xmlUrl=\"https://feeds.blog.example/categories/%E6%95%B0%E5%AD%A6/feed.atom\"");
        // site, category, tags, authors; then the same as JSON Feed, and with formulas as images, each in a group
        assertThat(opml.split("<outline").length - 1).isEqualTo(3 * (1 + 1 + 3 + 2) + 2);
        assertThat(opml).contains("xmlUrl=\"https://feeds.blog.example/feed.json\"")
                .contains("xmlUrl=\"https://feeds.blog.example/math-images/tags/C%2B%2B/feed.atom\"");
    }

    @Test
    void reportsHealth() {
        HttpResponse<byte[]> response = server.get("/healthz");
        assertThat(header(response, "Content-Type")).isEqualTo("application/json");
        assertThat(text(response)).startsWith("{\"status\":\"ok\",\"catalog_version\":1,\"articles\":3,\"problems\":0,");
    }

    @Test
    void reportsAFolderThatCannotBeReadAsDegradedAndKeepsServing(@TempDir Path parent) throws IOException {
        Path folder = parent.resolve("posts");
        TestServer.write(folder, "a.md", "---\ntitle: A\ndate: 2024-01-01\n---\nA.\n");
        try (TestServer degraded = TestServer.start(folder)) {
            Files.move(folder, parent.resolve("elsewhere"));
            degraded.library.reload();
            HttpResponse<byte[]> response = degraded.get("/healthz");
            assertThat(response.statusCode()).as("the last good catalog is still served").isEqualTo(200);
            assertThat(text(response)).startsWith("{\"status\":\"degraded\",\"reason\":\"cannot read the "
                    + "collection folder (").contains("serving catalog v1 until it can\",\"catalog_version\":1,");
            assertThat(degraded.get("/feed.atom").statusCode()).isEqualTo(200);
        }
    }

    static byte[] gunzip(byte[] bytes) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
