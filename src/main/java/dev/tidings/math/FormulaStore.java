package dev.tidings.math;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rendered formulas kept in the state folder: read once at start; saved a few seconds after new ones were rendered
 * (so a burst of renders is written once) and at close, merged with what other processes on the same folder kept
 * meanwhile, within the same bound as the memory cache. Never fatal: a file that cannot be read is rendered anew, a
 * folder that cannot be written is reported once. Thread-safe.
 */
final class FormulaStore {
    private static final Logger log = LoggerFactory.getLogger(FormulaStore.class);
    private static final Duration SAVE_AFTER = Duration.ofSeconds(5);
    /** Saves, and the engine's delayed start: one daemon thread, since close() saves what is left. */
    static final Executor BACKGROUND = Executors.newSingleThreadExecutor(task -> {
        var thread = new Thread(task, "tidings-formulas");
        thread.setDaemon(true);
        return thread;
    });

    private final FormulaFile file;
    private final long weightBound;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private long savedAt;  // the render count at the last save; guarded by this
    private volatile long lastSaveMillis;  // how long the last save took
    private boolean unwritable;  // guarded by this

    /** @param weightBound the most it keeps, weighed as the memory cache weighs */
    FormulaStore(Path folder, long weightBound) {
        this(new FormulaFile(folder), weightBound);
    }

    FormulaStore(FormulaFile file, long weightBound) {
        this.file = file;
        this.weightBound = weightBound;
    }

    /** What an earlier run kept; nothing if there is no file, or one that cannot be read (said in a warning). */
    Map<FormulaKey, RenderedFormula> load() {
        try {
            Map<FormulaKey, RenderedFormula> formulas = file.read();
            if (!formulas.isEmpty()) {
                log.info("read {} rendered formulas from {}", formulas.size(), file.path());
            }
            return formulas;
        } catch (FormulaFile.Unreadable e) {
            log.warn("Ignoring {}: {}; the formulas will be rendered again and kept anew", file.path(), e.getMessage());
            return Map.of();
        }
    }

    /**
     * Writes {@code formulas}, and what the file holds that they do not (another process's), if {@code rendered} —
     * the count of formulas rendered so far, read before the formulas were — moved since the last save.
     */
    synchronized void save(Map<FormulaKey, RenderedFormula> formulas, long rendered) {
        if (rendered == savedAt) {
            return;
        }
        long begun = System.nanoTime();
        var kept = new LinkedHashMap<>(formulas);
        try {
            long room = weightBound - weight(kept);
            for (var entry : readQuietly().entrySet()) {
                if (room <= 0) {
                    break;
                }
                if (kept.putIfAbsent(entry.getKey(), entry.getValue()) == null) {
                    room -= RenderedFormula.weight(entry.getKey(), entry.getValue());
                }
            }
            file.write(kept);
            log.debug("kept {} rendered formulas in {}", kept.size(), file.path());
        } catch (UncheckedIOException e) {
            if (!unwritable) {  // said once: every later save would say the same
                log.warn("Cannot keep rendered formulas in {} ({}); they will be rendered again after a restart",
                        file.path(), e.getCause().toString());
            }
            unwritable = true;
        }
        savedAt = rendered;  // after a failure too: the next new formula tries again, not every render
        lastSaveMillis = (System.nanoTime() - begun) / 1_000_000;
    }

    /**
     * {@link #save} in a few seconds (or ten times as long as the last save took, so that saving a large file never
     * takes more than a tenth of a core), with what {@code formulas} and {@code rendered} say then, unless one is due.
     */
    void saveSoon(Supplier<Map<FormulaKey, RenderedFormula>> formulas, LongSupplier rendered) {
        if (scheduled.compareAndSet(false, true)) {
            long delay = Math.max(SAVE_AFTER.toMillis(), 10 * lastSaveMillis);
            CompletableFuture.delayedExecutor(delay, TimeUnit.MILLISECONDS, BACKGROUND).execute(() -> {
                scheduled.set(false);
                long count = rendered.getAsLong();  // before the formulas: a formula is counted once it is cached
                save(formulas.get(), count);
            });
        }
    }

    private Map<FormulaKey, RenderedFormula> readQuietly() {
        try {
            return file.read();
        } catch (FormulaFile.Unreadable e) {
            return Map.of();  // it is about to be replaced
        }
    }

    private static long weight(Map<FormulaKey, RenderedFormula> formulas) {
        long total = 0;
        for (var entry : formulas.entrySet()) {
            total += RenderedFormula.weight(entry.getKey(), entry.getValue());
        }
        return total;
    }
}
