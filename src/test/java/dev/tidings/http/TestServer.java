package dev.tidings.http;

import dev.tidings.content.Author;
import dev.tidings.content.Library;
import dev.tidings.content.Site;
import dev.tidings.content.TestCollection;
import dev.tidings.feed.EntryContent;
import dev.tidings.feed.FeedOptions;
import dev.tidings.feed.Feeds;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.function.UnaryOperator;

/** A real server on port 0 over a real folder, and a real HTTP client that sees bytes. */
final class TestServer implements AutoCloseable {
    static final Site SITE = new Site("Test blog", "Feeds for tests", URI.create("https://blog.example/"), "zh-CN",
            List.of(new Author("Site Owner", "owner@blog.example", "")), ZoneId.of("Asia/Shanghai"), "blog.example",
            "/posts/{slug}/", 20, "", "", 1 << 20, 16 << 20);

    final Path root;
    final TestCollection collection;
    final Library library;
    final Feeds feeds;
    final Javalin server;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private TestServer(Path root, Clock clock, UnaryOperator<FeedOptions> options) {
        this.root = root;
        FeedOptions chosen = options.apply(FeedOptions.of(URI.create("https://feeds.blog.example/")));
        this.collection = TestCollection.open(root, SITE, chosen.content() == EntryContent.FULL, chosen.feedsUrl());
        this.library = collection.library();
        this.feeds = feeds(collection, SITE, chosen);
        this.server = FeedServer.create(feeds, library, collection.registry(), clock, false).start("127.0.0.1", 0);
    }

    /** The feeds of a collection, wired as the commands wire them. */
    static Feeds feeds(TestCollection collection, Site site, FeedOptions options) {
        return new Feeds(collection.library(), collection.bodies(), site, options, Runnable::run,
                collection.registry());
    }

    /** A server of those feeds on port 0. */
    static Javalin serve(TestCollection collection, Feeds feeds) {
        return FeedServer.create(feeds, collection.library(), collection.registry(), false).start("127.0.0.1", 0);
    }

    static TestServer start(Path root) {
        return new TestServer(root, Clock.systemUTC(), UnaryOperator.identity());
    }

    static TestServer start(Path root, Clock clock) {
        return new TestServer(root, clock, UnaryOperator.identity());
    }

    /** With options other than the defaults, e.g. {@code options -> options.withMath(MathMode.MATHML)}. */
    static TestServer start(Path root, UnaryOperator<FeedOptions> options) {
        return new TestServer(root, Clock.systemUTC(), options);
    }

    static void write(Path root, String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    HttpResponse<byte[]> get(String pathAndQuery, String... headers) {
        return send("GET", pathAndQuery, headers);
    }

    HttpResponse<byte[]> send(String method, String pathAndQuery, String... headers) {
        var request = HttpRequest.newBuilder(uri(pathAndQuery)).method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return http.send(request.build(), BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends a request line as raw bytes (for what java.net.URI refuses to build) and returns the status code. */
    int raw(String requestLine) {
        try (var socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write((requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1);
            return Integer.parseInt(status.substring(9, 12));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A raw response's status line and headers, up to and with the blank line, read byte by byte (ISO-8859-1). */
    static String head(java.io.InputStream in) throws IOException {
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

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    @Override
    public void close() {
        server.stop();
        collection.close();
    }
}
