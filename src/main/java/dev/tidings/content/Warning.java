package dev.tidings.content;

/**
 * Something a stage of the body pipeline could not do for an article, where it was in the file: a formula it could not
 * render, a body it could not show. Data, not a log line: {@code check} prints it, {@code serve} logs it once.
 *
 * @param path the collection-relative path of the file
 * @param line 1-based, in the file (front matter included)
 */
public record Warning(String path, int line, String message) {
    /** {@code posts/a.md:12: warning: the formula …}: how check prints it and serve logs it. */
    @Override
    public String toString() {
        return path + ":" + line + ": warning: " + message;
    }
}
