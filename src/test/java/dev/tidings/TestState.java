package dev.tidings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One state folder for the commands the tests run in this JVM, instead of the user's cache folder: formulas one test's
 * {@code check} rendered are read by the next (their rendering is deterministic), and the folder goes when the JVM does.
 */
public final class TestState {
    public static final Path FOLDER = create();
    /** The environment the tests run commands with: nothing but {@code TIDINGS_STATE_DIR}. */
    public static final Map<String, String> ENVIRONMENT = Map.of("TIDINGS_STATE_DIR", FOLDER.toString());

    private static Path create() {
        try {
            Path folder = Files.createTempDirectory("tidings-test-state-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder: the system cleans it up eventually
        }
    }

    private TestState() {}
}
