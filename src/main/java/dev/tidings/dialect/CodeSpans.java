package dev.tidings.dialect;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a Markdown text holds code — fenced code blocks and inline code spans — which no dialect interprets: code
 * stays code. Found the way CommonMark finds them, on the raw text (a fence may be indented or quoted, as in a list
 * item or a block quote). Immutable.
 */
public final class CodeSpans {
    private final int[] starts;
    private final int[] ends;

    private CodeSpans(List<int[]> ranges) {
        starts = ranges.stream().mapToInt(r -> r[0]).toArray();
        ends = ranges.stream().mapToInt(r -> r[1]).toArray();
    }

    public static CodeSpans of(String markdown) {
        List<int[]> ranges = new ArrayList<>();
        int lineStart = 0;
        int paragraphStart = 0;
        while (lineStart < markdown.length()) {
            int lineEnd = lineEnd(markdown, lineStart);
            java.util.Optional<Fence> opening = Fence.opening(markdown, lineStart, lineEnd);
            if (opening.isPresent()) {
                Fence fence = opening.get();
                inlineCode(markdown, paragraphStart, lineStart, ranges);
                int end = fence.closing(markdown, next(markdown, lineEnd));
                ranges.add(new int[] {lineStart, end});
                lineStart = next(markdown, end);
                paragraphStart = lineStart;
                continue;
            }
            if (markdown.substring(lineStart, lineEnd).isBlank()) {
                inlineCode(markdown, paragraphStart, lineStart, ranges);
                paragraphStart = next(markdown, lineEnd);
            }
            lineStart = next(markdown, lineEnd);
        }
        inlineCode(markdown, paragraphStart, markdown.length(), ranges);
        ranges.sort((a, b) -> Integer.compare(a[0], b[0]));
        return new CodeSpans(ranges);
    }

    /** Whether the character at {@code offset} is inside code. */
    public boolean contains(int offset) {
        int i = java.util.Arrays.binarySearch(starts, offset);
        int at = i >= 0 ? i : -i - 2;
        return at >= 0 && offset < ends[at];
    }

    /** The end of the code range holding {@code offset}, or {@code offset} when it is not in code. */
    public int skip(int offset) {
        int i = java.util.Arrays.binarySearch(starts, offset);
        int at = i >= 0 ? i : -i - 2;
        return at >= 0 && offset < ends[at] ? ends[at] : offset;
    }

    /** Inline code spans of the paragraph text between {@code from} and {@code to}: a backtick run to the next of its length. */
    private static void inlineCode(String text, int from, int to, List<int[]> ranges) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < to) {
                i += 2;
                continue;
            }
            if (c != '`') {
                i++;
                continue;
            }
            int run = runLength(text, i, to, '`');
            int close = closingRun(text, i + run, to, run);
            if (close < 0) {
                i += run;  // no closing run: the backticks are text
                continue;
            }
            ranges.add(new int[] {i, close + run});
            i = close + run;
        }
    }

    private static int closingRun(String text, int from, int to, int length) {
        int i = from;
        while (i < to) {
            if (text.charAt(i) == '`') {
                int run = runLength(text, i, to, '`');
                if (run == length) {
                    return i;
                }
                i += run;
            } else {
                i++;
            }
        }
        return -1;
    }

    private static int runLength(String text, int from, int to, char c) {
        int i = from;
        while (i < to && text.charAt(i) == c) {
            i++;
        }
        return i - from;
    }

    static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    static int next(String text, int lineEnd) {
        return Math.min(text.length(), lineEnd + 1);
    }

    /** An opening code fence: its character, its length and what comes before it on its line (list indent, quotes). */
    private record Fence(char c, int length) {
        static java.util.Optional<Fence> opening(String text, int lineStart, int lineEnd) {
            int i = lineStart;
            while (i < lineEnd && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '>')) {
                i++;
            }
            if (i >= lineEnd || (text.charAt(i) != '`' && text.charAt(i) != '~')) {
                return java.util.Optional.empty();
            }
            char c = text.charAt(i);
            int run = runLength(text, i, lineEnd, c);
            if (run < 3 || (c == '`' && text.substring(i + run, lineEnd).indexOf('`') >= 0)) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new Fence(c, run));
        }

        /** Where the fenced block ends: the end of its closing line, or of the text when it is never closed. */
        int closing(String text, int from) {
            int lineStart = from;
            while (lineStart < text.length()) {
                int lineEnd = lineEnd(text, lineStart);
                String line = text.substring(lineStart, lineEnd).replaceFirst("^[ \\t>]*", "");
                int run = runLength(line, 0, line.length(), c);
                if (run >= length && line.substring(run).isBlank()) {
                    return lineEnd;
                }
                lineStart = next(text, lineEnd);
            }
            return text.length();
        }
    }
}
