package dev.tidings.http;

import static dev.tidings.http.TestServer.header;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ReloadEtagTest {
    @TempDir
    Path root;

    @Test
    void onlyFeedsWhoseBytesChangeGetANewEtag() {
        TestServer.write(root, "posts/b.md", "---\ntitle: Middle\ndate: 2024-04-01\ntags: [Python]\n---\nB.\n");
        TestServer.write(root, "posts/c.md", "---\ntitle: Oldest\ndate: 2024-03-01\ntags: [机器学习]\n---\nC.\n");
        try (TestServer server = TestServer.start(root)) {
            String ml = "/tags/%E6%9C%BA%E5%99%A8%E5%AD%A6%E4%B9%A0/feed.atom";
            String all = header(server.get("/feed.atom"), "ETag");
            String python = header(server.get("/tags/python/feed.atom"), "ETag");
            String machineLearning = header(server.get(ml), "ETag");
            TestServer.write(root, "posts/c.md", "---\ntitle: Oldest, edited\ndate: 2024-03-01\ntags: [机器学习]\n---\nC.\n");
            long version = server.library.reload().version();
            assertThat(version).isEqualTo(2);
            assertThat(header(server.get("/feed.atom"), "ETag")).isNotEqualTo(all);
            assertThat(header(server.get(ml), "ETag")).isNotEqualTo(machineLearning);
            assertThat(header(server.get("/tags/python/feed.atom"), "ETag")).as("rendered again, same bytes")
                    .isEqualTo(python);
        }
    }
}
