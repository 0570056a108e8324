package dev.tidings.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The temporary file behind article bodies: what a compaction keeps, and reads that nothing can break. */
final class BodyStoreTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);  // not a speed limit: a busy machine is slow

    private final BodyStore store = BodyStore.open(0);

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void compactionKeepsWhatIsLiveAndShrinksTheFile() {
        BodyStore.Slot a = append("A".repeat(1000));
        BodyStore.Slot b = append("B".repeat(5000));
        BodyStore.Slot c = append("文".repeat(700));
        assertThat(store.size()).isEqualTo(1000 + 5000 + 2100);

        assertThat(store.compactIfLarge(() -> List.of(c, a, c))).isTrue();
        assertThat(store.size()).as("only the live text is left").isEqualTo(1000 + 2100);
        assertThat(read(a)).isEqualTo("A".repeat(1000));
        assertThat(read(c)).isEqualTo("文".repeat(700));
        assertThatThrownBy(() -> read(b)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no longer stored");

        BodyStore.Slot d = append("D".repeat(300));
        assertThat(read(d)).as("appended after a compaction").isEqualTo("D".repeat(300));
        assertThat(store.compactIfLarge(() -> List.of(c, d))).as("3,400 bytes, not yet twice 3,100").isFalse();
        append("x".repeat(3000));
        assertThat(store.compactIfLarge(() -> List.of(c, d))).isTrue();
        assertThat(store.size()).isEqualTo(2100 + 300);
        assertThat(read(c)).isEqualTo("文".repeat(700));
        assertThat(read(d)).isEqualTo("D".repeat(300));
        assertThat(d.offset()).as("slots keep their offsets for ever").isGreaterThan(c.offset());
    }

    @Test
    void itCompactsOnlyOnceTheFileHasDoubledPastTheMargin() {
        try (BodyStore roomy = BodyStore.open(10_000)) {
            BodyStore.Slot kept = roomy.append("k".repeat(4000).getBytes(StandardCharsets.UTF_8), 0);
            assertThat(roomy.compactIfLarge(() -> { throw new AssertionError("asked for live slots too early"); }))
                    .isFalse();
            roomy.append("x".repeat(7000).getBytes(StandardCharsets.UTF_8), 0);
            assertThat(roomy.compactIfLarge(() -> List.of(kept))).as("11,000 bytes > 2 × 0 + 10,000").isTrue();
            assertThat(roomy.size()).isEqualTo(4000);
            roomy.append("y".repeat(17_000).getBytes(StandardCharsets.UTF_8), 0);
            assertThat(roomy.compactIfLarge(() -> List.of(kept))).as("21,000 bytes ≤ 2 × 4,000 + 10,000 + …")
                    .isTrue();
            roomy.append("z".repeat(100).getBytes(StandardCharsets.UTF_8), 0);
            assertThat(roomy.compactIfLarge(() -> List.of(kept))).as("4,100 bytes: not yet").isFalse();
        }
    }

    @Test
    void aFileWhoseTextIsAllInUseIsNotCopiedButWaitsForTheNextDoubling() {
        BodyStore.Slot a = append("A".repeat(1000));
        BodyStore.Slot b = append("B".repeat(2000));
        assertThat(store.compactIfLarge(() -> List.of(b, a))).as("the first load: everything is in use").isFalse();
        assertThat(store.size()).isEqualTo(3000);
        append("C".repeat(2000));
        assertThat(store.compactIfLarge(() -> { throw new AssertionError("asked before the file doubled"); }))
                .isFalse();
        append("D".repeat(1500));
        assertThat(store.compactIfLarge(() -> List.of(a))).as("6,500 bytes > 2 × 3,000").isTrue();
        assertThat(store.size()).isEqualTo(1000);
        assertThat(read(a)).isEqualTo("A".repeat(1000));
    }

    @Test
    void aCompactionThatFailsKeepsTheOldFileAndWaitsForTheNextDoubling() {
        BodyStore.Slot a = append("A".repeat(1000));
        append("G".repeat(500));
        var unknown = new BodyStore.Slot(1_000_000, 10);
        assertThat(store.compactIfLarge(() -> List.of(a, unknown))).isFalse();
        assertThat(store.size()).isEqualTo(1500);
        assertThat(read(a)).isEqualTo("A".repeat(1000));
        append("B".repeat(500));
        assertThat(store.compactIfLarge(() -> { throw new AssertionError("retried before the file doubled"); }))
                .isFalse();
        append("C".repeat(1500));
        assertThat(store.compactIfLarge(() -> List.of(a))).isTrue();
        assertThat(store.size()).isEqualTo(1000);
    }

    @Test
    void readsGoOnWhileTheStoreIsCompacted() throws Exception {
        var kept = new ArrayList<BodyStore.Slot>();
        for (int i = 0; i < 50; i++) {
            kept.add(append(text(i)));
        }
        var stop = new AtomicBoolean();
        ExecutorService readers = Executors.newFixedThreadPool(4);
        var results = new ArrayList<Future<Integer>>();
        var reads = new AtomicIntegerArray(4);
        for (int r = 0; r < 4; r++) {
            int reader = r;
            results.add(readers.submit(() -> {
                while (!stop.get()) {
                    int i = reads.get(reader) % kept.size();
                    assertThat(read(kept.get(i))).isEqualTo(text(i));
                    reads.incrementAndGet(reader);
                }
                return reads.get(reader);
            }));
        }
        int compactions = 0;
        // At least 200 rounds, and on until every reader has read meanwhile (or failed): on a busy machine a reader
        // may not even have started by the 200th.
        for (int round = 0; round < 200 || !everyoneRead(reads) && results.stream().noneMatch(Future::isDone);
                round++) {
            append("garbage ".repeat(2000));
            compactions += store.compactIfLarge(() -> kept) ? 1 : 0;
        }
        stop.set(true);
        readers.shutdown();
        assertThat(readers.awaitTermination(HANG_GUARD.toSeconds(), TimeUnit.SECONDS)).isTrue();
        for (Future<Integer> result : results) {
            assertThat(result.get()).as("reads by one reader").isPositive();
        }
        assertThat(compactions).isGreaterThan(10);
    }

    @Test
    void interruptsNeverBreakTheStore() throws Exception {
        BodyStore.Slot big = append("长".repeat(400_000));
        var failures = new CopyOnWriteArrayList<Throwable>();
        var reads = new Semaphore(0);  // a permit for each whole read
        var stop = new AtomicBoolean();
        Thread reader = new Thread(() -> {
            try {
                while (!stop.get()) {
                    assertThat(read(big)).hasSize(400_000);
                    reads.release();
                }
            } catch (Throwable e) {
                failures.add(e);
                reads.release();  // wakes the interrupter, which then sees the failure
            }
        });
        reader.start();
        try {
            // An interrupt closes the channel only if it lands inside a read. Each one waits for a whole read after
            // it, so the reader always gets on; they go on until one has landed there (and at least 200 of them).
            assertTimeoutPreemptively(HANG_GUARD, () -> {
                for (int i = 0; (i < 200 || store.reopened() == 0) && failures.isEmpty(); i++) {
                    reads.drainPermits();
                    reader.interrupt();
                    assertThat(reads.tryAcquire(HANG_GUARD.toSeconds(), TimeUnit.SECONDS))
                            .as("a whole read after interrupt " + i).isTrue();
                }
            });
        } finally {
            stop.set(true);
            reader.interrupt();
            reader.join(HANG_GUARD.toMillis());
        }
        assertThat(failures).isEmpty();
        assertThat(store.reopened()).as("interrupts that closed the channel mid-read").isPositive();
        Thread.currentThread().interrupt();
        try {
            assertThat(read(big)).as("read with an interrupt pending").hasSize(400_000);
            assertThat(Thread.currentThread().isInterrupted()).as("the interrupt is kept for the caller").isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(read(append("after"))).isEqualTo("after");
    }

    private BodyStore.Slot append(String text) {
        return store.append(text.getBytes(StandardCharsets.UTF_8), 0);
    }

    private String read(BodyStore.Slot slot) {
        return new String(store.read(slot.offset(), slot.length()), StandardCharsets.UTF_8);
    }

    private static boolean everyoneRead(AtomicIntegerArray reads) {
        for (int r = 0; r < reads.length(); r++) {
            if (reads.get(r) == 0) {
                return false;
            }
        }
        return true;
    }

    private static String text(int i) {
        return ("text " + i + " ").repeat(100 + i);
    }
}
