package dev.tidings.feed;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one task per item on every core: the caller's thread and one more thread per other core take items in turn. For
 * work that analyses text (a whole collection indexed at start); a few items are done on the caller's thread alone.
 */
final class Parallel {
    private static final int ALONE = 64;  // fewer items than this are not worth starting threads for

    /** An action on one item that may fail with an {@link IOException}. */
    interface Task<T> {
        void run(T item) throws IOException;
    }

    /** Runs {@code task} on each of {@code items}; the first failure stops every thread and is thrown. */
    static <T> void each(List<T> items, Task<T> task) throws IOException {
        int threads = items.size() < ALONE ? 1 : Runtime.getRuntime().availableProcessors();
        var cursor = new AtomicInteger();
        var failure = new AtomicReference<Throwable>();
        Runnable work = () -> {
            for (int i = cursor.getAndIncrement(); i < items.size() && failure.get() == null;
                 i = cursor.getAndIncrement()) {
                try {
                    task.run(items.get(i));
                } catch (IOException | RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        var helpers = new ArrayList<Thread>();
        for (int i = 1; i < threads; i++) {
            var thread = new Thread(work, Thread.currentThread().getName() + "-" + i);
            thread.setDaemon(true);
            thread.setPriority(Thread.currentThread().getPriority());
            thread.start();
            helpers.add(thread);
        }
        work.run();
        for (Thread helper : helpers) {
            try {
                helper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure.compareAndSet(null, e);
            }
        }
        Throwable first = failure.get();
        if (first instanceof IOException e) {
            throw e;
        }
        if (first instanceof RuntimeException e) {
            throw e;
        }
        if (first instanceof Error e) {
            throw e;
        }
        if (first != null) {
            throw new IllegalStateException("interrupted while indexing", first);
        }
    }

    private Parallel() {}
}
