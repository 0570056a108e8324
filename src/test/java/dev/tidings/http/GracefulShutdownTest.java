package dev.tidings.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tidings serve} as its own process: SIGTERM lets a response that is still being sent finish. */
final class GracefulShutdownTest {

    @TempDir
    Path root;

    @Test
    void sigtermDrainsInFlightResponses() throws Exception {
        String paragraph = "很长的一段文字,用来让这个订阅源足够大。".repeat(40) + "\n\n";
        for (int i = 0; i < 100; i++) {
            TestServer.write(root, "posts/a" + i + ".md", "---\ntitle: A" + i + "\ndate: 2024-01-01T00:00:"
                    + String.format("%02d", i % 60) + "Z\n---\n" + paragraph.repeat(30));
        }
        ServeProcess server = ServeProcess.start("--content", root.toString(), "--max-feed-size", "64MB", "--math",
                "tex");
        Process process = server.process;
        try {
            int port = server.port;
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
