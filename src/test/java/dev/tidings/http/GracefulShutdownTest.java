package dev.tidings.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tidings serve} as its own process: SIGTERM lets a response that is still being sent finish. */
final class GracefulShutdownTest {
    private static final Pattern LISTENING = Pattern.compile("on http://127\\.0\\.0\\.1:(\\d+)/");

    @TempDir
    Path root;

    @Test
    void sigtermDrainsInFlightResponses() throws Exception {
        String paragraph = "很长的一段文字,用来让这个订阅源足够大。".repeat(40) + "\n\n";
        for (int i = 0; i < 100; i++) {
            TestServer.write(root, "posts/a" + i + ".md", "---\ntitle: A" + i + "\ndate: 2024-01-01T00:00:"
                    + String.format("%02d", i % 60) + "Z\n---\n" + paragraph.repeat(30));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Dorg.slf4j.simpleLogger.defaultLogLevel=info", "-cp",
                System.getProperty("java.class.path"), "dev.tidings.Main", "serve", "--content", root.toString(),
                "--host", "127.0.0.1", "--port", "0", "--max-feed-size", "64MB"))
                .redirectErrorStream(true).start();
        try {
            int port = port(process.getInputStream());
            try (var socket = new Socket()) {
                socket.setReceiveBufferSize(4096);  // the server must wait for us: the response stays in flight
                socket.connect(new InetSocketAddress("127.0.0.1", port));
                socket.getOutputStream().write(("GET /feed.atom?limit=100 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                InputStream in = socket.getInputStream();
                String head = headers(in);
                assertThat(head).startsWith("HTTP/1.1 200");
                long length = Long.parseLong(head.replaceAll("(?s).*Content-Length: (\\d+).*", "$1"));
                assertThat(length).as("bigger than any socket buffer").isGreaterThan(6_000_000);

                process.destroy();  // SIGTERM
                Thread.sleep(500);
                assertThat(process.isAlive()).as("still sending our response").isTrue();

                long received = 0;
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    received += n;
                }
                assertThat(received).isEqualTo(length);
            }
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isEqualTo(143);  // 128 + SIGTERM: stopped by the signal, cleanly
        } finally {
            process.destroyForcibly();
        }
    }

    private static int port(InputStream log) throws Exception {
        var lines = new BufferedReader(new InputStreamReader(log, StandardCharsets.UTF_8));
        var seen = new StringBuilder();
        for (String line; (line = lines.readLine()) != null; ) {
            seen.append(line).append('\n');
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> lines.lines().forEach(l -> { }));  // keep the pipe from filling up
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("the server did not start:\n" + seen);
    }

    private static String headers(InputStream in) throws Exception {
        var head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            head.append((char) c);
        }
        return head.toString();
    }
}
