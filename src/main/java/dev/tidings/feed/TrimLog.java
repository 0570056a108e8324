package dev.tidings.feed;

import dev.tidings.content.Site;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs, once per feed and outcome, that a subscription feed or archive page (as the site sends it) gave up text to
 * stay under {@code max_feed_size}: searches, other limits and {@code ?math=} variants are not reported. Thread-safe.
 */
final class TrimLog {
    private static final Logger log = LoggerFactory.getLogger(TrimLog.class);

    private final Site site;
    private final FeedOptions options;
    private final FeedUrls urls;
    private final Map<FeedCache.Shape, Trim> reported = new ConcurrentHashMap<>();

    TrimLog(Site site, FeedOptions options, FeedUrls urls) {
        this.site = site;
        this.options = options;
        this.urls = urls;
    }

    /** {@code feed}, just rendered for {@code key}, after logging what it gave up if that is news. */
    RenderedFeed reported(FeedCache.Key key, RenderedFeed feed) {
        boolean asSent = key.math() == options.math() && (key.window() instanceof Window.Archive
                || key.window().equals(Window.newest(site.feedSize())));
        Trim trim = feed.trim();
        if (asSent && trim.any() && !trim.equals(reported.put(key.shape(), trim))) {
            log.info(trim.describe(urls.path(feed.self()), options.maxFeedBytes()));
        }
        return feed;
    }
}
