package dev.tidings.http;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The real feed readers and validators the tests hand our output to. On a machine without one, the tests that need it
 * are skipped — unless {@code CI=true}, where a missing tool fails the run (CI installs them: see .ci/run).
 */
final class ExternalTools {

    /** A Python 3 that can import feedparser (Debian's python3-feedparser lives with /usr/bin/python3). */
    static String pythonWithFeedparser() {
        for (String python : List.of("/usr/bin/python3", "python3")) {
            if (run(List.of(python, "-c", "import feedparser, sqlite3"), Map.of()).map(r -> r.code == 0).orElse(false)) {
                return python;
            }
        }
        return require("python3 with feedparser (Debian: python3-feedparser)");
    }

    static String newsboat() {
        return found("newsboat", List.of("newsboat", "--version"));
    }

    static String tmux() {
        return found("tmux", List.of("tmux", "-V"));
    }

    static String chromium() {
        return found("chromium", List.of("chromium", "--version"));
    }

    static String jing() {
        return found("jing", List.of("jing"));  // prints its usage and exits 1 without arguments
    }

    private static String found(String name, List<String> probe) {
        return run(probe, Map.of()).isPresent() ? name : require(name);
    }

    private static String require(String what) {
        if ("true".equals(System.getenv("CI"))) {
            fail(what + " is missing, and CI=true requires it");
        }
        assumeTrue(false, what + " is not installed; skipping (CI=true would fail instead)");
        throw new AssertionError("unreachable");
    }

    record Result(int code, String output) {}

    /** Runs a command to completion (at most two minutes); empty if it could not be started. */
    static Optional<Result> run(List<String> command, Map<String, String> env) {
        try {
            Path output = Files.createTempFile("tool-", ".out");
            var builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return Optional.of(new Result(-1, "timed out: " + command));
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            Files.delete(output);
            return Optional.of(new Result(process.exitValue(), text));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private ExternalTools() {}
}
