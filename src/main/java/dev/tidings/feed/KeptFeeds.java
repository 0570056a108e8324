package dev.tidings.feed;

import dev.tidings.content.Article;
import dev.tidings.content.Catalog;
import dev.tidings.content.StateFile;
import dev.tidings.math.MathMode;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The subscription feeds a server had rendered when it stopped, kept in the state folder with digests of everything
 * they were made from: the settings, the program, and the path and file checksum of every published article, in order.
 * <ul>
 * <li>A restart with the same settings, program and articles serves them as they are, from the start, instead of
 * rendering them again: a burst of readers right after a restart finds them cached.</li>
 * <li>A restart with the same settings but other articles (edited, added, gone live while the server was down) or
 * another version of the program serves each, at most until the feeds are rendered ahead of requests, as a feed that
 * was current a moment ago: readers polling right after the start get what they got before it, most of them a 304,
 * instead of all waiting for renders. Unless an article those feeds held is gone, or no longer published (deleted,
 * turned into a draft, expired): then, as with other settings, none is used.</li>
 * </ul>
 * Documents of the images variant (whose formula images this process might not know yet) and documents holding a
 * formula that could not be rendered are not kept.
 */
public final class KeptFeeds {
    private static final Logger log = LoggerFactory.getLogger(KeptFeeds.class);
    private static final String FORMAT = "tidings kept feeds 2";

    private final Optional<Path> file;
    private final String program;
    private final String settings;
    private Catalog digested;  // the last catalog digested, and its digest; guarded by this
    private String digest = "";

    private KeptFeeds(Optional<Path> file, String program, String settings) {
        this.file = file;
        this.program = Fingerprints.digest(program);
        this.settings = Fingerprints.digest(settings);
    }

    /**
     * @param file     where the feeds are kept; empty to keep none
     * @param program  the program that renders the documents, as text (a new version may render other bytes)
     * @param settings everything else but the articles the documents depend on (the settings), as text
     */
    public static KeptFeeds in(Optional<Path> file, String program, String settings) {
        return new KeptFeeds(file, program, settings);
    }

    /**
     * How many documents a start took back from the last run.
     *
     * @param current  made from the same articles by the same program: cached as they are
     * @param previous made from other articles or by another program: answering until they are rendered
     */
    public record Restored(int current, int previous) {}

    /**
     * Caches the kept feeds if they were made from a catalog equal to the one {@code feeds} serves, or holds them until
     * they are rendered if their settings are the same and no article they were made from is gone (see above).
     */
    public Restored restore(Feeds feeds) {
        Catalog catalog = feeds.catalog();
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            return new Restored(0, 0);
        }
        var documents = new HashMap<FeedCache.Key, RenderedFeed>();
        boolean same;
        try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file.get()), 1 << 16))) {
            if (!in.readUTF().equals(FORMAT) || !in.readUTF().equals(settings)) {
                log.info("the feeds kept in {} were made with other settings, or kept by an older version: they render "
                        + "anew", file.get());
                return new Restored(0, 0);
            }
            String madeBy = in.readUTF();
            String madeFrom = in.readUTF();
            same = madeBy.equals(program) && madeFrom.equals(digest(catalog));
            Optional<String> gone = gone(in, catalog, same);
            if (gone.isPresent()) {
                log.info("the feeds kept in {} hold {}, which is no longer published: they render anew", file.get(),
                        gone.get());
                return new Restored(0, 0);
            }
            for (int i = in.readInt(); i > 0; i--) {
                documents.put(KeptFeedCodec.key(in, catalog.version()), KeptFeedCodec.feed(in));
            }
        } catch (IOException | RuntimeException e) {
            log.warn("cannot use the feeds kept in {} ({}): they render anew", file.get(), e.toString());
            return new Restored(0, 0);
        }
        if (same) {
            feeds.cache().restore(documents);
            log.info("{} feeds kept from the last run are served as they were: their articles and settings are the "
                    + "same", documents.size());
            return new Restored(documents.size(), 0);
        }
        feeds.cache().keep(documents);
        log.info("{} feeds kept from the last run answer until each is rendered anew: articles changed, or the "
                + "program, since it stopped", documents.size());
        return new Restored(0, documents.size());
    }

    /** The first article published when the feeds were kept that {@code catalog} does not publish, if any. */
    private static Optional<String> gone(DataInputStream in, Catalog catalog, boolean same) throws IOException {
        int count = in.readInt();
        if (same) {  // the same paths: no need to look
            in.skipNBytes(in.readLong());
            return Optional.empty();
        }
        in.readLong();
        var published = new HashSet<String>(catalog.articles().size() * 2);
        catalog.articles().forEach(article -> published.add(article.path()));
        Optional<String> gone = Optional.empty();
        for (int i = 0; i < count; i++) {
            String path = in.readUTF();
            if (gone.isEmpty() && !published.contains(path)) {
                gone = Optional.of(path);
            }
        }
        return gone;
    }

    /** Writes the subscription feeds {@code feeds} holds for the catalog it serves (the server is stopping). */
    public void keep(Feeds feeds) {
        if (file.isEmpty()) {
            return;
        }
        Catalog catalog = feeds.catalog();
        List<Map.Entry<FeedCache.Key, RenderedFeed>> documents = feeds.cache().subscribed(catalog.version())
                .entrySet().stream()
                .filter(entry -> entry.getKey().math() != MathMode.IMAGES)
                .filter(entry -> !FormulaFiles.failed(entry.getValue().identity()))
                .toList();
        Path target = file.get();
        try {
            var paths = new ByteArrayOutputStream();
            try (var out = new DataOutputStream(paths)) {
                for (Article article : catalog.articles()) {
                    out.writeUTF(article.path());
                }
            }
            StateFile.write(target, out -> {
                out.writeUTF(FORMAT);
                out.writeUTF(settings);
                out.writeUTF(program);
                out.writeUTF(digest(catalog));
                out.writeInt(catalog.articles().size());
                out.writeLong(paths.size());
                paths.writeTo(out);
                out.writeInt(documents.size());
                for (var document : documents) {
                    KeptFeedCodec.write(out, document.getKey());
                    KeptFeedCodec.write(out, document.getValue());
                }
            });
        } catch (IOException | RuntimeException e) {
            log.warn("cannot keep the rendered feeds in {} ({}); the next start renders them", target, e.toString());
        }
    }

    /** The digest of the published articles of {@code catalog}, as their files are; the last one is remembered. */
    private synchronized String digest(Catalog catalog) {
        if (catalog != digested) {
            // An article is what its file's bytes and the settings make of it: the file's checksum stands for it.
            var articles = new StringBuilder();
            for (Article article : catalog.articles()) {
                articles.append(article.path()).append('\t').append(Long.toHexString(article.source().checksum()))
                        .append('\n');
            }
            digest = Fingerprints.digest(articles.toString());
            digested = catalog;
        }
        return digest;
    }
}
