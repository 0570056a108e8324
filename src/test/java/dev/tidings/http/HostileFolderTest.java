package dev.tidings.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.io.WireFeedInput;
import dev.tidings.content.Catalog;
import dev.tidings.feed.FeedFormat;
import dev.tidings.feed.Selection;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/**
 * Everything a real blog folder can contain, broken or malicious, and what happens to each file; then every feed built
 * from it, read by Rome, feedparser, newsboat and jing, with no active content anywhere.
 */
final class HostileFolderTest {
    @TempDir
    static Path root;
    @TempDir
    static Path work;
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        write("good/plain.md", "---\ntitle: Plain\ndate: 2024-01-01\ntags: [ok]\n---\nFine.\n");
        write("big.md", "---\ntitle: Big\ndate: 2024-01-02\n---\n" + "长".repeat(7 * 1024 * 1024));  // 21 MB
        write("long-title.md", "---\ntitle: " + "标题".repeat(2_500) + "\ndate: 2024-01-03\n---\nLong title.\n");
        write("cdata.md", "---\ntitle: \"]]> </title> <b>x</b> & 'y'\"\ndate: 2024-01-04\n---\n]]> in the body.\n");
        write("unicode.md", "---\ntitle: Emoji 🚀 and 𠀀\ndate: 2024-01-05\n---\n🚀 𠀀 𪚥 and \u0301é.\n");
        Files.write(root.resolve("controls.md"), ("---\ntitle: \"Ctl\u0001\u000B\uFFFE\"\ndate: 2024-01-06\n---\n"
                + "bell \u0007 and \uFFFE and \u001F gone\n").getBytes(StandardCharsets.UTF_8));
        Files.write(root.resolve("latin1.md"), new byte[] {'-', '-', '-', '\n', 't', 'i', 't', 'l', 'e', ':', ' ',
            (byte) 0xE9, '\n', '-', '-', '-', '\n'});
        write("active.md", "---\ntitle: Active\ndate: 2024-01-07\n---\n<script>alert(1)</script>\n\n"
                + "<img src=x onerror=alert(1)> <a href=\"javascript:alert(1)\">js</a> <iframe src=//evil></iframe>\n\n"
                + "<svg onload=alert(1)><circle/></svg> <object data=x></object>\n");
        write("relative.md", "---\ntitle: Relative\ndate: 2024-01-08\n---\n[up](../x/) ![i](i.png) [f](#a)\n");
        Files.createSymbolicLink(root.resolve("loop.md"), root.resolve("loop2.md"));
        Files.createSymbolicLink(root.resolve("loop2.md"), root.resolve("loop.md"));
        Files.createSymbolicLink(root.resolve("etc"), Path.of("/etc"));
        Files.createSymbolicLink(root.resolve("passwd.md"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(root.resolve("self"), root);
        write("traversal.md", "---\ntitle: Traversal\ndate: 2024-01-09\ntags: [\"../../etc/passwd\", \"a/b\"]\n---\nT.\n");
        write("many-tags.md", "---\ntitle: Many\ndate: 2024-01-10\ntags: [" + java.util.stream.IntStream.range(0, 10_000)
                .mapToObj(i -> "t" + i).collect(Collectors.joining(", ")) + "]\n---\nM.\n");
        write("dup-a.md", "---\ntitle: Dup A\ndate: 2024-01-11\nid: urn:dup\n---\nA.\n");
        write("dup-b.md", "---\ntitle: Dup B\ndate: 2024-01-12\nid: urn:dup\n---\nB.\n");
        write("half-written.md", "---\ntitle: Half\ndate: 2024-01-1");  // as caught mid-write
        write(".hidden/secret.md", "---\ntitle: Secret\ndate: 2024-01-13\n---\nS.\n");
        write("notes.md~", "---\ntitle: Backup\ndate: 2024-01-14\n---\nB.\n");
        server = TestServer.start(root);
    }

    private static void write(String path, String text) {
        TestServer.write(root, path, text);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        // Ours to remove: JUnit's cleanup would warn about links that point out of the temporary folder.
        Files.delete(root.resolve("etc"));
        Files.delete(root.resolve("passwd.md"));
    }

    @Test
    void eachFileGetsItsOutcome() {
        Catalog catalog = server.library.current();
        assertThat(catalog.articles()).extracting(a -> a.path()).containsExactlyInAnyOrder("good/plain.md",
                "long-title.md", "cdata.md", "unicode.md", "controls.md", "active.md", "relative.md", "traversal.md",
                "dup-a.md");
        assertThat(catalog.articles()).filteredOn(a -> a.path().equals("long-title.md")).singleElement()
                .satisfies(a -> assertThat(a.title()).hasSize(5_000));
        assertThat(catalog.articles()).filteredOn(a -> a.path().equals("controls.md")).singleElement()
                .satisfies(a -> assertThat(a.title()).isEqualTo("Ctl"));
        var out = new StringWriter();
        int code = dev.tidings.MainAccess.run(new String[] {"check", root.toString(), "--math", "tex"}, out);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).containsExactly(
                "big.md:1: the file is 22,020,132 bytes, over the limit of 4,194,304 bytes (max_file_size); "
                        + "expected a smaller article",
                "dup-b.md:1: has the same id 'urn:dup' as dup-a.md, which is kept; expected every article to have its "
                        + "own (set 'slug' or 'id')",
                "etc:1: is a symbolic link to a folder outside the collection, which is not followed; expected a folder "
                        + "inside it",
                "half-written.md:1: the front matter opened with '---' on line 1 is never closed; expected a line "
                        + "'---' after the fields",
                "latin1.md:2: invalid UTF-8 at byte offset 11 (byte 0xE9); expected UTF-8 text: save the file as UTF-8",
                "loop.md:1: is a symbolic link that cannot be followed (a loop, or a missing target); expected a file",
                "loop2.md:1: is a symbolic link that cannot be followed (a loop, or a missing target); expected a file",
                "many-tags.md:4: 'tags' has 10,000 names; expected at most 100",
                "passwd.md:1: is a symbolic link to a file outside the collection, which is not followed; expected a "
                        + "file inside it",
                "9 articles, 9 problems");
        assertThat(code).isEqualTo(1);
        assertThat(server.library.current().problems()).hasSize(9);  // the server reports the same, once each
    }

