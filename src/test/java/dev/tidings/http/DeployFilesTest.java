package dev.tidings.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deployment examples in src/main/deploy/ stay valid. */
final class DeployFilesTest {
    @TempDir
    Path dir;

    @Test
    void theSystemdUnitVerifies() throws Exception {
        var found = ExternalTools.run(List.of("systemd-analyze", "--version"), Map.of());
        assumeTrue(found.isPresent(), "systemd-analyze is not installed");
        Path unit = Files.copy(Path.of("src", "main", "deploy", "tidings.service"), dir.resolve("tidings.service"));
        var result = ExternalTools.run(List.of("systemd-analyze", "verify", unit.toString()), Map.of()).orElseThrow();
        assertThat(result.output().lines().filter(line -> line.contains("tidings.service"))).as(result.output())
                .isEmpty();
        assertThat(result.code()).as(result.output()).isZero();
    }

    @Test
    void theUnitRunsTheJarAndStopsItGracefully() throws Exception {
        String unit = Files.readString(Path.of("src", "main", "deploy", "tidings.service"));
        assertThat(unit).contains("-jar /opt/tidings/tidings.jar serve").contains("KillSignal=SIGTERM")
                .contains("SuccessExitStatus=143")
                .as("a state folder systemd creates and lets it write, so restarts keep rendered formulas")
                .contains("Environment=TIDINGS_STATE_DIR=/var/cache/tidings").contains("CacheDirectory=tidings");
    }
}
