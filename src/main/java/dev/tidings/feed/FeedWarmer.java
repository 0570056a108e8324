package dev.tidings.feed;

import dev.tidings.content.Catalog;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders the subscription feeds readers poll — the site's, then each category's, tag's and author's, in every format,
 * formulas as the site sets them — ahead of requests, after a start and after each change, so that a burst over every
 * feed finds them in the cache instead of rendering them all at once. Work for a catalog that has since been replaced
 * is dropped: only the newest catalog is warmed. A request for a feed the warmer is rendering waits for that render
 * (the cache runs one render per document), it does not start a second; until the warmer has rendered a feed after a
 * start, a request gets the document the last run kept of it, if {@link KeptFeeds} holds one, and once the warmer has
 * rendered them all, the documents kept of feeds it does not render (another math mode, archive pages) are dropped.
 * The search index starts building once they are rendered, not beside them ({@link Feeds#startSearch}). Thread-safe.
 */
public final class FeedWarmer {
    private static final Logger log = LoggerFactory.getLogger(FeedWarmer.class);
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();  // the warm-up's own cost, load aside

    private final Feeds feeds;
    private final Executor executor;
    private final int workers;
    private final Runnable warmed;
    private final AtomicReference<Round> current = new AtomicReference<>();
    private volatile boolean stopped;

    /**
     * @param executor runs the renders; bounded, so that requests keep a core (see {@link #threads})
     * @param workers  how many feeds render at the same time, at most
     */
    public FeedWarmer(Feeds feeds, Executor executor, int workers) {
        this(feeds, executor, workers, feeds::startSearch);
    }

    /** @param warmed run once the subscription feeds of the catalog being served are rendered */
    FeedWarmer(Feeds feeds, Executor executor, int workers, Runnable warmed) {
        if (workers < 1) {
            throw new IllegalArgumentException("a warmer needs at least one worker, but was given " + workers);
        }
        this.feeds = feeds;
        this.executor = executor;
        this.workers = workers;
        this.warmed = warmed;
    }

    /** Workers for {@code cores} cores: all but one, which is left to requests; at least one. */
    public static int threads(int cores) {
        return Math.max(1, cores - 1);
    }

    /**
     * Renders the site's subscription feed in every format (formulas too), now, on the caller's thread, whatever the
     * last run kept of it: {@code serve} calls it before listening.
     */
    public static void siteFeed(Feeds feeds) {
        Window newest = Window.newest(feeds.site().feedSize());
        List.of(FeedFormat.values()).forEach(format -> feeds.rendered(format, Selection.all(), newest));
    }

    /** A {@link dev.tidings.content.Library#onChange} listener: warms the new catalog. */
    public void changed(Catalog before, Catalog after) {
        warm(after);
    }

    /** Queues every subscription feed of {@code catalog}, the site's first; returns at once. */
    public void warm(Catalog catalog) {
        List<Job> jobs = feedsOf(catalog);
        var round = new Round(catalog, jobs.size(), new ConcurrentLinkedQueue<>(jobs), new AtomicInteger(workers),
                new AtomicLong(), System.nanoTime());
        Round before = current.getAndUpdate(old -> old != null && old.version() > catalog.version() ? old : round);
        if (before != null && before.version() > catalog.version()) {
            return;  // a newer catalog is being warmed already
        }
        for (int i = 0; i < workers; i++) {
            executor.execute(() -> run(round));
        }
    }

    private List<Job> feedsOf(Catalog catalog) {
        var jobs = new ArrayList<Job>();
        for (Selection selection : feeds.selections(catalog)) {
            for (FeedFormat format : FeedFormat.values()) {
                jobs.add(new Job(format, selection));
            }
        }
        return jobs;
    }

    private void run(Round round) {
        long cpu = CPU.getCurrentThreadCpuTime();
        Window window = Window.newest(feeds.site().feedSize());
        Job job;
        while (isCurrent(round) && (job = round.jobs().poll()) != null) {
            try {
                feeds.rendered(job.format(), job.selection(), window);
            } catch (RuntimeException e) {  // a request for it will say what went wrong; the others still warm
                log.warn("could not render {} ahead of requests: {}", job, e.toString());
            }
        }
        round.cpuNanos().addAndGet(CPU.getCurrentThreadCpuTime() - cpu);
        if (round.running().decrementAndGet() == 0 && isCurrent(round)) {
            log.info("rendered the {} subscription feeds of catalog v{} ahead of requests in {} ms ({} ms of CPU)",
                    round.feeds(), round.version(), (System.nanoTime() - round.started()) / 1_000_000,
                    round.cpuNanos().get() / 1_000_000);
            feeds.cache().forgetKept();  // any left were of feeds no longer listed, or of another math mode
            warmed.run();
        }
    }

    /** Whether {@code round} is the newest, and its catalog is still the one being served. */
    /** Renders nothing more: a render under way ends, what waits is dropped (the server is stopping). */
    public void stop() {
        stopped = true;
    }

    private boolean isCurrent(Round round) {
        return !stopped && current.get() == round && feeds.catalog().version() == round.version();
    }

    private record Job(FeedFormat format, Selection selection) {}

    /** The feeds of one catalog still to render, of how many, the workers still rendering them and their CPU time. */
    private record Round(Catalog catalog, int feeds, ConcurrentLinkedQueue<Job> jobs, AtomicInteger running,
                         AtomicLong cpuNanos, long started) {
        long version() {
            return catalog.version();
        }
    }
}
