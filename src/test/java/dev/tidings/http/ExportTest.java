package dev.tidings.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.feed.Export;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tidings build}: every file is byte for byte what the server answers, and stale files go. */
final class ExportTest {
    @TempDir
    Path root;
    @TempDir
    Path out;

    @Test
    void everyExportedFileIsWhatTheServerServes() throws Exception {
        TestServer.write(root, "a.md", "---\ntitle: A\ndate: 2024-01-01\ntags: [机器学习, C++]\ncategories: [数学]\n---\nA.\n");
        TestServer.write(root, "b.md", "---\ntitle: B\ndate: 2024-01-02\ntags: [gone-soon]\nauthor: Jane\n---\nB.\n");
        try (TestServer server = TestServer.start(root)) {
            Export.Result result = Export.write(server.feeds, out);
            List<Path> files = files();
            assertThat(files).hasSize(result.written());
            assertThat(files.stream().map(Path::toString)).contains("feed.atom", "feed.atom.gz", "feed.rss",
                    "feed.json", "archive/1.atom", "archive/1.json.gz", "tags/机器学习/feed.atom", "tags/C++/feed.rss.gz",
                    "categories/数学/feed.json", "authors/Jane/archive/1.rss", "index.html", "index.html.gz", "feeds.opml",
                    "feeds.opml.gz");
            for (Path file : files) {
                String name = file.toString();
                boolean gzipped = name.endsWith(".gz");
                String path = "/" + encode(gzipped ? name.substring(0, name.length() - 3) : name);
                if (path.equals("/index.html")) {
                    path = "/";
                }
                var response = gzipped ? server.get(path, "Accept-Encoding", "gzip") : server.get(path);
                assertThat(response.statusCode()).as(path).isEqualTo(200);
                byte[] exported = Files.readAllBytes(out.resolve(file));
                if (path.equals("/")) {
                    // The one difference: the static page has no search forms, as no server stands behind it.
                    String page = text(gzipped ? gunzip(exported) : exported);
                    String served = text(gzipped ? gunzip(response.body()) : response.body());
                    assertThat(served).contains("<form");
                    assertThat(page).as(name).doesNotContain("<form")
                            .isEqualTo(served.replaceAll("(?s)<form .*?</form>\n", ""));
                } else {
                    assertThat(exported).as(name).isEqualTo(response.body());
                }
            }

            FileTime longAgo = FileTime.fromMillis(0);
            Files.setLastModifiedTime(out.resolve("categories/数学/feed.json"), longAgo);
            Files.delete(root.resolve("b.md"));
            server.library.reload();
            Export.Result again = Export.write(server.feeds, out);
            assertThat(Files.getLastModifiedTime(out.resolve("categories/数学/feed.json")))
                    .as("a file whose bytes did not change is not rewritten (rsync and CDNs see no change)")
                    .isEqualTo(longAgo);
            assertThat(again.removed()).isPositive();
            assertThat(out.resolve("tags/gone-soon")).doesNotExist();
            assertThat(out.resolve("authors/Jane")).as("folders the removals emptied go too").doesNotExist();
            assertThat(out.resolve("authors/Site Owner/feed.atom")).exists();
            assertThat(files()).hasSize(again.written());
        }
    }

    @Test
    void theBuildCommandExportsTheSample() throws Exception {
        var printed = new StringWriter();
        int code = dev.tidings.MainAccess.run(new String[] {"build", "--out", out.toString(), "--math", "tex"}, printed);
        assertThat(code).isZero();
        assertThat(printed.toString()).startsWith("wrote ").endsWith("; 14 articles, 0 problems\n");
        assertThat(out.resolve("feed.atom")).exists();
        assertThat(out.resolve("tags/注意力机制/feed.atom.gz")).exists();
        Files.writeString(out.resolve("mine.txt"), "not ours");
        dev.tidings.MainAccess.run(new String[] {"build", "--out", out.toString(), "--math", "tex"}, new StringWriter());
        assertThat(out.resolve("mine.txt")).as("files the export did not write are left alone").exists();
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(Files::isRegularFile).map(out::relativize)
                    .filter(p -> !p.toString().startsWith(".tidings-export")).sorted().collect(Collectors.toList());
        }
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }

    private static String encode(String path) {
        return Stream.of(path.split("/")).map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
    }
}
