package dev.tidings.content;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The library's meters: the current catalog's size, problems and version, the folder's health
 * ({@code tidings.catalog.*}), the time of each load ({@code tidings.reload}) and the files it parsed again
 * ({@code tidings.reload.files.parsed}).
 */
final class LibraryMeters {
    private final Timer reloads;
    private final Counter parsedFiles;

    LibraryMeters(MeterRegistry registry, Supplier<Catalog> catalog, Supplier<Health> health) {
        this.reloads = Timer.builder("tidings.reload").description("Loading changes into a new catalog")
                .register(registry);
        this.parsedFiles = Counter.builder("tidings.reload.files.parsed").description("Files parsed again on changes")
                .register(registry);
        Gauge.builder("tidings.catalog.articles", () -> catalog.get().articles().size())
                .description("Published articles in the current catalog").register(registry);
        Gauge.builder("tidings.catalog.problems", () -> catalog.get().problems().size())
                .description("Files the current catalog left out or warned about").register(registry);
        Gauge.builder("tidings.catalog.version", () -> catalog.get().version())
                .description("Catalogs loaded since start").register(registry);
        Gauge.builder("tidings.catalog.healthy", () -> health.get().ok() ? 1 : 0)
                .description("1 while the content folder is readable, else 0").register(registry);
    }

    /** A load that made a new catalog. */
    void loaded(long nanos, int parsed) {
        reloads.record(nanos, TimeUnit.NANOSECONDS);
        parsedFiles.increment(parsed);
    }
}
