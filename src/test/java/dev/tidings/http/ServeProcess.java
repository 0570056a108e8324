package dev.tidings.http;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import dev.tidings.TestState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code tidings serve} as a process of its own, from the test class path, on a free port. */
final class ServeProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("on http://127\\.0\\.0\\.1:(\\d+)/");

    final Process process;
    final int port;
    /** What it printed until it listened. */
    final String startup;

    private ServeProcess(Process process, int port, String startup) {
        this.process = process;
        this.port = port;
        this.startup = startup;
    }

    /** Starts it with {@code args} after {@code serve --host 127.0.0.1 --port 0}, and waits until it listens. */
    static ServeProcess start(String... args) throws Exception {
        return start(List.of("-cp", System.getProperty("java.class.path"), "dev.tidings.Main"), args);
    }

    /** The same from the built jar, {@code target/tidings.jar} (for tests that run after {@code package}). */
    static ServeProcess jar(String... args) throws Exception {
        Path jar = Path.of("target", "tidings.jar");
        if (!Files.isRegularFile(jar)) {
            throw new AssertionError(jar.toAbsolutePath() + " is missing: integration tests run after 'mvn package'");
        }
        return start(List.of("-jar", jar.toString()), args);
    }

    private static ServeProcess start(List<String> program, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of(java, "-Dorg.slf4j.simpleLogger.defaultLogLevel=info"));
        command.addAll(program);
        command.addAll(List.of("serve", "--host", "127.0.0.1", "--port", "0"));
        if (!List.of(args).contains("--state-dir")) {
            command.addAll(List.of("--state-dir", TestState.FOLDER.toString()));  // not the user's cache folder
        }
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        var seen = new StringBuilder();
        for (String line; (line = lines.readLine()) != null; ) {
            seen.append(line).append('\n');
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {  // keep the pipe from filling up
                    try {
                        lines.lines().forEach(l -> { });
                    } catch (java.io.UncheckedIOException e) {
                        // the process ended and the JDK closed its pipe under the reader: nothing left to drain
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return new ServeProcess(process, Integer.parseInt(m.group(1)), seen.toString());
            }
        }
        throw new AssertionError("the server did not start:\n" + seen);
    }

    /** SIGTERM, and wait. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
