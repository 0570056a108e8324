package dev.tidings.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.content.Author;
import dev.tidings.content.Catalog;
import dev.tidings.content.Site;
import dev.tidings.content.Taxonomy;
import dev.tidings.content.TestCollection;
import dev.tidings.math.MathMode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restart whose articles, settings and program are those of the run that stopped serves that run's feeds without
 * rendering them. With other articles or another program, the kept feeds answer requests until each is rendered anew
 * ahead of them; with other settings, or an article gone, they are not used at all.
 */
final class KeptFeedsTest {
    private static final Site SITE = new Site("Blog", "About things", URI.create("https://blog.example/"), "zh-CN",
            List.of(new Author("Owner", "owner@blog.example", "")), ZoneId.of("Asia/Shanghai"), "blog.example",
            "/posts/{slug}/", 20, "", "", 1 << 20, 16 << 20);
    private static final FeedOptions OPTIONS = new FeedOptions(URI.create("https://feeds.example/"),
            Duration.ofHours(1), 50, 1 << 20, 250 << 10, 2, "", MathMode.MATHML, EntryContent.FULL);

    @TempDir
    Path root;
    @TempDir
    Path state;

    @Test
    void aRestartWithTheSameArticlesServesTheFeedsTheLastRunRendered() throws IOException {
        Path file = state.resolve("feeds");
        List<String> before = firstRun(file);
        try (var restarted = TestCollection.open(root, SITE)) {
            Feeds feeds = feeds(restarted);
            long failed = before.stream().filter(document -> document.contains("math-error")).count();
            assertThat(failed).as("documents with a formula that could not be rendered").isPositive();
            int restored = kept(file).restore(feeds).current();
            assertThat(restored).as("every document but the images variant and those with a failed formula, and the "
                    + "TeX variant").isEqualTo(before.size() - 1 - failed + 1);
            assertThat(documents(feeds)).isEqualTo(before);
            assertThat(rendered(restarted)).as("documents rendered after the restart").isEqualTo(1 + failed);
        }
        try (var otherSettings = TestCollection.open(root, SITE)) {
            assertThat(KeptFeeds.in(Optional.of(file), "program", "other settings").restore(feeds(otherSettings)))
                    .isEqualTo(new KeptFeeds.Restored(0, 0));
            assertThat(rendered(otherSettings)).isZero();
        }
    }

    @Test
    void feedsKeptBeforeAnEditAnswerUntilTheyAreRenderedAheadOfRequests() throws IOException {
        Path file = state.resolve("feeds");
        List<String> before = firstRun(file);
        Path edited = root.resolve("posts/2.md");  // one letter of the body, the size unchanged
        Files.writeString(edited, Files.readString(edited).replace("Body two", "Body tw0"));
        write("posts/5.md", "---\ntitle: Five\ndate: 2024-05-05T09:30:00+08:00\ntags: [y]\n---\nBody five.\n");
        try (var restarted = TestCollection.open(root, SITE)) {
            Feeds feeds = feeds(restarted);
            KeptFeeds.Restored restored = kept(file).restore(feeds);
            long failed = before.stream().filter(document -> document.contains("math-error")).count();
            assertThat(restored).as("as in the test above, and the TeX variant")
                    .isEqualTo(new KeptFeeds.Restored(0, (int) (before.size() - 1 - failed + 1)));
            Selection tagY = Selection.of(Taxonomy.TAG, "y");
            assertThat(text(feeds.feed(FeedFormat.ATOM, tagY, Window.newest(20)))).as("kept, not rendered yet")
                    .contains("Body two").doesNotContain("Body tw0", "Five");
            assertThat(rendered(restarted)).isZero();

            FeedWarmer.siteFeed(feeds);  // what serve does before it listens: the site feed, whatever was kept of it
            assertThat(text(feeds.feed(FeedFormat.ATOM, Selection.all(), Window.newest(20))))
                    .contains("Body tw0", "Five").doesNotContain("Body two");
            assertThat(text(feeds.feed(FeedFormat.ATOM, tagY, Window.newest(20)))).as("still the kept one")
                    .contains("Body two");

            new FeedWarmer(feeds, Runnable::run, 1, () -> {}).warm(feeds.catalog());
            assertThat(text(feeds.feed(FeedFormat.ATOM, tagY, Window.newest(20)))).as("rendered ahead of requests")
                    .contains("Body tw0", "Five").doesNotContain("Body two");
            assertThat(text(feeds.feed(FeedFormat.JSON, Selection.all(), Window.newest(20)))).contains("Body tw0");
            assertThat(text(feeds.feed(FeedFormat.ATOM, Selection.all(), Window.newest(20), MathMode.TEX)))
                    .as("kept of another math mode, not warmed: forgotten once the rest are rendered")
                    .contains("Body tw0");
        }
    }

