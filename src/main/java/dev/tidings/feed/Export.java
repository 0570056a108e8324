package dev.tidings.feed;

import dev.tidings.content.Catalog;
import dev.tidings.math.MathMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes every document the server would serve — each feed in each format, every archive page, each again with formulas
 * as images (below {@value FeedOptions#IMAGES}) and the images they link to ({@code formulas/<hash>.svg}), the feed
 * list and the OPML — as files with gzip twins, byte for byte what {@code serve} answers, for nginx's
 * {@code gzip_static} or any static host. Files are named by their decoded URL paths. Files a previous export wrote
 * that no longer exist are removed (the list is kept in {@value #MANIFEST}); nothing else in the folder is touched.
 */
public final class Export {
    static final String MANIFEST = ".tidings-export";
    private static final Logger log = LoggerFactory.getLogger(Export.class);

    /** What an export did. */
    public record Result(int written, int removed) {}

    public static Result write(Feeds feeds, Path folder) {
        Path out = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(out);
            Catalog catalog = feeds.catalog();
            var written = new TreeSet<String>();
            var images = new TreeSet<String>();
            for (MathMode math : variants(feeds.options().math())) {
                for (Selection selection : feeds.selections(catalog)) {
                    for (FeedFormat format : FeedFormat.values()) {
                        Window newest = Window.newest(feeds.site().feedSize());
                        for (int page = 0; ; page++) {  // the subscription feed, then archive page 1, 2, …
                            var feed = feeds.feed(format, selection, page == 0 ? newest : Window.archive(page), math);
                            if (feed.isEmpty()) {
                                break;
                            }
                            document(out, feeds.path(feed.get().self()), feed.get(), written);
                            if (math == MathMode.IMAGES) {
                                images.addAll(FormulaFiles.linked(feed.get().identity()));
                            }
                        }
                    }
                }
            }
            for (String hash : images) {
                Optional<RenderedFeed> image = feeds.formulaImage(hash + ".svg");
                if (image.isPresent()) {
                    document(out, feeds.path(image.get().self()), image.get(), written);
                }
            }
            // The list without its search forms: no server stands behind a static export to answer them.
            document(out, "index.html", feeds.exportedListPage(), written);
            document(out, "feeds.opml", feeds.opml(), written);
            int removed = removeStale(out, written);
            Files.write(out.resolve(MANIFEST), List.copyOf(written), StandardCharsets.UTF_8);
            return new Result(written.size(), removed);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export to " + out, e);
        }
    }

    /** The site's way with formulas, and images too, unless that is the site's way. */
    private static List<MathMode> variants(MathMode site) {
        return site == MathMode.IMAGES ? List.of(site) : List.of(site, MathMode.IMAGES);
    }

    /** The plain bytes at {@code path}, and the gzip bytes next to it. */
    private static void document(Path out, String path, RenderedFeed feed, TreeSet<String> written) throws IOException {
        if (put(out, path, feed.identity(), written)) {
            put(out, path + ".gz", feed.gzip(), written);
        }
    }

    /** Writes {@code bytes} to {@code path} below {@code out}, unless the path would leave it (a tag named ".."). */
    private static boolean put(Path out, String path, byte[] bytes, TreeSet<String> written) throws IOException {
        Path target = out.resolve(path).normalize();
        if (!target.startsWith(out) || target.equals(out) || path.contains("\\")) {
            log.warn("not exporting {}: its name cannot be a file below {}", path, out);
            return false;
        }
        Files.createDirectories(target.getParent());
        if (Files.exists(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
            written.add(out.relativize(target).toString());
            return true;  // unchanged: leave the file (and its time) alone, for rsync and CDNs
        }
        Path temporary = Files.createTempFile(target.getParent(), ".export-", ".tmp");
        Files.write(temporary, bytes);
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        written.add(out.relativize(target).toString());
        return true;
    }

    private static int removeStale(Path out, TreeSet<String> written) throws IOException {
        Path manifest = out.resolve(MANIFEST);
        if (!Files.exists(manifest)) {
            return 0;
        }
        int removed = 0;
        var folders = new TreeSet<Path>(Comparator.comparingInt(Path::getNameCount).reversed()
                .thenComparing(Comparator.naturalOrder()));
        for (String previous : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            Path file = out.resolve(previous).normalize();
            if (!written.contains(previous) && file.startsWith(out) && Files.deleteIfExists(file)) {
                removed++;
                folders.add(file.getParent());
            }
        }
        for (Path folder : folders) {  // folders the removals emptied, deepest first
            for (Path at = folder; at.startsWith(out) && !at.equals(out) && Files.isDirectory(at); at = at.getParent()) {
                try (var entries = Files.list(at)) {
                    if (entries.findAny().isPresent()) {
                        break;
                    }
                }
                Files.delete(at);
            }
        }
        return removed;
    }

    private Export() {}
}
