package dev.tidings.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.Test;

/** On stop, idle connections are closed soon, while a reader that is slow to take its response keeps it coming. */
final class ResponsesInFlightTest {
    private static final long IDLE_TIMEOUT_MS = 120_000;  // longer than the hang guards: only a stop closes early
    private static final int BIG = 32 << 20;  // far more than the socket buffers hold

    @Test
    void aStopClosesIdleConnectionsButNotOneWhoseResponseIsStillBeingSent() throws Exception {
        var server = new Server();
        var connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setIdleTimeout(IDLE_TIMEOUT_MS);
        server.addConnector(connector);
        var graceful = new GracefulHandler();
        graceful.setShutdownIdleTimeout(-1);
        var inFlight = new ResponsesInFlight();
        server.setHandler(inFlight);
        inFlight.setHandler(graceful);
        graceful.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                int size = request.getHttpURI().getPath().equals("/big") ? BIG : 10;
                response.getHeaders().put(HttpHeader.CONTENT_LENGTH, size);
                response.write(true, ByteBuffer.allocate(size), callback);
                return true;
            }
        });
        server.setStopTimeout(60_000);  // a hang guard
        server.start();
        try (var idle = new Socket(); var slow = new Socket()) {
            idle.setSoTimeout(60_000);  // hang guards, not speed limits
            slow.setSoTimeout(60_000);
            slow.setReceiveBufferSize(64 * 1024);
            idle.connect(new InetSocketAddress("127.0.0.1", connector.getLocalPort()));
            slow.connect(new InetSocketAddress("127.0.0.1", connector.getLocalPort()));
            send(idle, "/small");
            assertThat(TestServer.head(idle.getInputStream())).startsWith("HTTP/1.1 200");
            assertThat(idle.getInputStream().readNBytes(10)).hasSize(10);  // and the connection stays open for more
            send(slow, "/big");
            assertThat(TestServer.head(slow.getInputStream())).startsWith("HTTP/1.1 200");

            var stopped = CompletableFuture.runAsync(() -> {
                try {
                    server.stop();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(idle.getInputStream().read()).as("the idle connection, closed by the stop").isEqualTo(-1);
            EndPoint sending = connector.getConnectedEndPoints().stream()
                    .filter(endPoint -> endPoint.getRemoteSocketAddress().equals(slow.getLocalSocketAddress()))
                    .findFirst().orElseThrow();
            assertThat(sending.getIdleTimeout()).as("the one still sending keeps its idle timeout")
                    .isEqualTo(IDLE_TIMEOUT_MS);

            assertThat(slow.getInputStream().readAllBytes()).hasSize(BIG);
            stopped.get(60, TimeUnit.SECONDS);
        } finally {
            server.stop();
        }
    }

    private static void send(Socket socket, String path) throws Exception {
        socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
    }
}
