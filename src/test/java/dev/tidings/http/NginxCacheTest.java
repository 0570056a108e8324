package dev.tidings.http;

import static org.assertj.core.api.Assertions.assertThat;
import dev.tidings.content.TestCollection;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tidings.content.Library;
import dev.tidings.feed.FeedOptions;
import dev.tidings.feed.Feeds;
import io.javalin.Javalin;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nginx configuration the docs recommend (src/main/deploy/nginx.conf), in front of Tidings: nginx revalidates with
 * our validators and gets 304s, serves stale while Tidings is down, and picks up a change after max-age.
 */
final class NginxCacheTest {
    private static final Duration MAX_AGE = Duration.ofSeconds(2);
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);  // not a speed limit: a busy machine is slow

    @TempDir
    Path content;
    @TempDir
    Path nginxDir;
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void nginxRevalidatesServesStaleAndPicksUpChanges() throws Exception {
        String nginx = nginx();
        TestServer.write(content, "a.md", "---\ntitle: First title\ndate: 2024-01-01\n---\nA.\n");
        var collection = TestCollection.open(content, TestServer.SITE);
        Library library = collection.library();
        var options = FeedOptions.of(URI.create("https://feeds.blog.example/"));
        options = new FeedOptions(options.feedsUrl(), MAX_AGE, options.maxLimit(), options.cacheBytes(),
                options.maxFeedBytes(), options.archiveSize(), "", options.math(), options.content());
        Feeds feeds = TestServer.feeds(collection, TestServer.SITE, options);
        Javalin backend = TestServer.serve(collection, feeds);
        int backendPort = backend.port();  // and again on the same port after the stop, as a restart would
        try {
            int proxyPort = freePort();  // nginx cannot be told port 0 and report what it got
            String config = Files.readString(Path.of("src", "main", "deploy", "nginx.conf"))
                    .replace("server 127.0.0.1:8080;", "server 127.0.0.1:" + backendPort + ";")
                    .replace("/var/cache/nginx/tidings", nginxDir.resolve("cache").toString())
                    .replace("listen 80;", "listen 127.0.0.1:" + proxyPort + ";");
            Path conf = nginxDir.resolve("nginx.conf");
            Files.writeString(conf, "daemon off; master_process off; pid " + nginxDir.resolve("nginx.pid") + ";\n"
                    + "error_log " + nginxDir.resolve("error.log") + ";\nevents { worker_connections 64; }\n"
                    + "http {\n access_log off;\n client_body_temp_path " + nginxDir + "; proxy_temp_path "
                    + nginxDir + "; fastcgi_temp_path " + nginxDir + "; uwsgi_temp_path " + nginxDir
                    + "; scgi_temp_path " + nginxDir + ";\n" + config + "\n}\n");

            Process proxy = new ProcessBuilder(nginx, "-c", conf.toString(), "-p", nginxDir.toString())
                    .redirectErrorStream(true).start();
            try {
                awaitListening(proxyPort);
                var first = viaProxy(proxyPort);
                assertThat(first.statusCode()).isEqualTo(200);
                assertThat(cacheStatus(first)).isEqualTo("MISS");
                int revalidations = fromItsCopy(proxyPort);

                var revalidated = afterMaxAge(proxyPort);
                assertThat(cacheStatus(revalidated)).isEqualTo("REVALIDATED");
                assertThat(revalidated.body()).isEqualTo(first.body());
                int answers = revalidations + 1;  // a 304 from Tidings for each of nginx's revalidations, no more
                // Tidings counts a request once it has answered it, and nginx may pass the answer on before that.
                await("Tidings answered nginx's conditional requests with 304s").atMost(HANG_GUARD)
                        .failFast(() -> assertThat(notModified(backendPort)).isLessThanOrEqualTo(answers))
                        .until(() -> notModified(backendPort) == answers);

                backend.stop();
                var stale = afterMaxAge(proxyPort);
                assertThat(stale.statusCode()).isEqualTo(200);
                assertThat(cacheStatus(stale)).isEqualTo("STALE");
                assertThat(stale.body()).isEqualTo(first.body());

                TestServer.write(content, "a.md", "---\ntitle: Second title\ndate: 2024-01-01\n---\nA, edited.\n");
                library.reload();
                backend = FeedServer.create(feeds, library, collection.registry(), false).start("127.0.0.1",
                        backendPort);
                var changed = afterMaxAge(proxyPort);
                assertThat(text(changed)).contains("Second title");
                assertThat(cacheStatus(changed)).isEqualTo("EXPIRED");
            } finally {
                proxy.destroy();
                proxy.waitFor(10, TimeUnit.SECONDS);
            }
        } finally {
            backend.stop();
            collection.close();
        }
    }

    private HttpResponse<byte[]> viaProxy(int port) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/feed.atom"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Waits for a HIT: the next answer, unless this machine took longer than max-age since the last one, when nginx
     * first revalidates its copy (a REVALIDATED) and then has a fresh one. Either way it kept the copy: a MISS or a
     * full fetch fails at once. Returns how many revalidations it saw.
     */
    private int fromItsCopy(int port) {
        var revalidations = new AtomicInteger();
        await("a HIT from nginx's copy").atMost(HANG_GUARD).until(() -> {
            String status = cacheStatus(viaProxy(port));
            assertThat(status).as("nginx kept its copy").isIn("HIT", "REVALIDATED");
            revalidations.addAndGet(status.equals("REVALIDATED") ? 1 : 0);
            return status.equals("HIT");
        });
        return revalidations.get();
    }

    /**
     * The first answer nginx gives from other than its fresh copy, asking every 200 ms: once max-age has passed (nginx
     * counts whole seconds, so the copy may stay fresh up to a second longer). A hit never reaches Tidings, so asking
     * early changes nothing.
     */
    private HttpResponse<byte[]> afterMaxAge(int port) {
        return await("nginx's copy to go stale").atMost(HANG_GUARD).pollInterval(Duration.ofMillis(200))
                .until(() -> viaProxy(port), response -> !cacheStatus(response).equals("HIT"));
    }

    private static String text(HttpResponse<byte[]> response) throws Exception {
        byte[] body = response.body();
        if (response.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
            try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
                body = in.readAllBytes();
            }
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    private static String cacheStatus(HttpResponse<?> response) {
        return response.headers().firstValue("X-Cache-Status").orElse("none");
    }

    /** The backend's count of 304s on /feed.atom, from its own /metrics. */
    private int notModified(int port) throws Exception {
        String metrics = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("http_server_requests_seconds_count\\{[^}]*status=\"304\"[^}]*uri=\"/feed.atom\""
                + "[^}]*} (\\d+)").matcher(metrics);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static String nginx() {
        for (String candidate : new String[] {"/usr/sbin/nginx", "nginx"}) {
            if (ExternalTools.run(java.util.List.of(candidate, "-v"), java.util.Map.of()).isPresent()) {
                return candidate;
            }
        }
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError("nginx is missing, and CI=true requires it");
        }
        assumeTrue(false, "nginx is not installed; skipping (CI=true would fail instead)");
        return null;
    }

    private static int freePort() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitListening(int port) {
        await("nginx to listen").atMost(HANG_GUARD).pollInterval(Duration.ofMillis(50)).ignoreExceptions()
                .until(() -> {
                    try (var socket = new java.net.Socket("127.0.0.1", port)) {
                        return true;
                    }
                });
    }
}
