package dev.tidings.feed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder an export writes to: each file written only if its bytes changed (compared first, so that an unchanged
 * file keeps its time, for rsync and CDNs), atomically; the list of what this export holds ({@value #MANIFEST}), and
 * the removal of what an earlier export wrote that this one did not. Thread-safe: documents are written from every
 * core.
 */
final class ExportFolder {
    static final String MANIFEST = ".tidings-export";
    private static final Logger log = LoggerFactory.getLogger(ExportFolder.class);

    private final Path out;
    private final Set<String> held = new ConcurrentSkipListSet<>();
    private final AtomicInteger changed = new AtomicInteger();

    ExportFolder(Path out) {
        this.out = out;
    }

    Path root() {
        return out;
    }

    /** The plain bytes at {@code path}, and the gzip bytes next to it; false if the path cannot be a file below. */
    boolean document(String path, RenderedFeed feed) throws IOException {
        return document(path, feed, feed.identity());
    }

    /** The same, with the plain bytes already inflated. */
    boolean document(String path, RenderedFeed feed, byte[] identity) throws IOException {
        if (put(path, identity)) {
            put(path + ".gz", feed.gzip());
            return true;
        }
        return false;
    }

    /** The document at {@code path} and its gzip twin stay as an earlier export wrote them, from the same inputs. */
    void keep(String path) {
        held.add(out.relativize(file(path)).toString());
        held.add(out.relativize(file(path + ".gz")).toString());
    }

    /** The file {@code path} names below the folder, unless the name would leave it (a tag named ".."). */
    Path file(String path) {
        Path target = out.resolve(path).normalize();
        return !target.startsWith(out) || target.equals(out) || path.contains("\\") ? out : target;
    }

    /** How many files this export holds; how many of them it wrote (new, or with other bytes than before). */
    int held() {
        return held.size();
    }

    int changed() {
        return changed.get();
    }

    /** Writes {@code bytes} to {@code path} below the folder, unless they are there already. */
    private boolean put(String path, byte[] bytes) throws IOException {
        Path target = file(path);
        if (target.equals(out)) {
            log.warn("not exporting {}: its name cannot be a file below {}", path, out);
            return false;
        }
        Files.createDirectories(target.getParent());
        held.add(out.relativize(target).toString());
        if (hasLength(target, bytes.length) && Arrays.equals(Files.readAllBytes(target), bytes)) {
            return true;  // unchanged: leave the file (and its time) alone
        }
        Path temporary = Files.createTempFile(target.getParent(), ".export-", ".tmp");
        Files.write(temporary, bytes);
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        changed.incrementAndGet();
        return true;
    }

    /** Removes what the last export's list holds and this one does not, then writes this one's list. */
    int finish() throws IOException {
        int removed = removeStale();
        Files.write(out.resolve(MANIFEST), List.copyOf(held), StandardCharsets.UTF_8);
        return removed;
    }

    private int removeStale() throws IOException {
        Path manifest = out.resolve(MANIFEST);
        if (!Files.exists(manifest)) {
            return 0;
        }
        int removed = 0;
        var folders = new TreeSet<Path>(Comparator.comparingInt(Path::getNameCount).reversed()
                .thenComparing(Comparator.naturalOrder()));
        for (String previous : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            Path file = out.resolve(previous).normalize();
            if (!held.contains(previous) && file.startsWith(out) && Files.deleteIfExists(file)) {
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

    private static boolean hasLength(Path file, int length) {
        try {
            return Files.size(file) == length;
        } catch (IOException e) {
            return false;  // not there (yet)
        }
    }
}
