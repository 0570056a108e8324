package dev.tidings.feed;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * How many searches may work at once — find their articles and render their document — so that however many clients
 * search, the other feeds keep a core to be answered on: one less than the cores (at least one). The others wait their
 * turn, in order. Thread-safe.
 */
final class SearchSlots {
    private final Semaphore slots;

    SearchSlots(int slots) {
        this.slots = new Semaphore(slots, true);
    }

    static SearchSlots forCores() {
        return new SearchSlots(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
    }

    /** {@code work}'s result, in a slot if {@code window} is a search; at once otherwise. */
    <T> T run(Window window, Supplier<T> work) {
        if (!(window instanceof Window.Newest newest) || newest.query().isEmpty()) {
            return work.get();
        }
        slots.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }
}
