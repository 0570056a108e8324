package dev.tidings.http;

import static dev.tidings.http.TestServer.header;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever clients send, the server answers sanely, stays bounded, and keeps serving everyone else. */
final class HostileClientsTest {
    @TempDir
    static Path root;
    private static TestServer server;

    @BeforeAll
    static void start() {
        TestServer.write(root, "a.md", "---\ntitle: A\ndate: 2024-01-01\ntags: [x]\n---\nA.\n");
        server = TestServer.start(root);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void overLongUrlsAndHeadersAreRefused() {
        assertThat(server.raw("GET /feed.atom?" + "a".repeat(20_000) + " HTTP/1.1")).isEqualTo(414);
        assertThat(server.raw("GET /tags/" + "x".repeat(20_000) + "/feed.atom HTTP/1.1")).isEqualTo(414);
        assertThat(server.raw("GET /feed.atom HTTP/1.1\r\nX-Big: " + "b".repeat(20_000))).isEqualTo(431);
        assertThat(server.get("/feed.atom").statusCode()).isEqualTo(200);
    }

    @Test
    void malformedValidatorsAndRangesAreTreatedAsAbsent() {
        byte[] whole = server.get("/feed.atom").body();
        for (String[] headers : List.of(new String[] {"Range", "bytes=0-10"}, new String[] {"Range", "pages=1"},
                new String[] {"If-None-Match", "\"unterminated"}, new String[] {"If-Modified-Since", "Someday, 99 Foo 20xx"},
                new String[] {"Accept-Encoding", "gzip;q=banana"}, new String[] {"If-Range", "\"x\""})) {
            var response = server.get("/feed.atom", headers);
            assertThat(response.statusCode()).as(headers[0]).isEqualTo(200);
            assertThat(response.body()).as(headers[0]).isEqualTo(whole);
        }
    }

    @Test
    void nothingAClientSendsReachesAResponseHeader() throws Exception {
        String response = exchange("GET /feed.atom?limit=1%0d%0aX-Injected:%20yes&q=a%0d%0aX-Other:%20yes HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nConnection: close\r\n\r\n");
        String head = response.substring(0, response.indexOf("\r\n\r\n"));
        assertThat(head).startsWith("HTTP/1.1 400").doesNotContain("X-Injected").doesNotContain("X-Other");
        var tagged = server.get("/tags/%0d%0aSet-Cookie:%20a=b/feed.atom");
        assertThat(tagged.statusCode()).isEqualTo(404);
        assertThat(header(tagged, "Set-Cookie")).isNull();
    }

    @Test
    void slowClientsDoNotStarveOthers() throws Exception {
        var slow = new ArrayList<Socket>();
        try {
            for (int i = 0; i < 300; i++) {  // more than the thread pool's 250 threads
                var socket = new Socket("127.0.0.1", server.server.port());
                socket.getOutputStream().write("GET /feed.atom HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".getBytes());
                slow.add(socket);  // headers never finished
            }
            var request = HttpRequest.newBuilder(server.uri("/feed.atom"))
                    .timeout(Duration.ofSeconds(60))  // a hang guard, not a speed limit: a busy machine is slow
                    .build();
            var response = HttpClient.newHttpClient().send(request, BodyHandlers.discarding());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(slow).as("slow clients still waiting on their requests").allMatch(HostileClientsTest::waiting);
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void everyResponseSaysNosniff() {
        for (String path : List.of("/feed.atom", "/", "/healthz", "/nope", "/feeds.opml")) {
            assertThat(header(server.get(path), "X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        }
    }

    /** Whether the server still waits for the rest of this client's request: it has neither answered nor closed. */
    private static boolean waiting(Socket socket) {
        try {
            socket.setSoTimeout(1);  // an answer or a close would already be here; this only keeps read from blocking
            socket.getInputStream().read();  // a byte of an answer, or -1 for a close
            return false;
        } catch (SocketTimeoutException e) {
            return true;
        } catch (IOException e) {
            return false;  // reset
        }
    }

    private static String exchange(String request) throws Exception {
        try (var socket = new Socket("127.0.0.1", server.server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
