package dev.tidings.feed;

import dev.tidings.content.Article;
import dev.tidings.content.Bodies;
import dev.tidings.content.Catalog;
import dev.tidings.content.Library;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The query language of {@code ?q=}: articles having every word of the query in their title, categories, tags or text.
 * Answered from the {@link SearchIndex} (words as its analyzer makes them), which is built (or opened from its folder
 * and brought up to date) in the background at start and kept in step with the library on one thread of its own;
 * until it holds the catalog asked about (or when the query makes no word of the index, such as {@code +}), by reading
 * every article's text for the query's words as substrings. Thread-safe.
 */
final class Search {
    private static final Logger log = LoggerFactory.getLogger(Search.class);
    private static final long CATCH_UP_MILLIS = 1000;  // an edited file is indexed in milliseconds; a scan takes longer

    private final Bodies bodies;
    private final Optional<Path> folder;
    private final CompletableFuture<SearchIndex> index = new CompletableFuture<>();  // opened at the first sync
    private final Runnable build;
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile boolean stopping;

    /** Without an index: every search reads every article's text. */
    Search(Bodies bodies) {
        this(bodies, Optional.empty(), () -> {});
    }

    /**
     * With {@code library}'s catalog indexed in the background from {@link #start}, and after every change; the index
     * kept in {@code folder} across restarts, if given.
     */
    Search(Bodies bodies, Library library, Optional<Path> folder) {
        this.bodies = bodies;
        this.folder = folder;
        this.build = () -> {
            ExecutorService indexer = indexer();
            library.onChange((before, after) -> indexer.execute(() -> sync(after)));
            indexer.execute(() -> {
                long start = System.nanoTime();
                Catalog catalog = library.current();
                int analysed = sync(catalog);
                if (analysed >= 0) {
                    int articles = catalog.articles().size();
                    log.info("Search index built: {} articles in {} ms ({})", articles,
                            (System.nanoTime() - start) / 1_000_000, analysed >= articles ? "all analysed"
                                    : analysed + " analysed, the rest kept from the last run");
                }
            });
        };
    }

    private Search(Bodies bodies, Optional<Path> folder, Runnable build) {
        this.bodies = bodies;
        this.folder = folder;
        this.build = build;
    }

    /**
     * Starts building the index in the background, once: after the first feeds are rendered ({@code Feeds.warm}), so
     * that it does not slow the first byte, or at the first search.
     */
    void start() {
        if (started.compareAndSet(false, true)) {
            build.run();
        }
    }

    /** The first {@code limit} articles (in their order) of {@code catalog} having every word of {@code query}. */
    List<Article> matching(Catalog catalog, List<Article> articles, String query, int limit) {
        start();
        Optional<List<Article>> found = indexed(catalog) ? index.join().matching(catalog, articles, query, limit)
                : Optional.empty();
        if (found.isPresent()) {
            return found.get();
        }
        String[] words = query.split(" ");
        return articles.stream().filter(article -> {
            String text = Window.normalise(article.title() + " " + String.join(" ", article.categories()) + " "
                    + String.join(" ", article.tags()) + " " + bodies.text(article));
            return Arrays.stream(words).allMatch(text::contains);
        }).limit(limit).toList();
    }

    /**
     * Indexes {@code catalog} now, on the caller's thread (tests call it); how many articles it analysed, or -1 if it
     * could not (searches then go on reading the articles' text).
     */
    int sync(Catalog catalog) {
        try {
            return opened().sync(catalog);
        } catch (RuntimeException e) {
            if (stopping) {  // the bodies it was reading are gone with the server: the folder keeps the last commit
                log.info("The search index stopped with the server, before it took catalog {}", catalog.version());
            } else {
                log.warn("The search index could not take catalog {}: {}", catalog.version(), e.toString());
            }
            return -1;
        }
    }

    /** The server stops: an index build still running fails quietly when the bodies it reads go away. */
    void stop() {
        stopping = true;
    }

    /** Whether the index holds {@code catalog} (or a newer one); once built, it is waited for after a change. */
    private boolean indexed(Catalog catalog) {
        if (!index.isDone() || index.join().version() < 0) {
            return false;
        }
        try {
            return index.join().await(catalog.version(), CATCH_UP_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The index, opened (and what a kept one holds read) on the first call: never on the way to the first byte. */
    private synchronized SearchIndex opened() {
        if (!index.isDone()) {
            index.complete(new SearchIndex(bodies, folder));
        }
        return index.join();
    }

    private static ExecutorService indexer() {
        var executor = new ThreadPoolExecutor(1, 1, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            var thread = new Thread(task, "search-index");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);  // feeds come first
            return thread;
        });
        executor.allowCoreThreadTimeOut(true);  // idle between changes, so a test's many servers leave no threads
        return executor;
    }
}
