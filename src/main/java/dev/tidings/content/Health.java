package dev.tidings.content;

/**
 * Whether the collection folder could be read the last time it was looked at: {@code ok}, or degraded with the
 * reason (the folder cannot be read and the last good catalog is served).
 */
public record Health(boolean ok, String reason) {
    static final Health OK = new Health(true, "");
}
