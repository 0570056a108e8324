package dev.tidings.http;

import dev.tidings.Config;
import dev.tidings.content.Library;
import dev.tidings.content.TestCollection;
import dev.tidings.feed.Feeds;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** The bundled sample blog, served on port 0 with its own settings (links say http://localhost:8080/). */
final class SampleServer implements AutoCloseable {
    final TestCollection collection;
    final Library library;
    final Feeds feeds;
    final Javalin server;
    private final HttpClient http = HttpClient.newHttpClient();

    private SampleServer() {
        Config config = Config.load(Map.of(), Map.of());
        collection = TestCollection.open(config.content(), config.site());
        library = collection.library();
        feeds = TestServer.feeds(collection, config.site(), config.feeds());
        server = TestServer.serve(collection, feeds);
    }

    static SampleServer start() {
        return new SampleServer();
    }

    /** The base URL the sample's links use. */
    String base() {
        return "http://localhost:8080/";
    }

    HttpResponse<byte[]> get(String path, String... headers) {
        return send("GET", path, headers);
    }

    HttpResponse<byte[]> send(String method, String path, String... headers) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
        collection.close();
    }
}
