package dev.tidings.feed;

import dev.tidings.content.Article;
import dev.tidings.content.Catalog;
import dev.tidings.content.StateFile;
import dev.tidings.math.MathMode;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The subscription feeds a server had rendered when it stopped, kept in the state folder with a digest of everything
 * they were made from (the settings and the program, and the path and file checksum of every published article, in
 * order), so that a restart whose catalog has the same digest serves them from the start instead of rendering them
 * again: a burst of readers right after a restart finds them cached. Any difference at all (one article edited while
 * the server was down, one that went live or expired, another setting, another version) and none is used. Documents of
 * the images variant (whose formula images this process might not know yet) and documents holding a formula that
 * could not be rendered are not kept.
 */
public final class KeptFeeds {
    private static final Logger log = LoggerFactory.getLogger(KeptFeeds.class);
    private static final String FORMAT = "tidings kept feeds 1";

    private final Optional<Path> file;
    private final String settings;
    private Catalog digested;  // the last catalog digested, and its digest; guarded by this
    private String digest = "";

    private KeptFeeds(Optional<Path> file, String settings) {
        this.file = file;
        this.settings = Fingerprints.digest(settings);
    }

    /**
     * @param file     where the feeds are kept; empty to keep none
     * @param settings everything but the articles the documents depend on (the settings and the program), as text
     */
    public static KeptFeeds in(Optional<Path> file, String settings) {
        return new KeptFeeds(file, settings);
    }

    /** Caches the kept feeds if they were made from a catalog equal to the one {@code feeds} serves; how many. */
    public int restore(Feeds feeds) {
        Catalog catalog = feeds.catalog();
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            return 0;
        }
        String wanted = digest(catalog);
        var documents = new HashMap<FeedCache.Key, RenderedFeed>();
        try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file.get()), 1 << 16))) {
            if (!in.readUTF().equals(FORMAT) || !in.readUTF().equals(wanted)) {
                log.info("the feeds kept in {} were made from other articles or settings: they render anew", file.get());
                return 0;
            }
            for (int i = in.readInt(); i > 0; i--) {
                documents.put(KeptFeedCodec.key(in, catalog.version()), KeptFeedCodec.feed(in));
            }
        } catch (IOException | RuntimeException e) {
            log.warn("cannot use the feeds kept in {} ({}): they render anew", file.get(), e.toString());
            return 0;
        }
        feeds.cache().restore(documents);
        log.info("{} feeds kept from the last run are served as they were: their articles and settings are the same",
                documents.size());
        return documents.size();
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
            StateFile.write(target, out -> {
                out.writeUTF(FORMAT);
                out.writeUTF(digest(catalog));
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

    /** The digest of everything the documents of {@code catalog} are made from; the last one is remembered. */
    private synchronized String digest(Catalog catalog) {
        if (catalog != digested) {
            // An article is what its file's bytes and the settings make of it: the file's checksum stands for it.
            var articles = new StringBuilder(settings).append('\n');
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
