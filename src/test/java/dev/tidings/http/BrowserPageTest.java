package dev.tidings.http;

import static dev.tidings.http.TestServer.header;
import static dev.tidings.http.TestServer.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A person who opens a feed URL in a browser gets a readable page; every feed reader still gets the feed. */
final class BrowserPageTest {
    private static final String CHROME_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,"
            + "image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";
    private static SampleServer sample;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        sample = SampleServer.start();
    }

    @AfterAll
    static void stop() {
        sample.close();
    }

    @Test
    void aBrowserNavigationGetsAnEscapedPageUnderAStrictPolicy() {
        var page = sample.get("/feed.atom", "Sec-Fetch-Dest", "document", "Accept", CHROME_ACCEPT);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(header(page, "Content-Type")).isEqualToIgnoringWhitespace("text/html; charset=utf-8");
        assertThat(header(page, "Content-Security-Policy")).startsWith("default-src 'none'; style-src 'sha256-")
                .doesNotContain("unsafe").contains("base-uri 'none'").contains("frame-ancestors 'none'")
                .contains("form-action 'self'");
        assertThat(header(page, "Vary")).isEqualTo("Accept-Encoding, Accept, Sec-Fetch-Dest");
        assertThat(text(page)).contains("<h1>知远的机器学习笔记</h1>")
                .contains("<code>http://localhost:8080/feed.atom</code>")
                .contains("<a href=\"http://localhost:8080/feed.rss\">RSS</a>")
                .contains("<a href=\"http://localhost:8080/feed.json\">JSON Feed</a>")
                .contains("alttext=\"\\log n\"><mrow><mi>log</mi>")  // MathML, TeX kept
                .doesNotContain("<script");
        assertThat(text(sample.get("/feed.atom?math=tex", "Sec-Fetch-Dest", "document", "Accept", CHROME_ACCEPT)))
                .contains("<span class=\"math inline\">\\(\\log n\\)</span>");  // or as written, if asked
        var feed = sample.get("/feed.atom");
        assertThat(header(page, "ETag")).isNotEqualTo(header(feed, "ETag"));
        assertThat(sample.get("/feed.atom", "Sec-Fetch-Dest", "document", "Accept", CHROME_ACCEPT,
                "If-None-Match", header(page, "ETag")).statusCode()).isEqualTo(304);
    }

    @Test
    void aFeedsPageSearchesThatFeedWithAFormThatGoesBackToIt() {
        var page = text(sample.get("/tags/Transformer/feed.atom", "Sec-Fetch-Dest", "document",
                "Accept", CHROME_ACCEPT));
        assertThat(page).contains("<form method=\"get\" action=\"feed.atom\" role=\"search\">\n"
                + "<label for=\"search-feed\">搜索此订阅源</label>\n"
                + "<input id=\"search-feed\" type=\"search\" name=\"q\" maxlength=\"100\" required value=\"\">\n"
                + "<button type=\"submit\">搜索</button>\n</form>");
        var results = text(sample.get("/tags/Transformer/feed.json?q=%E6%B3%A8%E6%84%8F%E5%8A%9B", "Sec-Fetch-Dest",
                "document", "Accept", CHROME_ACCEPT));
        assertThat(results).as("the search shown is echoed")
                .contains("<form method=\"get\" action=\"feed.json\" role=\"search\">").contains("value=\"注意力\">");
        var archive = text(sample.get("/archive/1.rss", "Sec-Fetch-Dest", "document", "Accept", CHROME_ACCEPT));
        assertThat(archive).contains("<form method=\"get\" action=\"../feed.rss\" role=\"search\">");
        var bilingual = text(sample.get("/feed.atom", "Sec-Fetch-Dest", "document", "Accept", CHROME_ACCEPT));
        assertThat(bilingual).contains("这是一个订阅源。").contains("This is a web feed.").contains(">全部订阅源</a>");
    }

    @Test
    void everyOtherClientGetsTheFeed() {
        for (String[] headers : List.of(
                new String[] {"Accept", CHROME_ACCEPT},  // no Sec-Fetch-Dest: a fetcher that copies browser headers
                new String[] {"Sec-Fetch-Dest", "empty", "Accept", CHROME_ACCEPT},  // fetch() from a page
                new String[] {"Sec-Fetch-Dest", "document", "Accept", "application/atom+xml,text/html;q=0.9"},
                new String[] {"Sec-Fetch-Dest", "document", "Accept", "application/xml, text/html"},
                new String[] {"Accept", "application/atom+xml, application/rss+xml, */*;q=0.1"},
                new String[] {"User-Agent", "Feedly/1.0 (+http://www.feedly.com/fetcher.html; 42 subscribers)"})) {
            var response = sample.get("/feed.atom", headers);
            assertThat(header(response, "Content-Type")).as(String.join(" ", headers)).startsWith("application/atom+xml");
        }
    }

    @Test
    void headlessChromiumShowsThePageWhileCurlAndFeedparserGetXml() throws Exception {
        Chromium chromium = Chromium.in(dir);
        String url = "http://127.0.0.1:" + sample.server.port() + "/feed.atom";
        assertThat(chromium.dom(url)).contains("<h1>知远的机器学习笔记</h1>").contains("This is a web feed")
                .contains("http://localhost:8080/feed.atom");
        chromium.screenshot(url, "feed-page.png", 1000, 1400);

        ExternalTools.run(List.of("curl", "--version"), Map.of()).ifPresent(found -> {
            var curl = ExternalTools.run(List.of("curl", "-s", url), Map.of()).orElseThrow();
            assertThat(curl.output()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed");
        });
        String python = ExternalTools.pythonWithFeedparser();
        var parsed = ExternalTools.run(List.of(python, "-c", "import feedparser, sys; d = feedparser.parse(sys.argv[1]);"
                + " print(d.version, int(d.bozo), len(d.entries))", url), Map.of()).orElseThrow();
        int written = new String(sample.get("/feed.atom").body(), java.nio.charset.StandardCharsets.UTF_8)
                .split("<entry[ >]").length - 1;
        assertThat(parsed.output().strip()).isEqualTo("atom10 0 " + written);
    }
}
