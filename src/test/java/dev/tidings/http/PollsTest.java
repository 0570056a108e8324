package dev.tidings.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A poll (no query string) is answered ahead of Javalin; the same request with a parameter the feed routes ignore goes
 * through Javalin's route. Both must send the same bytes: status line, every header in its order (but Date), body.
 */
final class PollsTest {
    private static final Pattern DATE = Pattern.compile("(?m)^Date: [^\r]*\r\n");

    @TempDir
    Path root;

    @Test
    void answersPollsWithTheBytesOfTheJavalinRoute() {
        write();
        try (TestServer server = TestServer.start(root)) {
            assertSameAnswers(server);
        }
    }

    @Test
    void answersPollsWithTheHubLinkOfTheJavalinRoute() {
        write();
        try (TestServer server = TestServer.start(root, options -> options.withHub("https://hub.example/"))) {
            assertThat(answer(server, "GET", "/feed.atom", "")).contains("\r\nLink: <https://hub.example/>; rel=\"hub\"");
            assertSameAnswers(server);
        }
    }

    private void write() {
        TestServer.write(root, "posts/a.md", "---\ntitle: A\ndate: 2024-05-01\nupdated: 2024-06-01\n"
                + "categories: [数学]\ntags: [机器学习, C++]\nauthor: Jane\n---\nA body with $x^2$.\n");
        TestServer.write(root, "posts/b.md", "---\ntitle: B\ndate: 2024-04-01\ntags: [Python]\n---\nB.\n");
    }

    private static void assertSameAnswers(TestServer server) {
        String tag = "/tags/%E6%9C%BA%E5%99%A8%E5%AD%A6%E4%B9%A0/feed.rss";
        String gzipEtag = header(answer(server, "GET", "/feed.atom", "Accept-Encoding: gzip\r\n"), "ETag");
        String plainEtag = header(answer(server, "GET", "/feed.atom", ""), "ETag");
        String tagEtag = header(answer(server, "GET", tag, "Accept-Encoding: gzip\r\n"), "ETag");
        String lastModified = header(answer(server, "GET", "/feed.atom", ""), "Last-Modified");
        var requests = List.of(
                new String[] {"GET", "/feed.atom", ""},
                new String[] {"GET", "/feed.atom", "Accept-Encoding: gzip\r\n"},
                new String[] {"GET", "/feed.atom", "Accept-Encoding: gzip\r\nIf-None-Match: " + gzipEtag + "\r\n"},
                new String[] {"GET", "/feed.atom", "If-None-Match: W/" + plainEtag + ", \"x\"\r\n"},
                new String[] {"GET", "/feed.atom", "If-Modified-Since: " + lastModified + "\r\n"},
                new String[] {"GET", "/feed.atom", "If-None-Match: \"other\"\r\nAccept-Encoding: gzip;q=0\r\n"},
                new String[] {"HEAD", "/feed.atom", "Accept-Encoding: gzip\r\n"},
                new String[] {"HEAD", "/feed.atom", ""},
                new String[] {"HEAD", "/feed.atom", "Accept-Encoding: gzip\r\nIf-None-Match: " + gzipEtag + "\r\n"},
                new String[] {"GET", "/feed.rss", "User-Agent: Feedly/1.0 (+http://www.feedly.com/; 42 subscribers)\r\n"},
                new String[] {"GET", "/feed.json", "Accept-Encoding: gzip\r\n"},
                new String[] {"GET", "/math-images/feed.atom", "Accept-Encoding: gzip\r\n"},
                new String[] {"GET", tag, "Accept-Encoding: gzip\r\n"},
                new String[] {"GET", tag, "Accept-Encoding: gzip\r\nIf-None-Match: " + tagEtag + "\r\n"},
                new String[] {"GET", "/tags/C++/feed.atom", ""},
                new String[] {"GET", "/tags/C%2B%2B/feed.atom", ""},
                new String[] {"GET", "/categories/%E6%95%B0%E5%AD%A6/feed.json", ""},
                new String[] {"GET", "/math-images/authors/Jane/feed.atom", ""},
                new String[] {"GET", "/tags/nothing/feed.atom", ""},
                new String[] {"GET", "/tags/%20/feed.atom", ""},
                new String[] {"GET", "/feed.atom", "Sec-Fetch-Dest: document\r\nAccept: text/html\r\n"});
        for (String[] request : requests) {
            String polled = answer(server, request[0], request[1], request[2]);
            String routed = answer(server, request[0], request[1] + "?x=1", request[2]);
            assertThat(DATE.matcher(polled).replaceAll(""))
                    .as(String.join(" ", request)).isEqualTo(DATE.matcher(routed).replaceAll(""));
        }
        assertThat(answer(server, "GET", "/feed.atom", "If-None-Match: " + plainEtag + "\r\n"))
                .as("a 304 says nothing of a body").startsWith("HTTP/1.1 304 ").doesNotContain("\r\nContent-Length")
                .doesNotContain("\r\nContent-Type").contains("\r\nX-Content-Type-Options: nosniff\r\n");
    }

    /** The whole response, read as ISO-8859-1 until the server closes the connection. */
    private static String answer(TestServer server, String method, String target, String headers) {
        try (var socket = new Socket("127.0.0.1", server.server.port())) {
            socket.getOutputStream().write((method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String header(String response, String name) {
        return response.lines().filter(line -> line.startsWith(name + ": ")).findFirst()
                .map(line -> line.substring(name.length() + 2)).orElseThrow();
    }
}
