package dev.tidings.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Two processes on the same folder serve identical bytes and validators: nothing depends on the process. */
final class ReplicasTest {
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(int port, String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void twoReplicasServeIdenticalFeedsEtagsAndLastModified() throws Exception {
        // Both serve the bundled sample, with math as MathML: the engine, caches and start times all differ.
        try (ServeProcess one = ServeProcess.start("--base-url", "https://feeds.example/");
             ServeProcess two = ServeProcess.start("--base-url", "https://feeds.example/")) {
            String opml = new String(get(one.port, "/feeds.opml").body(), StandardCharsets.UTF_8);
            var paths = Pattern.compile("xmlUrl=\"https://feeds.example(/[^\"]+)\"").matcher(opml).results()
                    .map(m -> m.group(1)).toList();
            assertThat(paths).hasSizeGreaterThan(60);
            for (String path : paths) {
                for (String encoding : List.of("identity", "gzip")) {
                    var a = get(one.port, path, "Accept-Encoding", encoding);
                    var b = get(two.port, path, "Accept-Encoding", encoding);
                    assertThat(a.statusCode()).as(path).isEqualTo(200);
                    assertThat(b.body()).as(path + " " + encoding).isEqualTo(a.body());
                    for (String header : List.of("ETag", "Last-Modified", "Content-Type", "Cache-Control")) {
                        assertThat(b.headers().firstValue(header)).as(path + " " + header)
                                .isEqualTo(a.headers().firstValue(header));
                    }
                }
            }
            assertThat(get(two.port, "/archive/1.atom").body()).isEqualTo(get(one.port, "/archive/1.atom").body());
            assertThat(get(two.port, "/").body()).isEqualTo(get(one.port, "/").body());
        }
    }
}
