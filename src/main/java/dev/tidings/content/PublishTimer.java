package dev.tidings.content;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Wakes the library when a scheduled article comes due, so that it goes live with no file having changed and no
 * request having to notice. One daemon thread, started when the first article is scheduled. A wake-up more than a day
 * away is taken in steps of a day, so that a clock that is set right meanwhile is followed. Thread-safe.
 */
final class PublishTimer implements AutoCloseable {
    private final Clock clock;
    private ScheduledExecutorService timer;  // guarded by this

    PublishTimer(Clock clock) {
        this.clock = clock;
    }

    /** Runs {@code task} at {@code when} (or a day from now, whichever is sooner); nothing for {@link Instant#MAX}. */
    synchronized void at(Instant when, Runnable task) {
        if (when.equals(Instant.MAX)) {
            return;
        }
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
                var thread = new Thread(runnable, "tidings-publish");
                thread.setDaemon(true);
                return thread;
            });
        }
        long delay = Math.max(0, Duration.between(clock.instant(), when).toMillis()) + 1;
        timer.schedule(task, Math.min(delay, TimeUnit.DAYS.toMillis(1)), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
