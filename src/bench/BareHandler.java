import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The floor for our own per-request work: a bare Javalin handler answering {@code /feed.atom} with a byte array (the
 * gzip bytes Tidings served), its ETag, and a 304 when {@code If-None-Match} repeats it; HEAD with the headers only.
 * No metrics, no logging, no negotiation. For {@code bench.py}:
 *
 *     java -cp target/tidings.jar src/bench/BareHandler.java PORT FEED.gz ETAG
 */
public final class BareHandler {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        byte[] gzip = Files.readAllBytes(Path.of(args[1]));
        String etag = args[2];
        Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.compressionStrategy = CompressionStrategy.NONE;
            config.routes.get("/feed.atom", ctx -> answer(ctx, gzip, etag, false));
            config.routes.head("/feed.atom", ctx -> answer(ctx, gzip, etag, true));
        }).start("127.0.0.1", port);
    }

    private static void answer(Context ctx, byte[] gzip, String etag, boolean head) {
        ctx.header("ETag", etag);
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.header("Content-Encoding", "gzip");
        ctx.contentType("application/atom+xml");
        if (head) {
            ctx.header("Content-Length", Integer.toString(gzip.length));
            return;
        }
        ctx.result(gzip);
    }
}