    @Test
    void everyFeedIsWellFormedCleanAndReadByEveryReader() throws Exception {
        Catalog catalog = server.library.current();
        var files = new LinkedHashMap<Path, Integer>();
        var urls = new LinkedHashMap<String, Integer>();
        var atoms = new ArrayList<Path>();
        int n = 0;
        for (Selection selection : server.feeds.selections(catalog)) {
            for (FeedFormat format : List.of(FeedFormat.ATOM, FeedFormat.RSS)) {
                String path = URI.create(server.feeds.url(format, selection, catalog)).getRawPath();
                var response = server.get(path);
                assertThat(response.statusCode()).as(path).isEqualTo(200);
                String text = new String(response.body(), StandardCharsets.UTF_8);
                new WireFeedInput(false, Locale.ROOT).build(new InputSource(new ByteArrayInputStream(response.body())));
                for (String html : Jsoup.parse(text, "", org.jsoup.parser.Parser.xmlParser())
                        .select("content, summary, description, encoded").eachText()) {
                    var body = Jsoup.parseBodyFragment(html);
                    assertThat(body.select("script, iframe, svg, object, embed, style")).as(path).isEmpty();
                    body.getAllElements().forEach(e -> e.attributes().forEach(a -> {
                        assertThat(a.getKey()).as(path).doesNotStartWith("on");
                        assertThat(a.getValue()).as(path).doesNotStartWith("javascript:");
                    }));
                }
                Path file = work.resolve("feed-" + (n++) + "." + format.extension());
                Files.write(file, response.body());
                int entries = text.split(format == FeedFormat.ATOM ? "<entry[ >]" : "<item>", -1).length - 1;
                files.put(file, entries);
                urls.put(server.uri(path).toString(), entries);
                if (format == FeedFormat.ATOM) {
                    atoms.add(file);
                }
            }
        }
        assertThat(server.get("/tags/..%2F..%2Fetc%2Fpasswd/feed.atom").statusCode()).isIn(200, 400, 404);
        FeedReaders.jing(work, atoms);
        FeedReaders.feedparser(work, files);
        FeedReaders.newsboat(work, urls);
    }
}
