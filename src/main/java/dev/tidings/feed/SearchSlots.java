package dev.tidings.feed;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How many searches may work at once — find their articles and render their document — so that however many clients
 * search, the other feeds keep a core to be answered on: one less than the cores (at least one). The others wait their
 * turn, in order, but not for long and not in numbers: a search that finds {@value #WAITING_PER_SLOT} others per slot
 * waiting already, or gets no slot within {@link #WAIT}, is refused ({@link SearchBusy}), so that a flood of searches
 * cannot hold every server thread. Thread-safe.
 */
final class SearchSlots {
    /**
     * An indexed search takes milliseconds, so a slot frees hundreds of times in this wait; one that still finds none is
     * in a flood (or behind searches that read every article, before the index is ready), and its reader is better
     * told to come back than kept hanging on a thread the feeds need.
     */
    static final Duration WAIT = Duration.ofSeconds(2);
    static final int WAITING_PER_SLOT = 16;

    private final Semaphore slots;
    private final int mostWaiting;
    private final Duration wait;
    private final AtomicInteger waiting = new AtomicInteger();
    private final Counter refused;

    /** @param mostWaiting how many searches may wait for a slot; {@code wait}, how long each may */
    SearchSlots(int slots, int mostWaiting, Duration wait, MeterRegistry registry) {
        this.slots = new Semaphore(slots, true);
        this.mostWaiting = mostWaiting;
        this.wait = wait;
        this.refused = Counter.builder("tidings.search.refused")
                .description("Searches answered 503: no slot free within the wait, or too many waiting already")
                .register(registry);
    }

    /** Publishes {@code tidings.search.refused}. */
    static SearchSlots forCores(MeterRegistry registry) {
        int slots = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        return new SearchSlots(slots, slots * WAITING_PER_SLOT, WAIT, registry);
    }

    /**
     * {@code work}'s result, given the slot a search takes when its work first needs one (a document already cached
     * needs none) and keeps until {@code work} returns: a search finds its articles and renders their document in one
     * slot, waiting for it at most once. Anything but a search runs at once.
     *
     * @throws SearchBusy if it is a search that gets no slot
     */
    <T> T holding(Window window, Function<Slot, T> work) {
        var slot = new Slot(window instanceof Window.Newest newest && !newest.query().isEmpty());
        try {
            return work.apply(slot);
        } finally {
            slot.release();
        }
    }

    /** How many searches wait for a slot now. */
    int waiting() {
        return waiting.get();
    }

    /** One request's slot, taken at its first {@link #run}. Used by that request's thread only. */
    final class Slot {
        private final boolean search;
        private boolean held;

        private Slot(boolean search) {
            this.search = search;
        }

        /** {@code work}'s result, once the slot is held if this is a search. */
        <T> T run(Supplier<T> work) {
            if (search && !held) {
                acquire();
                held = true;
            }
            return work.get();
        }

        private void release() {
            if (held) {
                held = false;
                slots.release();
            }
        }
    }

    private void acquire() {
        try {
            if (slots.tryAcquire(0, TimeUnit.MILLISECONDS)) {  // timed, so that it keeps the order: no barging
                return;
            }
            if (waiting.incrementAndGet() <= mostWaiting) {
                try {
                    if (slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                        return;
                    }
                } finally {
                    waiting.decrementAndGet();
                }
            } else {
                waiting.decrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();  // the server stops: no slot, and no use waiting for one
        }
        refused.increment();
        throw new SearchBusy(Math.max(1, wait.toSeconds()));
    }
}
