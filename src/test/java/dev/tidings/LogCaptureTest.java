package dev.tidings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

final class LogCaptureTest {
    private static final Logger log = LoggerFactory.getLogger(LogCaptureTest.class);

    @Test
    void holdsBackExpectedEntriesWithTheirStackTracesAndPrintsTheRest() {
        PrintStream original = System.err;
        var stderr = new ByteArrayOutputStream();
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        try (var capture = LogCapture.expecting("could not be rendered")) {
            log.error("a.md:5: the body could not be rendered", new IllegalStateException("pathological input"));
            log.error("b.md:1: nobody expected this");
            assertThat(capture.lines()).singleElement().asString()
                    .endsWith(" ERROR LogCaptureTest - a.md:5: the body could not be rendered");
        } finally {
            System.setErr(original);
        }
        assertThat(stderr.toString(StandardCharsets.UTF_8))
                .endsWith(" ERROR LogCaptureTest - b.md:1: nobody expected this\n")
                .doesNotContain("could not be rendered").doesNotContain("pathological input");
    }
}
