package dev.tidings.content;

/**
 * A file in the collection that could not be used. The message starts with {@code path:line:} — the path relative to
 * the collection root with {@code /} separators, the line 1-based — then says what is wrong and what was expected.
 */
public final class ContentException extends RuntimeException {
    private final String path;
    private final int line;

    public ContentException(String path, int line, String problem) {
        super(path + ":" + line + ": " + problem, null, false, false);  // a report, not a bug: no stack trace
        this.path = path;
        this.line = line;
    }

    public String path() {
        return path;
    }

    public int line() {
        return line;
    }
}
