package dev.tidings.http;

import static dev.tidings.http.TestServer.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.io.WireFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Whatever an article holds, the feeds stay well-formed, free of active content, and their links absolute. */
final class HostileContentTest {
    private static final String TITLE = "Tricky ]]> </title> <b>bold</b> & 'quotes' 🚀 𠀀";

    @TempDir
    Path root;

    @Test
    void feedsStayWellFormedCleanAndAbsolute() throws Exception {
        String article = "---\ntitle: \"Tricky ]]> </title> <b>bold</b> & 'quotes' \\x01\\uFFFE🚀 𠀀\"\n"
                + "date: 2024-05-01T09:30:00+08:00\ntags: [\"<script>\", \"a&b\", \"]]>\"]\n"
                + "author: \"Eve <eve@evil.example>\"\n---\n"
                + "CDATA end ]]> here, controls \u0001\u000B\u0008 and \uFFFE gone, emoji 🚀 and 𠀀 kept.\n\n"
                + "<script>alert(1)</script><img src=\"x.png\" onerror=\"alert(1)\"> "
                + "<a href=\"javascript:alert(1)\">js</a> <iframe src=\"https://evil.example/\"></iframe>\n\n"
                + "[relative](../other/) and ![image](img/a.png) and <a href=\"#frag\">fragment</a>.\n\n"
                + "<svg onload=\"alert(1)\"><circle/></svg> <p style=\"x\" onclick=\"y\">styled</p>\n";
        Files.createDirectories(root.resolve("posts"));
        Files.write(root.resolve("posts/evil.md"), article.getBytes(StandardCharsets.UTF_8));
        try (TestServer server = TestServer.start(root)) {
            assertThat(server.library.current().problems()).isEmpty();
            List<String> paths = List.of("/feed.atom", "/feed.rss", "/tags/%3Cscript%3E/feed.atom",
                    "/tags/a%26b/feed.rss", "/tags/%5D%5D%3E/feed.atom", "/authors/Eve/feed.rss");
            for (String path : paths) {
                var response = server.get(path);
                assertThat(response.statusCode()).as(path).isEqualTo(200);
                byte[] bytes = response.body();
                Document xml = wellFormed(bytes);
                for (String html : htmlIn(xml)) {
                    var body = Jsoup.parseBodyFragment(html);
                    assertThat(body.select("script, iframe, svg, object, style")).as(path).isEmpty();
                    for (Element element : body.getAllElements()) {
                        element.attributes().forEach(attribute -> {
                            assertThat(attribute.getKey()).as(path).doesNotStartWith("on").isNotEqualTo("style");
                            if (List.of("href", "src").contains(attribute.getKey())) {
                                assertThat(attribute.getValue()).as(path).startsWith("https://blog.example/");
                            }
                        });
                    }
                    assertThat(html).doesNotContain("\u0001").doesNotContain("\uFFFE").doesNotContain("javascript:");
                }
            }
            String atom = text(server.get("/feed.atom"));
            assertThat(atom).doesNotContain("\u0001").doesNotContain("\u000B").doesNotContain("\uFFFE");
            Feed feed = (Feed) new WireFeedInput(false, Locale.ROOT).build(new InputSource(
                    new ByteArrayInputStream(server.get("/feed.atom").body())));
            var entry = feed.getEntries().get(0);
            assertThat(entry.getTitle()).isEqualTo(TITLE);
            String content = entry.getContents().get(0).getValue();
            assertThat(content).contains("CDATA end ]]&gt; here").contains("emoji 🚀 and 𠀀 kept")
                    .contains("href=\"https://blog.example/posts/other/\"")
                    .contains("src=\"https://blog.example/posts/evil/img/a.png\"")
                    .contains("href=\"https://blog.example/posts/evil/#frag\"");
            Channel channel = (Channel) new WireFeedInput(false, Locale.ROOT).build(new InputSource(
                    new ByteArrayInputStream(server.get("/feed.rss").body())));
            assertThat(channel.getItems().get(0).getTitle()).isEqualTo(TITLE);
            assertThat(channel.getItems().get(0).getCategories()).extracting(c -> c.getValue())
                    .containsExactly("<script>", "a&b", "]]>");
        }
    }

    private static Document wellFormed(byte[] bytes) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new InputSource(new ByteArrayInputStream(bytes)));  // throws unless well-formed
    }

    /** The HTML carried in content, summary, description and content:encoded elements. */
    private static List<String> htmlIn(Document xml) throws IOException {
        var html = new ArrayList<String>();
        for (String name : List.of("content", "summary", "description", "encoded")) {
            NodeList nodes = xml.getElementsByTagNameNS("*", name);
            for (int i = 0; i < nodes.getLength(); i++) {
                html.add(nodes.item(i).getTextContent());
            }
        }
        assertThat(html).isNotEmpty();
        return html;
    }
}