    @Test
    void feedsKeptByAnotherVersionAnswerUntilRenderedAndNoneAreUsedOnceAnArticleTheyHeldIsGone() throws IOException {
        Path file = state.resolve("feeds");
        firstRun(file);
        try (var upgraded = TestCollection.open(root, SITE)) {
            Feeds feeds = feeds(upgraded);
            assertThat(KeptFeeds.in(Optional.of(file), "program 2", "settings").restore(feeds).previous())
                    .as("another program: kept until rendered").isPositive();
            assertThat(text(feeds.feed(FeedFormat.RSS, Selection.of(Taxonomy.TAG, "x"), Window.newest(20))))
                    .contains("Body two");
            assertThat(rendered(upgraded)).isZero();
        }
        Files.delete(root.resolve("posts/2.md"));
        try (var restarted = TestCollection.open(root, SITE)) {
            Feeds feeds = feeds(restarted);
            assertThat(kept(file).restore(feeds)).as("an article the feeds held is gone")
                    .isEqualTo(new KeptFeeds.Restored(0, 0));
            assertThat(text(feeds.feed(FeedFormat.RSS, Selection.of(Taxonomy.TAG, "x"), Window.newest(20))))
                    .contains("Body one").doesNotContain("Body two");
        }
    }

    /**
     * A first run over the collection: every document of {@link #documents} rendered, and the site feed with formulas
     * as TeX (not the site's math), then kept in {@code file}; their bytes.
     */
    private List<String> firstRun(Path file) throws IOException {
        collection();
        try (var first = TestCollection.open(root, SITE)) {
            Feeds feeds = feeds(first);
            List<String> documents = documents(feeds);
            feeds.feed(FeedFormat.ATOM, Selection.all(), Window.newest(20), MathMode.TEX);
            assertThat(kept(file).restore(feeds)).as("nothing kept yet").isEqualTo(new KeptFeeds.Restored(0, 0));
            kept(file).keep(feeds);
            return documents;
        }
    }

    private void collection() throws IOException {
        write("posts/1.md", "---\ntitle: One\ndate: 2024-05-01T09:30:00+08:00\ntags: [x]\n---\nBody one, $a^2$.\n");
        write("posts/2.md", "---\ntitle: Two\ndate: 2024-05-02T09:30:00+08:00\ntags: [x, y]\n---\nBody two.\n");
        write("posts/3.md", "---\ntitle: Three\ndate: 2024-05-03T09:30:00+08:00\ncategories: [c]\n---\nBody 3.\n");
        write("posts/4.md", "---\ntitle: Four\ndate: 2024-05-04T09:30:00+08:00\ntags: [bad]\n---\n"
                + "A formula no engine draws: $\\nosuchcommand{x}$.\n");
    }

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static Feeds feeds(TestCollection collection) {
        return new Feeds(collection.library(), collection.bodies(), SITE, OPTIONS, Runnable::run,
                collection.registry());
    }

    /**
     * Every subscription feed in every format (formulas as MathML), the site's archive pages, and the site feed as the
     * images variant: their bytes, in order.
     */
    private static List<String> documents(Feeds feeds) {
        Catalog catalog = feeds.catalog();
        var documents = new ArrayList<String>();
        for (Selection selection : feeds.selections(catalog)) {
            for (FeedFormat format : FeedFormat.values()) {
                documents.add(bytes(feeds.feed(format, selection, Window.newest(20))));
            }
        }
        for (int page = 1; page <= 2; page++) {
            documents.add(bytes(feeds.feed(FeedFormat.ATOM, Selection.all(), Window.archive(page))));
        }
        documents.add(bytes(feeds.feed(FeedFormat.ATOM, Selection.all(), Window.newest(20), MathMode.IMAGES)));
        return documents;
    }

    private static KeptFeeds kept(Path file) {
        return KeptFeeds.in(Optional.of(file), "program", "settings");
    }

    private static String text(Optional<RenderedFeed> feed) {
        return new String(feed.orElseThrow().identity(), StandardCharsets.UTF_8);
    }

    private static String bytes(Optional<RenderedFeed> feed) {
        return feed.map(f -> f.etag(true) + " " + new String(f.identity(), StandardCharsets.UTF_8)).orElse("none");
    }

    private static long rendered(TestCollection collection) {
        return collection.registry().find("tidings.render").timers().stream().mapToLong(t -> t.count()).sum();
    }
}
