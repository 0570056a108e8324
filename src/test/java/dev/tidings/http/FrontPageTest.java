package dev.tidings.http;

import static dev.tidings.http.TestServer.header;
import dev.tidings.content.TestCollection;
import static dev.tidings.http.TestServer.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.content.Site;
import dev.tidings.feed.FeedOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /}: the list of feeds, in the blog's language, styled like a feed's page, searchable without script. */
final class FrontPageTest {
    private static final String CHROME_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @TempDir
    Path root;

    @Test
    void theSampleFrontPageIsInChineseWithTheFeedPagesStyleAndPolicy() throws Exception {
        try (SampleServer sample = SampleServer.start()) {
            var home = sample.get("/");
            var feedPage = sample.get("/feed.atom", "Sec-Fetch-Dest", "document", "Accept", CHROME_ACCEPT);
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(header(home, "Content-Type")).isEqualToIgnoringWhitespace("text/html; charset=utf-8");
            assertThat(text(home)).startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">")
                    .contains("<title>知远的机器学习笔记 · 订阅源</title>")
                    .contains("<h1>知远的机器学习笔记</h1>")
                    .contains("订阅源（feed）让阅读器替你留意新文章")
                    .contains("A feed lets your feed reader watch for new articles")  // the one paragraph, in both
                    .contains("<h2>选哪种格式？</h2>")
                    .contains("<dt>Atom</dt><dd>标准格式（RFC 4287），描述最精确；阅读器支持就选它。</dd>")
                    .contains("<dt>RSS</dt><dd>最老的格式，所有阅读器都能读。</dd>")
                    .contains("<dt>JSON Feed</dt><dd>给偏爱 JSON 的应用和脚本。</dd>")
                    .contains("<h2>分类 <span class=\"count\">").contains("<h2>标签 <span class=\"count\">")
                    .contains("<h2>作者 <span class=\"count\">").contains("全部文章 <span class=\"count\">14 篇</span>")
                    .contains("<code>http://localhost:8080/feed.atom</code>")
                    .contains("<a href=\"http://localhost:8080/feeds.opml\">feeds.opml</a>")
                    .doesNotContain("<script").doesNotContain("Categories");
            for (String type : List.of("application/atom+xml", "application/rss+xml", "application/feed+json")) {
                String extension = type.equals("application/atom+xml") ? "atom" : type.contains("rss") ? "rss" : "json";
                assertThat(text(home)).contains("<link rel=\"alternate\" type=\"" + type + "\" title=\"知远的机器学习笔记\" "
                        + "href=\"http://localhost:8080/feed." + extension + "\">");
            }
            assertThat(style(text(home))).isEqualTo(style(text(feedPage)));
            assertThat(header(home, "Content-Security-Policy")).isEqualTo(header(feedPage, "Content-Security-Policy"))
                    .contains("style-src '" + sha256(style(text(home))) + "'")  // exactly the page's own stylesheet
                    .contains("form-action 'self'").contains("default-src 'none'").doesNotContain("unsafe");
        }
    }

    @Test
    void anEnglishBlogGetsEnglishWordsOnly() throws Exception {
        TestServer.write(root, "a.md", "---\ntitle: A\ndate: 2024-01-01\ntags: [java]\n---\nA.\n");
        Site english = new Site("English blog", "", URI.create("https://blog.example/"), "en", List.of(),
                ZoneId.of("UTC"), "blog.example", "/posts/{slug}/", 20, "", "", 1 << 20, 16 << 20);
        try (var collection = TestCollection.open(root, english)) {
            var feeds = TestServer.feeds(collection, english, FeedOptions.of(URI.create("https://blog.example/")));
            var server = TestServer.serve(collection, feeds);
            try {
                String page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/")).build(), BodyHandlers.ofString()).body();
                assertThat(page).contains("<html lang=\"en\">").contains("<title>English blog · feeds</title>")
                        .contains("<h2>Which format?</h2>").contains("<h2>Tags <span class=\"count\">1</span></h2>")
                        .contains("All articles <span class=\"count\">1 article</span>")
                        .contains("The oldest format, read by everything.")
                        .doesNotContain("订阅").doesNotContain("标签");
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void groupsTheFeedsWithTheirCountsMostUsedFirst() {
        TestServer.write(root, "a.md", "---\ntitle: A\ndate: 2024-01-01\ncategories: [数学]\ntags: [b, 机器学习]\n---\nA.\n");
        TestServer.write(root, "b.md", "---\ntitle: B\ndate: 2024-01-02\ntags: [机器学习, a]\nauthor: Jane\n---\nB.\n");
        try (TestServer server = TestServer.start(root)) {
            String page = text(server.get("/"));
            assertThat(page).contains("<section id=\"categories\">\n<h2>分类 <span class=\"count\">1</span></h2>")
                    .contains("<li><span>数学</span> <span class=\"count\">1 篇</span> <span class=\"links\">"
                            + "<a href=\"https://feeds.blog.example/categories/%E6%95%B0%E5%AD%A6/feed.atom\">Atom</a>"
                            + " · <a href=\"https://feeds.blog.example/categories/%E6%95%B0%E5%AD%A6/feed.rss\">RSS</a>"
                            + " · <a href=\"https://feeds.blog.example/categories/%E6%95%B0%E5%AD%A6/feed.json\">"
                            + "JSON Feed</a></span></li>")
                    .contains("<h2>作者 <span class=\"count\">2</span></h2>")
                    .contains("全部文章 <span class=\"count\">2 篇</span>")
                    .doesNotContain("<details>");
            assertThat(names(page, "tags")).containsExactly("机器学习", "a", "b");  // by count, then by name
        }
    }

    @Test
    void foldsALongTagListAfterTheThirtyMostUsed() {
        String many = IntStream.range(0, 60).mapToObj(i -> String.format("t%02d", i)).collect(Collectors.joining(", "));
        TestServer.write(root, "a.md", "---\ntitle: A\ndate: 2024-01-01\ntags: [" + many + "]\n---\nA.\n");
        TestServer.write(root, "b.md", "---\ntitle: B\ndate: 2024-01-02\ntags: [t59, t58]\n---\nB.\n");
        try (TestServer server = TestServer.start(root)) {
            String page = text(server.get("/"));
            String tags = page.substring(page.indexOf("<section id=\"tags\">"));
            tags = tags.substring(0, tags.indexOf("</section>"));
            String shown = tags.substring(0, tags.indexOf("<details>"));
            String folded = tags.substring(tags.indexOf("<details>"));
            assertThat(tags).contains("<h2>标签 <span class=\"count\">60</span></h2>");
            assertThat(names(shown, "")).hasSize(30).startsWith("t58", "t59", "t00", "t01").endsWith("t27");
            assertThat(folded).startsWith("<details>\n<summary>另外 30 个标签，按名称排列（共 60 个）</summary>\n");
            assertThat(names(folded, "")).hasSize(30).startsWith("t28").endsWith("t57");
        }
    }

    @Test
    void filtersTheFeedsByNameWithoutScript() {
        TestServer.write(root, "a.md", "---\ntitle: A\ndate: 2024-01-01\ncategories: [Machine Learning]\n"
                + "tags: [deep-learning, 机器学习, python]\nauthor: Learner Jane\n---\nA.\n");
        try (TestServer server = TestServer.start(root)) {
            var filtered = server.get("/?q=LEARN");
            assertThat(filtered.statusCode()).isEqualTo(200);
            String page = text(filtered);
            assertThat(names(page, "categories")).containsExactly("Machine Learning");
            assertThat(names(page, "tags")).containsExactly("deep-learning");
            assertThat(names(page, "authors")).containsExactly("Learner Jane");
            assertThat(page).contains("<input id=\"find-feeds\" type=\"search\" name=\"q\" maxlength=\"100\" "
                    + "value=\"LEARN\">").contains("名称包含“LEARN”的订阅源：3 个 · <a href=\"./\">显示全部</a>");
            assertThat(names(text(server.get("/?q=%E6%9C%BA%E5%99%A8")), "tags")).containsExactly("机器学习");
            assertThat(names(text(server.get("/?q=learning+jane")), "authors")).as("every word").isEmpty();
            assertThat(names(text(server.get("/?q=learner+jane")), "authors")).containsExactly("Learner Jane");
            assertThat(text(server.get("/?q=nothing"))).contains("没有名称包含“nothing”的订阅源。")
                    .doesNotContain("<section");
            assertThat(header(server.get("/?q=+"), "ETag")).as("a blank search is the whole list")
                    .isEqualTo(header(server.get("/"), "ETag"));
            assertThat(header(server.get("/?utm_source=x"), "ETag")).isEqualTo(header(server.get("/"), "ETag"));
            var tooLong = server.get("/?q=" + "a".repeat(101));
            assertThat(tooLong.statusCode()).isEqualTo(400);
            assertThat(text(tooLong)).startsWith("q must be given once");
            assertThat(server.get("/?q=a&q=b").statusCode()).isEqualTo(400);
            assertThat(server.get("/?q=" + "a".repeat(100)).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void searchesTheArticlesThroughTheSiteFeedsPage() {
        TestServer.write(root, "a.md", "---\ntitle: A\ndate: 2024-01-01\n---\nA.\n");
        try (TestServer server = TestServer.start(root)) {
            // Relative: the form goes back to the server that sent the page, which is what form-action 'self' allows.
            assertThat(text(server.get("/"))).contains("<form method=\"get\" action=\"feed.atom\" role=\"search\">\n"
                    + "<label for=\"search-articles\">搜索文章</label>\n"
                    + "<input id=\"search-articles\" type=\"search\" name=\"q\" maxlength=\"100\" required>\n"
                    + "<button type=\"submit\">搜索</button>\n</form>");
            assertThat(text(server.get("/"))).contains("<form method=\"get\" action=\"./\" role=\"search\">");
        }
    }

    @Test
    void theListAndTheOpmlAnswerConditionalRequestsLikeFeeds() throws Exception {
        TestServer.write(root, "a.md", "---\ntitle: A\ndate: 2024-01-01\nupdated: 2024-03-05T10:00:00Z\n---\nA.\n");
        TestServer.write(root, "b.md", "---\ntitle: B\ndate: 2024-02-01\ntags: [x]\n---\nB.\n");
        try (TestServer server = TestServer.start(root)) {
            for (String path : List.of("/", "/feeds.opml")) {
                var plain = server.get(path);
                String etag = header(plain, "ETag");
                assertThat(etag).as(path).matches("\"[A-Za-z0-9_-]{22}\"");
                assertThat(header(plain, "Last-Modified")).as("the newest update of any article")
                        .isEqualTo("Tue, 05 Mar 2024 10:00:00 GMT");
                assertThat(header(plain, "Cache-Control")).isEqualTo("public, max-age=900");
                assertThat(header(plain, "Vary")).isEqualTo("Accept-Encoding");
                assertThat(header(plain, "Content-Length")).isEqualTo(Integer.toString(plain.body().length));

                var notModified = server.get(path, "If-None-Match", etag);
                assertThat(notModified.statusCode()).as(path).isEqualTo(304);
                assertThat(notModified.body()).isEmpty();
                assertThat(header(notModified, "ETag")).isEqualTo(etag);
                assertThat(server.get(path, "If-Modified-Since", header(plain, "Last-Modified")).statusCode())
                        .as(path).isEqualTo(304);
                assertThat(server.get(path, "If-Modified-Since", "Tue, 05 Mar 2024 09:59:59 GMT").statusCode())
                        .isEqualTo(200);
                assertThat(server.get(path, "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);

                var gzipped = server.get(path, "Accept-Encoding", "gzip");
                assertThat(header(gzipped, "Content-Encoding")).isEqualTo("gzip");
                assertThat(header(gzipped, "ETag")).isEqualTo(etag.substring(0, etag.length() - 1) + "-gz\"");
                assertThat(gunzip(gzipped.body())).isEqualTo(plain.body());
                assertThat(server.get(path, "Accept-Encoding", "gzip", "If-None-Match", header(gzipped, "ETag"))
                        .statusCode()).isEqualTo(304);

                var head = server.send("HEAD", path);
                assertThat(head.body()).isEmpty();
                for (String name : List.of("ETag", "Last-Modified", "Cache-Control", "Vary", "Content-Type",
                        "Content-Length", "Content-Security-Policy")) {
                    assertThat(header(head, name)).as(path + " " + name).isEqualTo(header(plain, name));
                }
            }
        }
    }

    @Test
    void theListIsRenderedOncePerChangeOfTheArticles() {
        TestServer.write(root, "a.md", "---\ntitle: A\ndate: 2024-01-01\ntags: [x]\n---\nA.\n");
        try (TestServer server = TestServer.start(root)) {
            String before = header(server.get("/"), "ETag");
            assertThat(server.feeds.listPage()).isSameAs(server.feeds.listPage());
            assertThat(server.feeds.opml()).isSameAs(server.feeds.opml());
            assertThat(header(server.get("/"), "ETag")).isEqualTo(before);

            TestServer.write(root, "b.md", "---\ntitle: B\ndate: 2024-01-02\ntags: [y]\n---\nB.\n");
            server.library.reload();
            var after = server.get("/");
            assertThat(header(after, "ETag")).isNotEqualTo(before);
            assertThat(text(after)).contains("<li><span>y</span>");
            assertThat(server.get("/", "If-None-Match", before).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void headlessChromiumShowsTheSampleFrontPageInChinese() throws Exception {
        Chromium chromium = Chromium.in(root);
        try (SampleServer sample = SampleServer.start()) {
            String url = "http://127.0.0.1:" + sample.server.port() + "/";
            assertThat(chromium.dom(url)).contains("<h1>知远的机器学习笔记</h1>").contains("选哪种格式？")
                    .contains("<h2>标签 <span class=\"count\">");
            chromium.screenshot(url, "front-page.png", 1000, 1600);
        }
    }

    /** The names listed in a section ({@code tags}), or in the whole text given when {@code section} is empty. */
    private static List<String> names(String page, String section) {
        String text = page;
        if (!section.isEmpty()) {
            int start = page.indexOf("<section id=\"" + section + "\">");
            if (start < 0) {
                return List.of();
            }
            text = page.substring(start, page.indexOf("</section>", start));
        }
        return Pattern.compile("<li><span>([^<]*)</span>").matcher(text).results().map(m -> m.group(1)).toList();
    }

    private static String style(String page) {
        return page.substring(page.indexOf("<style>") + "<style>".length(), page.indexOf("</style>"));
    }

    private static String sha256(String text) throws Exception {
        return "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
