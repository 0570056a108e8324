package dev.tidings.http;

import static org.assertj.core.api.Assertions.assertThat;
import dev.tidings.content.TestCollection;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;
import dev.tidings.content.Catalog;
import dev.tidings.feed.FeedFormat;
import dev.tidings.feed.FeedOptions;
import dev.tidings.feed.Feeds;
import dev.tidings.feed.Selection;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/**
 * Every Atom and RSS feed the bundled sample produces, served over HTTP and read back by real parsers: Rome here, and
 * Debian's python3-feedparser, newsboat and jing (RFC 4287's schema) where installed — always in CI. (Debian's
 * feedparser 6.0 and newsboat 2.21 do not read JSON Feed; {@code JsonFeedTest} checks those against the spec.)
 */
final class ReadersTest {
    @TempDir
    static Path dir;
    private static TestCollection collection;
    private static Javalin server;
    private static String base;
    /** Path below the server → downloaded file, for every feed. */
    private static final Map<String, Path> FILES = new LinkedHashMap<>();
    private static final Map<String, Integer> ENTRIES = new LinkedHashMap<>();

    @BeforeAll
    static void serveTheSample() throws Exception {
        var config = dev.tidings.Config.load(Map.of("port", "0"), Map.of());
        collection = TestCollection.open(config.content(), config.site());
        server = TestServer.serve(collection, TestServer.feeds(collection, config.site(), config.feeds()));
        base = "http://127.0.0.1:" + server.port() + "/";
        // Serve again with links pointing at the port we got, so readers that follow self links stay here.
        server.stop();
        var options = new FeedOptions(URI.create(base), config.feeds().maxAge(), config.feeds().maxLimit(),
                config.feeds().cacheBytes(), config.feeds().maxFeedBytes(), config.feeds().archiveSize(), "",
                config.feeds().math(), config.feeds().content());
        Feeds feeds = TestServer.feeds(collection, config.site(), options);
        server = TestServer.serve(collection, feeds);
        base = "http://127.0.0.1:" + server.port() + "/";
        Catalog catalog = collection.current();
        var http = HttpClient.newHttpClient();
        int n = 0;
        for (Selection selection : feeds.selections(catalog)) {
            for (FeedFormat format : List.of(FeedFormat.ATOM, FeedFormat.RSS)) {  // JSON Feed: see JsonFeedTest
                String path = URI.create(feeds.url(format, selection, catalog)).getRawPath();
                var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                        + path)).build(), BodyHandlers.ofByteArray());
                assertThat(response.statusCode()).as(path).isEqualTo(200);
                Path file = dir.resolve("feed-" + (n++) + "." + format.extension());
                Files.write(file, response.body());
                FILES.put(path, file);
                // What we wrote, counted in the bytes: feed_size entries, or all there are (max_feed_size turns
                // entries into summaries, it does not drop them).
                String text = new String(response.body(), StandardCharsets.UTF_8);
                int written = text.split(format == FeedFormat.ATOM ? "<entry[ >]" : "<item>", -1).length - 1;
                assertThat(written).as(path).isEqualTo(Math.min(selection.select(catalog).size(),
                        config.site().feedSize()));
                ENTRIES.put(path, written);
            }
        }
        assertThat(FILES).hasSizeGreaterThan(60);
    }

    @AfterAll
    static void stop() {
        server.stop();
        collection.close();
    }

    @Test
    void romeParsesEveryFeedWithEveryEntryComplete() throws Exception {
        for (var feed : FILES.entrySet()) {
            WireFeed parsed;
            try (InputStream in = Files.newInputStream(feed.getValue())) {
                parsed = new WireFeedInput(false, java.util.Locale.ROOT).build(new InputSource(in));
            }
            String path = feed.getKey();
            if (parsed instanceof Feed atom) {
                assertThat(atom.getFeedType()).isEqualTo("atom_1.0");
                assertThat(atom.getId()).as(path).startsWith("tag:zhiyuan.example.com,");
                assertThat(atom.getAuthors()).as(path).isNotEmpty();
                assertThat(atom.getEntries()).as(path).hasSize(ENTRIES.get(path));
                for (Entry entry : atom.getEntries()) {
                    assertThat(entry.getId()).as(path).startsWith("tag:zhiyuan.example.com,");
                    assertThat(entry.getTitle()).as(path).isNotBlank();
                    assertThat(entry.getAlternateLinks()).as(path).hasSize(1);
                    assertThat(entry.getPublished()).as(path).isNotNull();
                    assertThat(entry.getUpdated()).as(path).isNotNull();
                    assertThat(entry.getSummary().getValue()).as(path).isNotBlank();
                    if (entry.getContents().isEmpty()) {  // sent as its summary, to stay under max_feed_size
                        assertThat(entry.getSummary().getValue()).as(path).endsWith("<a href=\""
                                + entry.getAlternateLinks().get(0).getHref() + "\">阅读全文</a></p>");
                    } else {
                        assertThat(entry.getContents().get(0).getValue()).as(path).isNotBlank();
                    }
                }
            } else {
                Channel rss = (Channel) parsed;
                assertThat(rss.getFeedType()).isEqualTo("rss_2.0");
                assertThat(rss.getItems()).as(path).hasSize(ENTRIES.get(path));
                for (Item item : rss.getItems()) {
                    assertThat(item.getGuid().getValue()).as(path).startsWith("tag:zhiyuan.example.com,");
                    assertThat(item.getGuid().isPermaLink()).isFalse();
                    assertThat(item.getTitle()).as(path).isNotBlank();
                    assertThat(item.getLink()).as(path).startsWith("http://localhost:8080/posts/");
                    assertThat(item.getPubDate()).as(path).isNotNull();
                    if (item.getContent() == null) {  // sent as its summary, to stay under max_feed_size
                        assertThat(item.getDescription().getValue()).as(path).endsWith("<a href=\"" + item.getLink()
                                + "\">阅读全文</a></p>");
                    } else {
                        assertThat(item.getContent().getValue()).as(path).isNotBlank();
                    }
                }
            }
        }
    }

    @Test
    void feedparserReadsEveryFeedWithoutBozo() throws IOException {
        var entries = new LinkedHashMap<Path, Integer>();
        FILES.forEach((path, file) -> entries.put(file, ENTRIES.get(path)));
        FeedReaders.feedparser(dir, entries);
    }

    @Test
    void newsboatStoresEveryItem() throws Exception {
        var items = new LinkedHashMap<String, Integer>();
        FILES.keySet().forEach(path -> items.put(base + path.substring(1), ENTRIES.get(path)));
        FeedReaders.newsboat(dir, items);
    }

    @Test
    void everyAtomFeedValidatesAgainstTheRfc4287Schema() throws IOException {
        FeedReaders.jing(dir, FILES.values().stream().filter(p -> p.toString().endsWith(".atom")).toList());
    }
}
