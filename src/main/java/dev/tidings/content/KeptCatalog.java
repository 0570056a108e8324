package dev.tidings.content;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What parsing gave for each article file, kept in the state folder so that a start parses only the files that changed
 * while the server was down: a file whose size and content checksum equal what was kept gets its article back (its
 * body copied into the new {@link BodyStore}), any other file is parsed. Everything but the files that decides what
 * parsing gives (the settings, the site's configuration, the program itself) is one fingerprint: kept articles of
 * other settings or another version are never used. A missing, foreign or damaged file is simply not used.
 * Thread-safe: parses on every core ask it at once.
 */
final class KeptCatalog {
    private static final Logger log = LoggerFactory.getLogger(KeptCatalog.class);
    private static final String FORMAT = "tidings kept catalog 1";

    /** One file's article as parsing gave it; the source's offset is the old body store's and is not used. */
    record Kept(String path, long size, long crc, Article article) {}

    private final Optional<Path> file;
    private final String fingerprint;
    private final Executor writer;
    private final Map<String, Kept> kept;
    private final int available;  // how many were kept, taken or not
    private final AtomicInteger taken = new AtomicInteger();
    private volatile boolean forgotten;
    private volatile CompletableFuture<Void> saving = CompletableFuture.completedFuture(null);

    /** @param settings everything but the files that parsing depends on, as text (kept as its SHA-256) */
    private KeptCatalog(Optional<Path> file, String settings, Executor writer, Map<String, Kept> kept) {
        this.file = file;
        this.fingerprint = sha256(settings);
        this.writer = writer;
        this.kept = new ConcurrentHashMap<>(kept);
        this.available = kept.size();
    }

    /** Nothing kept, and nothing to keep: parse every file (tests, {@code state_dir: none}). */
    static KeptCatalog none() {
        return new KeptCatalog(Optional.empty(), "", Runnable::run, Map.of());
    }

    /**
     * What {@code file} keeps for {@code settings}: nothing if it is missing, of other settings, or damaged.
     *
     * @param writer where the file is written again after a scan (not on the path to the first feed)
     */
    static KeptCatalog read(Path file, String settings, Executor writer) {
        if (!Files.isRegularFile(file)) {
            return new KeptCatalog(Optional.of(file), settings, writer, Map.of());
        }
        String fingerprint = sha256(settings);
        var kept = new HashMap<String, Kept>();
        try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!in.readUTF().equals(FORMAT) || !in.readUTF().equals(fingerprint)) {
                log.info("the articles kept in {} are of other settings or another version: every file is parsed",
                        file);
                return new KeptCatalog(Optional.of(file), settings, writer, Map.of());
            }
            var codec = new ArticleCodec();
            for (int i = in.readInt(); i > 0; i--) {
                var entry = new Kept(in.readUTF(), in.readLong(), in.readLong(), codec.read(in));
                kept.put(entry.path(), entry);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("cannot use the articles kept in {} ({}): every file is parsed", file, e.toString());
            return new KeptCatalog(Optional.of(file), settings, writer, Map.of());
        }
        return new KeptCatalog(Optional.of(file), settings, writer, kept);
    }

    /**
     * The kept article of the file at {@code path} if the file still holds the bytes it was parsed from, its body
     * appended to {@code store} from {@code bytes}; once per path (it is forgotten when taken).
     */
    Optional<Article> take(String path, byte[] bytes, long crc, BodyStore store) {
        Kept entry = kept.remove(path);
        if (entry == null || entry.size() != bytes.length || entry.crc() != crc
                || entry.article().source().length() > bytes.length) {
            return Optional.empty();
        }
        Article article = entry.article();
        Article.Source old = article.source();
        BodyStore.Slot slot = store.append(bytes, bytes.length - old.length());
        var source = new Article.Source(path, old.format(), slot.offset(), slot.length(), old.bodyLine(),
                old.summary(), old.fields(), crc);
        taken.incrementAndGet();
        return Optional.of(new Article(article.id(), article.slug(), article.title(), article.published(),
                article.updated(), article.authors(), article.categories(), article.tags(), article.permalink(),
                article.lang(), article.image(), article.comments(), article.window(), source, article.warnings()));
    }

    /** How many articles were taken back instead of parsed. */
    int taken() {
        return taken.get();
    }

    /** Drops what was not taken (files deleted or changed while the server was down), after the first scan. */
    void forget() {
        if (file.isPresent() && !forgotten && available > 0) {
            log.info("{} articles not parsed again: kept in {} from the last run ({} changed or gone since)", taken,
                    file.get(), available - taken.get());
        }
        forgotten = true;
        kept.clear();
    }

    /** Runs {@code save} (a {@link #save} of the entries of a scan) on the writer it was read with. */
    synchronized void saveLater(Runnable save) {
        saving = saving.thenRunAsync(save, writer);  // one after the other: the last scan's entries are written last
    }

    /** Waits for the saves {@link #saveLater} started (a command that ends right after its scan must not cut one). */
    void awaitSaves() {
        saving.join();
    }

    /** Writes {@code entries} for the next start (to a new file, then moved over the old one); no-op without a file. */
    void save(Collection<Kept> entries) {
        if (file.isEmpty()) {
            return;
        }
        Path target = file.get();
        try {
            StateFile.write(target, out -> {
                out.writeUTF(FORMAT);
                out.writeUTF(fingerprint);
                out.writeInt(entries.size());
                for (Kept entry : entries) {
                    out.writeUTF(entry.path());
                    out.writeLong(entry.size());
                    out.writeLong(entry.crc());
                    ArticleCodec.write(out, entry.article());
                }
            });
        } catch (IOException | RuntimeException e) {
            log.warn("cannot keep the parsed articles in {} ({}); the next start parses every file", target,
                    e.toString());
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
