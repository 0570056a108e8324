package dev.tidings.http;

import static dev.tidings.http.TestServer.header;
import static dev.tidings.http.TestServer.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /metrics}, scraped as Prometheus would, has every family operators need; {@code /healthz} the summary. */
final class MetricsTest {
    @TempDir
    Path root;

    @Test
    void scrapeHasRequestsCachesRenderingCatalogReloadsSubscribersAndJvm() {
        TestServer.write(root, "a.md", "---\ntitle: A\ndate: 2024-01-01\ntags: [x]\n---\nA.\n");
        try (TestServer server = TestServer.start(root)) {
            String etag = header(server.get("/feed.atom"), "ETag");
            server.get("/feed.atom", "If-None-Match", etag);
            server.get("/tags/x/feed.rss", "Accept-Encoding", "gzip");
            server.get("/tags/nothing/feed.atom");
            server.get("/feed.atom", "User-Agent", "Feedly/1.0 (+http://www.feedly.com/fetcher.html; 42 subscribers; )");
            server.get("/feed.atom", "User-Agent", "Inoreader/1.0 (+http://www.inoreader.com/feed-fetcher; 7 subscribers; )");
            server.get("/feed.rss", "User-Agent", "NewsBlur Feed Fetcher - 3 subscribers - https://blog.example/ "
                    + "(Mozilla/5.0)");
            server.get("/feed.atom", "User-Agent", "Miniflux/2.1 (+https://miniflux.app)");
            server.get("/feed.atom", "User-Agent", "NetNewsWire (RSS Reader; https://netnewswire.com/)");
            server.get("/feed.atom", "User-Agent", "NetNewsWire (RSS Reader; https://netnewswire.com/)");
            server.library.reload();

            var scrape = server.get("/metrics");
            assertThat(header(scrape, "Content-Type")).startsWith("text/plain");
            String metrics = text(scrape);
            assertThat(metrics)
                    .containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"200\"[^}]*uri=\"/feed.atom\"")
                    .containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"304\"[^}]*uri=\"/feed.atom\"")
                    .containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"404\"[^}]*"
                            + "uri=\"/tags/\\{name}/feed.atom\"")
                    .contains("http_server_response_size_bytes_sum")
                    .contains("cache_gets_total{cache=\"feeds\",result=\"hit\"}")
                    .contains("cache_gets_total{cache=\"feeds\",result=\"miss\"}")
                    .contains("cache_evictions_total{cache=\"feeds\"}")
                    .contains("cache_eviction_weight_total{cache=\"feeds\"}")
                    .containsPattern("tidings_feed_cache_weight_bytes [1-9]")
                    .contains("cache_size{cache=\"bodies\"}")
                    .contains("tidings_render_seconds_count")
                    .contains("tidings_catalog_articles 1.0")
                    .contains("tidings_catalog_problems 0.0")
                    .contains("tidings_reload_seconds_count")
                    .contains("tidings_reload_files_parsed_total")
                    .contains("tidings_feed_subscribers{feed=\"/feed.atom\",reader=\"Feedly\"} 42.0")
                    .contains("tidings_feed_subscribers{feed=\"/feed.atom\",reader=\"Inoreader\"} 7.0")
                    .contains("tidings_feed_subscribers{feed=\"/feed.rss\",reader=\"NewsBlur\"} 3.0")
                    .contains("tidings_feed_readers{feed=\"/feed.atom\"} 3.0")
                    .contains("jvm_memory_used_bytes")
                    .contains("jvm_gc_")
                    .contains("process_uptime_seconds");
            assertThat(metrics).as("requests by route template, never by raw path")
                    .doesNotContainPattern("http_server_requests[^\\n]*uri=\"/tags/x/");

            String health = text(server.get("/healthz"));
            assertThat(health).contains("\"subscribers\":{\"/feed.atom\":{\"Feedly\":42,\"Inoreader\":7},"
                    + "\"/feed.rss\":{\"NewsBlur\":3}}")
                    .contains("\"/feed.atom\":3");  // other readers: the test client, Miniflux, NetNewsWire
        }
    }
}
