package dev.tidings.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Headless Chromium as the tests run it: kept off the network (this machine's is closed, and background requests would
 * only be refused), with a new profile for each run. Screenshots are kept in {@code target/screenshots/} for people.
 */
final class Chromium {
    private final String binary;
    private final Path profiles;
    private int runs;

    private Chromium(String binary, Path profiles) {
        this.binary = binary;
        this.profiles = profiles;
    }

    /** Chromium with its profiles below {@code work}; skips the test (or fails it in CI) if it is not installed. */
    static Chromium in(Path work) {
        return new Chromium(ExternalTools.chromium(), work);
    }

    /** The document after the page ran, as Chromium serialises it. */
    String dom(String url, String... flags) {
        var command = command();
        command.addAll(List.of(flags));
        command.addAll(List.of("--dump-dom", url));
        return ExternalTools.run(command, Map.of()).orElseThrow().output();
    }

    /** A screenshot of {@code url} at the window size given, as {@code target/screenshots/name}. */
    Path screenshot(String url, String name, int width, int height) throws IOException {
        Path screenshot = Files.createDirectories(Path.of("target", "screenshots")).resolve(name);
        Files.deleteIfExists(screenshot);
        var command = command();
        command.addAll(List.of("--window-size=" + width + "," + height, "--screenshot=" + screenshot.toAbsolutePath(),
                url));
        var taken = ExternalTools.run(command, Map.of()).orElseThrow();
        assertThat(screenshot).as(taken.output()).exists();
        byte[] png = Files.readAllBytes(screenshot);
        assertThat(png).hasSizeGreaterThan(10_000);
        assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        return screenshot;
    }

    private List<String> command() {
        return new ArrayList<>(List.of(binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profiles.resolve("chromium-profile-" + (++runs))));
    }
}
