package dev.tidings.http;

import static dev.tidings.http.TestServer.header;
import dev.tidings.content.TestCollection;
import static dev.tidings.http.TestServer.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import dev.tidings.content.Library;
import dev.tidings.feed.FeedOptions;
import dev.tidings.feed.HubNotifier;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WebSub: the hub is advertised everywhere, and told about exactly the feeds whose bytes changed. */
final class WebSubTest {
    private static final String FEEDS = "https://feeds.blog.example/";
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);  // not a speed limit: a busy machine is slow
    private static final Duration QUIET = Duration.ofMillis(700);  // the first retry comes after 100 ms

    @TempDir
    Path root;
    private HttpServer hub;
    private final List<String> received = new CopyOnWriteArrayList<>();  // "status topic", in arrival order
    private final AtomicInteger failuresToSend = new AtomicInteger();
    private TestCollection collection;
    private Library library;
    private HubNotifier notifier;
    private Javalin server;
    private String hubUrl;

    /** A stand-in hub: records each publish ping and answers 204, or 500 while failuresToSend lasts. */
    @BeforeEach
    void start() throws IOException {
        hub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        hub.createContext("/", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = failuresToSend.getAndDecrement() > 0 ? 500 : 204;
            String mode = "";
            String topic = "";
            for (String pair : form.split("&")) {
                String[] kv = pair.split("=", 2);
                String value = URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
                if (kv[0].equals("hub.mode")) {
                    mode = value;
                } else if (kv[0].equals("hub.url")) {
                    topic = value;
                }
            }
            received.add(exchange.getRequestMethod() + " " + mode + " " + status + " " + topic);
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        hub.start();
        hubUrl = "http://127.0.0.1:" + hub.getAddress().getPort() + "/hub";

        TestServer.write(root, "a.md", "---\ntitle: A\ndate: 2024-01-01\ntags: [x]\ncategories: [one]\nauthor: Ann\n"
                + "---\nA.\n");
        TestServer.write(root, "b.md", "---\ntitle: B\ndate: 2024-01-02\ntags: [y]\ncategories: [two]\nauthor: Bob\n"
                + "---\nB.\n");
        collection = TestCollection.open(root, TestServer.SITE);
        library = collection.library();
        var feeds = TestServer.feeds(collection, TestServer.SITE, FeedOptions.of(URI.create(FEEDS)).withHub(hubUrl));
        notifier = new HubNotifier(feeds, hubUrl, Duration.ofMillis(100), 4);
        library.onChange(notifier::changed);
        server = TestServer.serve(collection, feeds);
    }

    @AfterEach
    void stop() {
        server.stop();
        notifier.close();
        collection.close();
        hub.stop(0);
    }

    @Test
    void pingsTheHubOnceForEachFeedWhoseBytesChanged() {
        TestServer.write(root, "a.md", "---\ntitle: A, edited\ndate: 2024-01-01\ntags: [x]\ncategories: [one]\n"
                + "author: Ann\n---\nA.\n");
        library.reload();
        Set<String> changed = Set.of("feed", "tags/x/feed", "categories/one/feed", "authors/Ann/feed").stream()
                .flatMap(feed -> List.of("atom", "rss", "json").stream().map(ext -> FEEDS + feed + "." + ext))
                .collect(Collectors.toSet());
        await().atMost(HANG_GUARD).until(() -> received.size() >= changed.size());
        staysAt(changed.size());
        assertThat(received).allMatch(line -> line.startsWith("POST publish 204 "));
        assertThat(received.stream().map(line -> line.substring("POST publish 204 ".length())))
                .containsExactlyInAnyOrderElementsOf(changed)  // once each: not the feeds of tag y, two, Bob
                .doesNotContain(FEEDS + "tags/y/feed.atom", FEEDS + "authors/Bob/feed.rss");
    }

    @Test
    void retriesWhenTheHubFails() {
        failuresToSend.set(1);
        TestServer.write(root, "b.md", "---\ntitle: B, edited\ndate: 2024-01-02\ntags: [y]\ncategories: [two]\n"
                + "author: Bob\n---\nB.\n");
        library.reload();
        await().atMost(HANG_GUARD).until(() -> received.stream().filter(l -> l.contains(" 204 ")).count() == 12);
        staysAt(13);
        String failed = received.stream().filter(l -> l.contains(" 500 ")).findFirst().orElseThrow();
        String topic = failed.substring("POST publish 500 ".length());
        assertThat(received).contains("POST publish 204 " + topic);  // the same topic, retried and taken
    }

    @Test
    void advertisesTheHubInEveryFormatAndInLinkHeaders() throws Exception {
        var http = HttpClient.newHttpClient();
        for (String path : List.of("/feed.atom", "/feed.rss", "/feed.json", "/tags/x/feed.atom", "/archive/1.rss")) {
            var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            String self = FEEDS + path.substring(1);
            assertThat(header(response, "Link")).isEqualTo("<" + hubUrl + ">; rel=\"hub\", <" + self + ">; rel=\"self\"");
            String body = text(response);
            if (path.endsWith(".atom")) {
                assertThat(body).contains("<link rel=\"hub\" href=\"" + hubUrl + "\" />");
            } else if (path.endsWith(".rss")) {
                assertThat(body).contains("<atom:link href=\"" + hubUrl + "\" rel=\"hub\" />");
            } else {
                assertThat(body).contains("\"hubs\":[{\"type\":\"WebSub\",\"url\":\"" + hubUrl + "\"}]");
            }
        }
        assertThat(received).as("serving is not a change").isEmpty();
    }

    /**
     * Nothing more arrives: the hub has {@code pings} and keeps that many for a while. A window, as proving that
     * nothing else will come needs one; it cannot fail because the machine is slow, only miss a very late extra ping.
     */
    private void staysAt(int pings) {
        await().during(QUIET).atMost(HANG_GUARD)
                .failFast(() -> assertThat(received).as("pings").hasSizeLessThanOrEqualTo(pings))
                .until(() -> received.size() == pings);
    }
}
