package dev.tidings.feed;

/**
 * A search refused because too many are running and waiting already: the server answers 503 with
 * {@code Retry-After}. Other feeds are never refused.
 */
public final class SearchBusy extends RuntimeException {
    private final long retryAfterSeconds;

    SearchBusy(long retryAfterSeconds) {
        super("Too many searches at once; please try again in a few seconds.", null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
