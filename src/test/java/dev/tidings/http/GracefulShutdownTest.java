package dev.tidings.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tidings serve} as its own process: SIGTERM lets a response that is still being sent finish. */
final class GracefulShutdownTest {
    // Hang guards, not speed limits: on a busy machine each step may take far longer than usual.
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @TempDir
    Path root;

    @Test
    void sigtermDrainsInFlightResponses() throws Exception {
        String paragraph = "很长的一段文字,用来让这个订阅源足够大。".repeat(40) + "\n\n";
        for (int i = 0; i < 100; i++) {
            TestServer.write(root, "posts/a" + i + ".md", "---\ntitle: A" + i + "\ndate: 2024-01-01T00:00:"
                    + String.format("%02d", i % 60) + "Z\n---\n" + paragraph.repeat(90));
        }
        ServeProcess server = ServeProcess.start("--content", root.toString(), "--max-feed-size", "64MB", "--math",
                "tex");
        Process process = server.process;
        try {
            try (var socket = new Socket()) {
                // A fixed receive buffer (no autotuning) and a feed far larger than it and the server's send buffer
                // (4 MB at most here): until we read, the server is still sending.
                socket.setReceiveBufferSize(64 * 1024);
                socket.connect(new InetSocketAddress("127.0.0.1", server.port));
                socket.getOutputStream().write(("GET /feed.atom?limit=100 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                InputStream in = socket.getInputStream();
                String head = TestServer.head(in);
                assertThat(head).startsWith("HTTP/1.1 200");
                long length = Long.parseLong(head.replaceAll("(?s).*Content-Length: (\\d+).*", "$1"));
                assertThat(length).as("far bigger than the socket buffers").isGreaterThan(20_000_000);

                process.destroy();  // SIGTERM
                await("the server stops taking connections").atMost(HANG_GUARD).pollInterval(Duration.ofMillis(20))
                        .until(() -> refuses(server.port));
                assertThat(process.isAlive()).as("still sending our response").isTrue();

                long received = 0;
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    received += n;
                }
                assertThat(received).isEqualTo(length);
            }
            assertThat(process.waitFor(HANG_GUARD.toSeconds(), TimeUnit.SECONDS)).as("exited").isTrue();
            assertThat(process.exitValue()).isEqualTo(143);  // 128 + SIGTERM: stopped by the signal, cleanly
        } finally {
            process.destroyForcibly();
        }
    }

    /** Whether a new connection is refused: the server has begun to shut down. */
    private static boolean refuses(int port) {
        try (var probe = new Socket("127.0.0.1", port)) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
