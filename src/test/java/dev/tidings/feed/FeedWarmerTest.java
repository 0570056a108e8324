package dev.tidings.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.content.Author;
import dev.tidings.content.Catalog;
import dev.tidings.content.Library;
import dev.tidings.content.Site;
import dev.tidings.content.TestCollection;
import dev.tidings.math.MathMode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Subscription feeds rendered ahead of requests: after a start, after a change, and never for a replaced catalog; the
 * search index only after them.
 */
final class FeedWarmerTest {
    private static final Site SITE = new Site("Blog", "About things", URI.create("https://blog.example/"), "en",
            List.of(new Author("Owner", "owner@blog.example", "https://blog.example/about/")),
            ZoneId.of("UTC"), "blog.example", "/posts/{slug}/", 20, "", "", 1 << 20, 16 << 20);

    @TempDir
    Path root;
    private TestCollection collection;
    private Library library;
    private Feeds feeds;
    private final List<Runnable> queued = new ArrayList<>();

    @BeforeEach
    void load() throws IOException {
        write("posts/a.md", "---\ntitle: A\ndate: 2024-05-01\ncategories: [Math]\ntags: [vae, ml]\n"
                + "authors: [{name: Jane}]\n---\nText of a.\n");
        write("posts/b.md", "---\ntitle: B\ndate: 2024-04-01\ncategories: [Code]\ntags: [ml]\n---\nText of b.\n");
        collection = TestCollection.open(root, SITE);
        library = collection.library();
        feeds = new Feeds(library, collection.bodies(), SITE, new FeedOptions(URI.create("https://feeds.example/"),
                Duration.ofHours(1), 50, 1 << 20, 250 << 10, 50, "", MathMode.TEX, EntryContent.FULL),
                Runnable::run, collection.registry());
    }

    @AfterEach
    void close() {
        collection.close();
    }

    @Test
    void afterStartEverySubscriptionFeedIsCachedBeforeAnyRequest() {
        new FeedWarmer(feeds, Runnable::run, 1).warm(library.current());
        int rendered = misses();
        assertThat(rendered).as("the site's feed, 2 categories, 2 tags and 2 authors (b's is the site's), in 3 formats")
                .isEqualTo(feeds.selections(library.current()).size() * 3).isEqualTo(21);

        requestEveryFeed();
        assertThat(misses()).as("every request answered from the cache").isEqualTo(rendered);
    }

    @Test
    void afterAnEditTheNewCatalogsFeedsRenderInTheBackground() throws IOException {
        var warmer = new FeedWarmer(feeds, queued::add, 1);
        library.onChange(warmer::changed);
        warmer.warm(library.current());
        runQueued();
        write("posts/a.md", "---\ntitle: A edited\ndate: 2024-05-01\ncategories: [Math]\ntags: [vae, ml]\n"
                + "authors: [{name: Jane}]\n---\nText of a.\n");
        library.reload();
        assertThat(queued).as("the change queued a render, it did not run one on the reloading thread").isNotEmpty();
        runQueued();

        int rendered = misses();
        requestEveryFeed();
        assertThat(misses()).isEqualTo(rendered);
        assertThat(new String(feeds.feed(FeedFormat.ATOM, Selection.of(dev.tidings.content.Taxonomy.TAG, "vae"),
                Window.newest(20)).orElseThrow().identity())).contains("A edited");
    }

    @Test
    void aReplacedCatalogIsNotWarmed() throws IOException {
        var warmer = new FeedWarmer(feeds, queued::add, 2);
        Catalog first = library.current();
        warmer.warm(first);
        write("posts/c.md", "---\ntitle: C\ndate: 2024-06-01\ntags: [new]\n---\nText of c.\n");
        Catalog second = library.reload();
        warmer.warm(second);
        warmer.warm(first);  // late news of an older catalog changes nothing
        runQueued();
        assertThat(misses()).as("the second catalog's feeds only, each once")
                .isEqualTo(feeds.selections(second).size() * 3);
    }

    @Test
    void whatWaitsForTheFeedsRunsOnceTheyAreRendered() {
        var warmed = new ArrayList<Integer>();
        var warmer = new FeedWarmer(feeds, queued::add, 1, () -> warmed.add(misses()));
        warmer.warm(library.current());
        assertThat(warmed).as("nothing rendered yet").isEmpty();

        runQueued();
        assertThat(warmed).as("once, after every feed was rendered").containsExactly(21);
    }

    @Test
    void leavesACoreForRequests() {
        assertThat(FeedWarmer.threads(1)).isEqualTo(1);
        assertThat(FeedWarmer.threads(2)).isEqualTo(1);
        assertThat(FeedWarmer.threads(8)).isEqualTo(7);
    }

    private void requestEveryFeed() {
        Catalog catalog = library.current();
        for (Selection selection : feeds.selections(catalog)) {
            for (FeedFormat format : FeedFormat.values()) {
                assertThat(feeds.feed(format, selection, Window.newest(SITE.feedSize()))).isPresent();
            }
        }
    }

    private void runQueued() {
        while (!queued.isEmpty()) {
            queued.remove(0).run();
        }
    }

    /** Renders the feed cache has had to make: each is a miss. */
    private int misses() {
        return (int) collection.registry().get("cache.gets").tags("cache", "feeds", "result", "miss").functionCounter()
                .count();
    }

    private void write(String path, String text) throws IOException {
        Files.createDirectories(root.resolve(path).getParent());
        Files.writeString(root.resolve(path), text);
    }
}
