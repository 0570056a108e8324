package dev.tidings;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** The bytes of a site's current feed, for {@code check --compare-feed}: from an http(s) URL, else from a file. */
final class CurrentFeed {
    private CurrentFeed() {}

    static byte[] read(String urlOrFile) {
        if (!urlOrFile.startsWith("http://") && !urlOrFile.startsWith("https://")) {
            try {
                return Files.readAllBytes(Path.of(urlOrFile));
            } catch (IOException e) {
                throw new IllegalArgumentException("--compare-feed: cannot read the file " + urlOrFile + " ("
                        + e.getMessage() + ")", e);
            }
        }
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        var request = HttpRequest.newBuilder(URI.create(urlOrFile)).timeout(Duration.ofSeconds(60))
                .header("User-Agent", "Tidings check").build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalArgumentException("--compare-feed: " + urlOrFile + " answered HTTP "
                        + response.statusCode() + ", expected 200 and a feed");
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalArgumentException("--compare-feed: cannot fetch " + urlOrFile + " (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching " + urlOrFile, e);
        }
    }
}
