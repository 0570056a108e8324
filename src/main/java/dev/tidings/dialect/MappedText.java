package dev.tidings.dialect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A text built from pieces of a source text and replacements for the rest, which remembers the source line each of its
 * lines came from: a later stage's notes about the built text can then name the author's line. Filled once, then read.
 */
final class MappedText {
    private final String source;
    private final int[] sourceLineStarts;
    private final StringBuilder text = new StringBuilder();
    private final List<Integer> lines = new ArrayList<>(List.of(1));  // the source line of each built line, from 1

    MappedText(String source) {
        this.source = source;
        int[] starts = new int[16];
        int count = 1;
        for (int i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        this.sourceLineStarts = Arrays.copyOf(starts, count);
    }

    /** Appends the source text from {@code from} to {@code to}. */
    void copy(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = source.charAt(i);
            text.append(c);
            if (c == '\n') {
                lines.add(lineOf(i + 1));
            }
        }
    }

    /** Appends {@code replacement}, for what the source has at {@code at}: its lines count as that line. */
    void put(String replacement, int at) {
        int line = lineOf(at);
        text.append(replacement);
        replacement.chars().filter(c -> c == '\n').forEach(c -> lines.add(line));
    }

    /** The 1-based source line of {@code offset} in the source. */
    int lineOf(int offset) {
        int i = Arrays.binarySearch(sourceLineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** The 1-based source line that the built text's 1-based {@code line} came from. */
    int sourceLine(int line) {
        return lines.get(Math.max(0, Math.min(line, lines.size()) - 1));
    }

    String text() {
        return text.toString();
    }
}
