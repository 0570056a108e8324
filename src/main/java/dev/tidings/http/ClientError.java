package dev.tidings.http;

/** A request we cannot answer as asked: answered with its status and a one-line plain-text reason. */
final class ClientError extends RuntimeException {
    private final int status;

    ClientError(int status, String reason) {
        super(reason, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
