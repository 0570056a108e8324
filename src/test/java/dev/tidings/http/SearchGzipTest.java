package dev.tidings.http;

import static dev.tidings.http.TestServer.header;
import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Searches and archive pages are gzipped entry by entry, each entry's compressed bytes taken again by the next such
 * document holding it: over HTTP, what a reader gets must decompress to exactly the plain document, in every format.
 */
final class SearchGzipTest {
    private static final int ARTICLES = 30;

    @TempDir
    static Path root;
    private static TestServer server;

    @BeforeAll
    static void start() {
        for (int i = 0; i < ARTICLES; i++) {
            String words = (i % 2 == 0 ? "梯度 " : "") + (i % 3 == 0 ? "采样 " : "") + "模型";
            TestServer.write(root, "posts/p%02d.md".formatted(i), """
                    ---
                    title: Post %d
                    date: 2024-05-%02d
                    tags: [T%d]
                    ---
                    %s的笔记：%s
                    """.formatted(i, 1 + i, i % 4, words, "一段足够长的正文，讲注意力与损失函数。".repeat(20 + i)));
        }
        server = TestServer.start(root);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void searchesSharingEntriesDecompressToTheirPlainDocumentsInEveryFormat() throws Exception {
        for (String format : List.of("atom", "rss", "json")) {
            for (String query : List.of("%E6%A8%A1%E5%9E%8B", "%E6%A2%AF%E5%BA%A6", "%E9%87%87%E6%A0%B7",
                    "%E6%A2%AF%E5%BA%A6+%E9%87%87%E6%A0%B7")) {  // 模型, 梯度, 采样, 梯度 采样: overlapping answers
                String path = "/feed." + format + "?q=" + query;
                assertGzipOf(path, server.get(path).body());
                assertGzipOf("/tags/t1/feed." + format + "?q=" + query,
                        server.get("/tags/t1/feed." + format + "?q=" + query).body());
            }
            assertGzipOf("/archive/1." + format, server.get("/archive/1." + format).body());
        }
        byte[] all = gunzip(server.get("/feed.atom?q=%E6%A8%A1%E5%9E%8B", "Accept-Encoding", "gzip").body());
        List<String> titles = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(all))).getEntries()
                .stream().map(SyndEntry::getTitle).toList();
        assertThat(titles).as("Rome reads the decompressed answer: the newest 20 of the 30, newest first")
                .hasSize(20).startsWith("Post 29", "Post 28").endsWith("Post 10");
    }

    private static void assertGzipOf(String path, byte[] plain) throws IOException {
        HttpResponse<byte[]> gzipped = server.get(path, "Accept-Encoding", "gzip");
        assertThat(gzipped.statusCode()).as(path).isEqualTo(200);
        assertThat(header(gzipped, "Content-Encoding")).as(path).isEqualTo("gzip");
        assertThat(gunzip(gzipped.body())).as(path).isEqualTo(plain);
        assertThat(plain.length).as(path).isGreaterThan(gzipped.body().length);
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
