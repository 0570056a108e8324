package dev.tidings.http;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.component.Graceful;

/**
 * On stop, closes idle keep-alive connections within a second but lets a response still being sent take the whole
 * stop timeout. Jetty's own shutdown gives every connection one second without progress, and a reader taking a feed
 * larger than the socket buffers often makes none for longer than that (its kernel wakes the writer only once a third
 * of the buffer is free), so it would lose its response. Use it with the connectors' shutdown idle timeout switched
 * off ({@code GracefulHandler.setShutdownIdleTimeout(-1)}).
 */
final class ResponsesInFlight extends Handler.Wrapper implements Graceful {
    private static final long IDLE_ON_SHUTDOWN_MS = 1000;  // what Jetty gives every connection by default

    private final Set<EndPoint> sending = ConcurrentHashMap.newKeySet();
    private volatile boolean shutdown;

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
        sending.add(endPoint);
        boolean handled = false;
        try {
            handled = super.handle(request, response, Callback.from(callback, () -> done(endPoint)));
            return handled;
        } finally {
            if (!handled) {
                done(endPoint);  // no callback will come
            }
        }
    }

    // Set before the connections are looked at, and read after one is removed: every idle one gets the short timeout.
    private void done(EndPoint endPoint) {
        sending.remove(endPoint);
        if (shutdown) {
            endPoint.setIdleTimeout(IDLE_ON_SHUTDOWN_MS);
        }
    }

    @Override
    public CompletableFuture<Void> shutdown() {
        shutdown = true;
        for (Connector connector : getServer().getConnectors()) {
            for (EndPoint endPoint : connector.getConnectedEndPoints()) {
                if (!sending.contains(endPoint)) {
                    endPoint.setIdleTimeout(IDLE_ON_SHUTDOWN_MS);
                }
            }
        }
        return CompletableFuture.completedFuture(null);  // the connectors wait for the connections to close
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }
}
