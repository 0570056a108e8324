package dev.tidings.feed;

import dev.tidings.content.Article;
import dev.tidings.content.Catalog;
import dev.tidings.math.MathMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Writes every document the server would serve — each feed in each format, every archive page, each again with formulas
 * as images (below {@value FeedOptions#IMAGES}) and the images they link to ({@code formulas/<hash>.svg}), the feed
 * list and the OPML — as files with gzip twins, byte for byte what {@code serve} answers, for nginx's
 * {@code gzip_static} or any static host. Files are named by their decoded URL paths. Documents render on every core;
 * a file whose bytes did not change is not written again, and a document whose inputs did not change since the last
 * export to the folder (its record, {@value ExportRecord#FILE}) is not even rendered. Files a previous export wrote that
 * no longer exist are removed (the list is kept in {@value ExportFolder#MANIFEST}); nothing else in the folder is
 * touched.
 */
public final class Export {
    /**
     * What an export did.
     *
     * @param written  the files the export holds
     * @param changed  of those, the files written this time (new, or with other bytes than before)
     * @param removed  files of the previous export that are gone
     * @param rendered documents rendered
     * @param reused   documents whose inputs and files were as the previous export left them, so not rendered
     */
    public record Result(int written, int changed, int removed, int rendered, int reused) {}

    /** Renders every document, and compares each file with what the folder holds before writing it. */
    public static Result write(Feeds feeds, Path folder) {
        return write(feeds, folder, article -> "", "");
    }

    /**
     * The same, reusing what the previous export to {@code folder} made from the same inputs.
     *
     * @param text     an article's body as written
     * @param settings everything but the articles that the documents depend on (the settings, the program), as text;
     *                 empty to reuse nothing
     */
    public static Result write(Feeds feeds, Path folder, Function<Article, String> text, String settings) {
        Path out = folder.toAbsolutePath().normalize();
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            var thread = new Thread(task, "tidings-export");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Files.createDirectories(out);
            Catalog catalog = feeds.catalog();
            var folderOut = new ExportFolder(out);
            var record = settings.isEmpty() ? ExportRecord.none() : ExportRecord.read(out);
            var run = new ExportRun(feeds, catalog, folderOut, record, settings.isEmpty() ? Optional.empty()
                    : Optional.of(Fingerprints.of(catalog, text, settings, feeds.options().archiveSize())));
            var tasks = new ArrayList<Future<?>>();
            var selections = new ArrayList<>(feeds.selections(catalog));
            // The largest first, so that no core is left with a long one at the end.
            selections.sort(Comparator.comparingInt((Selection s) -> s.select(catalog).size()).reversed());
            for (MathMode math : variants(feeds.options().math())) {
                for (Selection selection : selections) {
                    for (FeedFormat format : FeedFormat.values()) {
                        tasks.add(pool.submit(() -> run.pages(math, selection, format)));
                    }
                }
            }
            await(tasks);
            for (String hash : run.images()) {
                tasks.add(pool.submit(() -> run.image(hash)));
            }
            await(tasks);
            run.recover();
            // The list without its search forms: no server stands behind a static export to answer them.
            folderOut.document("index.html", feeds.exportedListPage());
            folderOut.document("feeds.opml", feeds.opml());
            int removed = folderOut.finish();
            record.write(out);
            return new Result(folderOut.held(), folderOut.changed(), removed, run.rendered(), run.reused());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export to " + out, e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The site's way with formulas, and images too, unless that is the site's way. */
    private static List<MathMode> variants(MathMode site) {
        return site == MathMode.IMAGES ? List.of(site) : List.of(site, MathMode.IMAGES);
    }

    private static void await(List<Future<?>> tasks) throws IOException {
        try {
            for (Future<?> task : tasks) {
                task.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while exporting", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
        tasks.clear();
    }

    private Export() {}
}
