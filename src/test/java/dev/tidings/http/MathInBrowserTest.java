package dev.tidings.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An entry's content as a reader's web view shows it — the HTML alone, no scripts, no stylesheets — in a real headless
 * Chromium: its formulas must be laid out as math, not as a row of letters.
 */
final class MathInBrowserTest {
    @TempDir
    Path dir;

    @Test
    void formulasAreLaidOutAsMath() throws Exception {
        String chromium = ExternalTools.chromium();
        String content;
        try (SampleServer sample = SampleServer.start()) {
            JsonNode feed = new ObjectMapper().readTree(sample.get("/feed.json").body());
            JsonNode entry = null;
            for (JsonNode item : feed.path("items")) {
                if (item.path("content_html").asText().contains("display=\"block\"")
                        && item.path("content_html").asText().contains("<mfrac>")) {
                    entry = item;
                    break;
                }
            }
            assertThat(entry).as("an entry with a displayed fraction").isNotNull();
            content = entry.path("content_html").asText();
        }
        int formulas = content.split("<math ").length - 1;
        assertThat(formulas).isGreaterThan(5);
        String page = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>" + content;

        Path shown = dir.resolve("entry.html");
        Files.writeString(shown, page + "</body></html>\n", StandardCharsets.UTF_8);
        Path screenshot = Files.createDirectories(Path.of("target", "screenshots")).resolve("math-entry.png");
        Files.deleteIfExists(screenshot);
        var shot = flags(chromium, "shot");
        shot.addAll(List.of("--window-size=900,1600", "--screenshot=" + screenshot.toAbsolutePath(),
                shown.toUri().toString()));
        var taken = ExternalTools.run(shot, Map.of()).orElseThrow();
        assertThat(screenshot).as(taken.output()).exists();

        // The test's own probe, after the content: measures every <math> and writes the numbers into the DOM.
        Path probed = dir.resolve("probed.html");
        Files.writeString(probed, page + "<script>const m=[...document.querySelectorAll('math')];"
                + "document.body.setAttribute('data-probe', JSON.stringify({mathml: m.every(e => e instanceof "
                + "MathMLElement), boxes: m.map(e => {const r = e.getBoundingClientRect(); return [r.width, r.height,"
                + " e.getAttribute('display') || 'inline', e.querySelector('mfrac') ? 1 : 0];}),"
                + " font: parseFloat(getComputedStyle(document.body).fontSize)}));</script></body></html>\n",
                StandardCharsets.UTF_8);
        var dom = flags(chromium, "dom");
        dom.addAll(List.of("--virtual-time-budget=5000", "--dump-dom", probed.toUri().toString()));
        String dumped = ExternalTools.run(dom, Map.of()).orElseThrow().output();
        String json = dumped.replaceAll("(?s).*data-probe=\"([^\"]*)\".*", "$1").replace("&quot;", "\"");
        JsonNode probe = new ObjectMapper().readTree(json);
        assertThat(probe.path("mathml").asBoolean()).as("the browser knows the elements as MathML").isTrue();
        assertThat(probe.path("boxes")).hasSize(formulas);
        double font = probe.path("font").asDouble();
        int fractions = 0;
        for (JsonNode box : probe.path("boxes")) {
            assertThat(box.get(0).asDouble()).as(box.toString()).isGreaterThan(0);
            assertThat(box.get(1).asDouble()).as(box.toString()).isGreaterThan(0);
            if (box.get(2).asText().equals("block") && box.get(3).asInt() == 1) {
                fractions++;
                // A fraction stacked as math stands clearly taller than a line of text; set as letters it would not.
                assertThat(box.get(1).asDouble()).as(box.toString()).isGreaterThan(1.5 * font);
            }
        }
        assertThat(fractions).isPositive();
    }

    private ArrayList<String> flags(String chromium, String profile) {
        return new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + dir.resolve(profile)));
    }
}
