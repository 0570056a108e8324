package dev.tidings.feed;

import dev.tidings.content.Article;
import dev.tidings.content.Catalog;
import dev.tidings.math.MathMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One export's work, shared by the threads that do it: each document rendered and written, unless the record says the
 * previous export made it from the same inputs and its files are as that export left them; the formula images the
 * documents link to, collected for writing after them. Thread-safe.
 */
final class ExportRun {
    private final Feeds feeds;
    private final Catalog catalog;
    private final ExportFolder folder;
    private final ExportRecord record;
    private final Optional<Fingerprints> fingerprints;
    private final Set<String> images = new ConcurrentSkipListSet<>();
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
        try {
            if (fingerprint.isPresent() && kept(fingerprint.get())) {
                return true;
            }
            var feed = feeds.feed(format, selection, window, math);
            if (feed.isEmpty()) {
                return false;
            }
            rendered.incrementAndGet();
            String path = feeds.path(feed.get().self());
            byte[] identity = feed.get().identity();
            var linked = math == MathMode.IMAGES ? FormulaFiles.linked(identity) : Set.<String>of();
            images.addAll(linked);
            // A formula that could not be rendered may have failed for the engine's sake (out of memory, say), not
            // the formula's: such a document is rendered again next time, not kept.
            if (folder.document(path, feed.get(), identity) && fingerprint.isPresent() && !mathError(identity)) {
                record.made(fingerprint.get(), path, folder.file(path), folder.file(path + ".gz"), linked);
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the previous export made the document from {@code fingerprint}, and its files are as it left them. */
    private boolean kept(String fingerprint) {
        Optional<ExportRecord.Kept> kept = record.unchanged(fingerprint, folder::file);
        kept.ifPresent(document -> {
            folder.keep(document.path());
            images.addAll(document.linked());
            reused.incrementAndGet();
        });
        return kept.isPresent();
    }

    /** A formula image's file: its name is its content's hash, so one the previous export left is kept as is. */
    void image(String hash) {
        String fingerprint = "formula image " + hash;
        if (fingerprints.isPresent() && kept(fingerprint)) {
            return;
        }
        try {
            Optional<RenderedFeed> image = feeds.formulaImage(hash + ".svg");
            if (image.isPresent()) {
                String path = feeds.path(image.get().self());
                if (folder.document(path, image.get()) && fingerprints.isPresent()) {
                    record.made(fingerprint, path, folder.file(path), folder.file(path + ".gz"), Set.of());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean mathError(byte[] document) {
        return new String(document, StandardCharsets.UTF_8).contains("math-error");
    }

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
