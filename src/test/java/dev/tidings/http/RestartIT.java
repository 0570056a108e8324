package dev.tidings.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar serving the bundled sample (formulas as MathML), restarted with its state folder kept: the second start
 * renders no formula, and the first reader after the port opens is answered from memory. A corrupt state file costs a
 * render, never the start.
 */
final class RestartIT {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    @TempDir
    Path state;

    /** The metric's value once it has stopped changing for a second. */
    private double settled(ServeProcess process, String name) throws Exception {
        double before = metric(process, name);
        for (int tries = 0; tries < 120; tries++) {
            Thread.sleep(1000);
            double now = metric(process, name);
            if (now == before) {
                return now;
            }
            before = now;
        }
        throw new AssertionError(name + " still changing after two minutes");
    }

    @Test
    void aRestartRendersNoFormulaAndAnswersTheFirstReaderAtOnce() throws Exception {
        try (ServeProcess first = ServeProcess.jar("--state-dir", state.toString())) {
            assertThat(metric(first, "tidings_render_seconds_count"))
                    .as("the site feed in each format, rendered before the port opened").isGreaterThanOrEqualTo(3);
            assertThat(metric(first, "tidings_formulas_loaded")).isZero();
            assertThat(metric(first, "tidings_formulas_rendered_total")).as("the sample's formulas").isGreaterThan(100);
        }
        assertThat(state.resolve("formulas.bin")).isNotEmptyFile();
        try (ServeProcess second = ServeProcess.jar("--state-dir", state.toString())) {
            assertThat(second.startup).as("the feeds the first run rendered, served before the port opened")
                    .contains("feeds kept from the last run are served as they were");
            // The other subscription feeds render in the background after the port opens: wait for them to finish
            double warmed = settled(second, "tidings_render_seconds_count");
            HttpResponse<String> feed = get(second, "/feed.atom");
            assertThat(feed.statusCode()).isEqualTo(200);
            assertThat(feed.body()).contains("&lt;math xmlns=\"http://www.w3.org/1998/Math/MathML\"");
            // "At once" as behaviour, not as a time a busy machine may miss: nothing was rendered for the request.
            assertThat(metric(second, "tidings_formulas_rendered_total")).isZero();
            assertThat(metric(second, "tidings_formulas_loaded")).isGreaterThan(100);
            assertThat(metric(second, "tidings_render_seconds_count")).as("no feed was rendered for the request")
                    .isEqualTo(warmed);
        }
    }

    @Test
    void aCorruptStateFileIsRenderedAgainAndRewritten() throws Exception {
        Path file = Files.write(state.resolve("formulas.bin"), "not what Tidings wrote".getBytes(StandardCharsets.UTF_8));
        try (ServeProcess first = ServeProcess.jar("--state-dir", state.toString())) {
            HttpResponse<String> feed = get(first, "/feed.atom");
            assertThat(feed.statusCode()).isEqualTo(200);
            assertThat(feed.body()).contains("&lt;math xmlns=\"http://www.w3.org/1998/Math/MathML\"");
            assertThat(metric(first, "tidings_formulas_loaded")).isZero();
            assertThat(metric(first, "tidings_formulas_rendered_total")).isGreaterThan(100);
        }
        try (ServeProcess second = ServeProcess.jar("--state-dir", state.toString())) {
            assertThat(metric(second, "tidings_formulas_rendered_total")).isZero();
            assertThat(Files.readAllBytes(file)).startsWith((byte) 0x1f, (byte) 0x8b);  // gzip again: the file was rewritten
        }
    }

    private HttpResponse<String> get(ServeProcess server, String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port + path))
                .timeout(Duration.ofSeconds(60)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private double metric(ServeProcess server, String name) throws Exception {
        String scrape = get(server, "/metrics").body();
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(?:\\{[^}]*})? (\\S+)$").matcher(scrape);
        assertThat(m.find()).as(name + " in /metrics").isTrue();
        return Double.parseDouble(m.group(1));
    }
}
