package dev.tidings;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Holds back the log lines a test expects, so the test can assert them and a passing run does not print them; every
 * other line still reaches the real stderr, so a problem nobody expected is not hidden. Use it with
 * try-with-resources around the code that logs.
 *
 * <p>slf4j-simple (configured with {@code logFile=System.err} for the tests) looks {@code System.err} up at every line,
 * so swapping {@code System.err} catches its lines from any thread. It writes a line and its stack trace, then
 * flushes: so the first line after a flush decides where the lines up to the next flush go.
 */
public final class LogCapture implements AutoCloseable {
    private final List<String> fragments;
    private final PrintStream real;
    private final PrintStream capturing;
    private final List<String> held = new ArrayList<>();
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private Boolean holding;  // for the lines since the last flush; null before the first of them

    private LogCapture(List<String> fragments) {
        this.fragments = fragments;
        this.real = System.err;
        this.capturing = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                take(b);
            }

            @Override
            public void flush() {
                flushed();
            }
        }, false, StandardCharsets.UTF_8);  // no flush at each line: a flush ends a log entry
        System.setErr(capturing);
    }

    /** Holds back each log entry whose first line contains one of {@code fragments}, until {@link #close()}. */
    public static LogCapture expecting(String... fragments) {
        return new LogCapture(List.of(fragments));
    }

    /** The first lines of the entries held back so far, in order. */
    public synchronized List<String> lines() {
        return List.copyOf(held);
    }

    private synchronized void take(int b) {
        if (b != '\n') {
            line.write(b);
            return;
        }
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        if (holding == null) {
            holding = fragments.stream().anyMatch(text::contains);
            if (holding) {
                held.add(text);
            }
        }
        if (!holding) {
            real.println(text);
        }
    }

    private synchronized void flushed() {
        if (line.size() == 0) {
            holding = null;
        }
        real.flush();
    }

    @Override
    public synchronized void close() {
        if (line.size() > 0) {
            real.print(line.toString(StandardCharsets.UTF_8));  // an unfinished line was nobody's log entry
        }
        real.flush();
        if (System.err == capturing) {
            System.setErr(real);
        }
    }
}
