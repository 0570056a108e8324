package dev.tidings.feed;

import dev.tidings.content.Article;
import dev.tidings.content.Catalog;
import dev.tidings.math.MathMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One export's work, shared by the threads that do it: each document rendered and written, unless the record says the
 * previous export made it from the same inputs and its files are as that export left them; the formula images the
 * documents link to, collected for writing after them; an image the folder lost and no state folder holds is brought
 * back by rendering again one kept document that links to it ({@link #recover}). Thread-safe.
 */
final class ExportRun {
    private static final Logger log = LoggerFactory.getLogger(ExportRun.class);
    private final Feeds feeds;
    private final Catalog catalog;
    private final ExportFolder folder;
    private final ExportRecord record;
    private final Optional<Fingerprints> fingerprints;
    private final Set<String> images = new ConcurrentSkipListSet<>();
    /** For each image a kept document links to, one such document: its formulas are the image's only source. */
    private final Map<String, Linker> linkers = new ConcurrentHashMap<>();
    private final Set<String> missing = new ConcurrentSkipListSet<>();
    private final AtomicInteger rendered = new AtomicInteger();
    private final AtomicInteger reused = new AtomicInteger();

    /** @param fingerprints empty to reuse nothing */
    ExportRun(Feeds feeds, Catalog catalog, ExportFolder folder, ExportRecord record,
              Optional<Fingerprints> fingerprints) {
        this.feeds = feeds;
        this.catalog = catalog;
        this.folder = folder;
        this.record = record;
        this.fingerprints = fingerprints;
    }

    /** The subscription feed, then archive page 1, 2, … of one selection in one format. */
    void pages(MathMode math, Selection selection, FeedFormat format) {
        List<Article> selected = selection.select(catalog);
        Window newest = Window.newest(feeds.site().feedSize());
        for (int page = 0; ; page++) {
            Window window = page == 0 ? newest : Window.archive(page);
            if (page > 0 && page > Plans.pages(selected.size(), feeds.options().archiveSize())
                    || !document(math, selection, format, window, selected)) {
                return;
            }
        }
    }

    /** False if the document does not exist. */
    private boolean document(MathMode math, Selection selection, FeedFormat format, Window window,
                             List<Article> selected) {
        Optional<String> fingerprint = fingerprints.map(known -> known.document(feeds, catalog, format, selection,
                window, math, selected));
        Optional<ExportRecord.Kept> kept = fingerprint.flatMap(this::kept);
        if (kept.isPresent()) {
            if (!kept.get().linked().isEmpty()) {
                var linker = new Linker(math, selection, format, window, fingerprint.get());
                kept.get().linked().forEach(hash -> linkers.putIfAbsent(hash, linker));
            }
            return true;
        }
        return render(math, selection, format, window, fingerprint);
    }

    /** False if the document does not exist. */
    private boolean render(MathMode math, Selection selection, FeedFormat format, Window window,
                           Optional<String> fingerprint) {
        try {
            var feed = feeds.feed(format, selection, window, math);
            if (feed.isEmpty()) {
                return false;
            }
            rendered.incrementAndGet();
            String path = feeds.path(feed.get().self());
            byte[] identity = feed.get().identity();
            var linked = math == MathMode.IMAGES ? FormulaFiles.linked(identity) : Set.<String>of();
            images.addAll(linked);
            // A document with a failed formula is rendered again next time, not kept (FormulaFiles.failed); as TeX,
            // no formula is rendered.
            if (folder.document(path, feed.get(), identity) && fingerprint.isPresent()
                    && (math == MathMode.TEX || !FormulaFiles.failed(identity))) {
                record.made(fingerprint.get(), path, folder.file(path), folder.file(path + ".gz"), linked);
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document the previous export made from {@code fingerprint}, if its files are as it left them. */
    private Optional<ExportRecord.Kept> kept(String fingerprint) {
        Optional<ExportRecord.Kept> kept = record.unchanged(fingerprint, folder::file);
        kept.ifPresent(document -> {
            folder.keep(document.path());
            images.addAll(document.linked());
            reused.incrementAndGet();
        });
        return kept;
    }

    /**
     * A formula image's file: its name is its content's hash, so one the previous export left is kept as is. One that
     * is not there and that this process does not know (no state folder held it, no document rendered it) is left to
     * {@link #recover}.
     */
    void image(String hash) {
        String fingerprint = "formula image " + hash;
        if (fingerprints.isPresent() && kept(fingerprint).isPresent()) {
            return;
        }
        try {
            Optional<RenderedFeed> image = feeds.formulaImage(hash + ".svg");
            if (image.isPresent()) {
                String path = feeds.path(image.get().self());
                if (folder.document(path, image.get()) && fingerprints.isPresent()) {
                    record.made(fingerprint, path, folder.file(path), folder.file(path + ".gz"), Set.of());
                }
            } else {
                missing.add(hash);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the images {@link #image} could not: for each, renders again a kept document that links to it (which
     * renders its formulas, this one among them; one document usually brings back several), then writes the image.
     * After the documents and images, on one thread: it is rare, and each document rendered saves others.
     */
    void recover() {
        for (String hash : List.copyOf(missing)) {
            missing.remove(hash);
            Linker linker = linkers.get(hash);
            if (linker != null && feeds.formulaImage(hash + ".svg").isEmpty()) {
                reused.decrementAndGet();  // counted as kept, now rendered
                render(linker.math(), linker.selection(), linker.format(), linker.window(),
                        Optional.of(linker.fingerprint()));
            }
            image(hash);
        }
        if (!missing.isEmpty()) {
            log.warn("formula images linked to but not written, as no document renders them any more: {}", missing);
        }
    }

    /** A kept document, as {@link #document} was asked for it. */
    private record Linker(MathMode math, Selection selection, FeedFormat format, Window window, String fingerprint) {}

    /** The formula images the documents so far link to, by hash. */
    Set<String> images() {
        return images;
    }

    int rendered() {
        return rendered.get();
    }

    int reused() {
        return reused.get();
    }
}
