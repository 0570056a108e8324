package dev.tidings.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        Chromium chromium = Chromium.in(dir);
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
        chromium.screenshot(shown.toUri().toString(), "math-entry.png", 900, 1600);

        // The test's own probe, after the content: measures every <math> and writes the numbers into the DOM.
        Path probed = dir.resolve("probed.html");
        Files.writeString(probed, page + "<script>const m=[...document.querySelectorAll('math')];"
                + "document.body.setAttribute('data-probe', JSON.stringify({mathml: m.every(e => e instanceof "
                + "MathMLElement), boxes: m.map(e => {const r = e.getBoundingClientRect(); return [r.width, r.height,"
                + " e.getAttribute('display') || 'inline', e.querySelector('mfrac') ? 1 : 0];}),"
                + " font: parseFloat(getComputedStyle(document.body).fontSize)}));</script></body></html>\n",
                StandardCharsets.UTF_8);
        String dumped = chromium.dom(probed.toUri().toString(), "--virtual-time-budget=5000");
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
}
