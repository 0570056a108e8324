package dev.tidings.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.content.Author;
import dev.tidings.content.Catalog;
import dev.tidings.content.Site;
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
 * A restart whose articles and settings are those of the run that stopped serves that run's feeds without rendering
 * them; any difference, and it renders them as always.
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
        collection();
        Path file = state.resolve("feeds");
        List<String> before;
        try (var first = TestCollection.open(root, SITE)) {
            Feeds feeds = feeds(first);
            before = documents(feeds);
            assertThat(KeptFeeds.in(Optional.of(file), "settings").restore(feeds)).as("nothing kept yet").isZero();
            KeptFeeds.in(Optional.of(file), "settings").keep(feeds);
        }
        try (var restarted = TestCollection.open(root, SITE)) {
            Feeds feeds = feeds(restarted);
            long failed = before.stream().filter(document -> document.contains("math-error")).count();
            assertThat(failed).as("documents with a formula that could not be rendered").isPositive();
            int restored = KeptFeeds.in(Optional.of(file), "settings").restore(feeds);
            assertThat(restored).as("every document but the images variant and those with a failed formula")
                    .isEqualTo(before.size() - 1 - failed);
            assertThat(documents(feeds)).isEqualTo(before);
            assertThat(rendered(restarted)).as("documents rendered after the restart").isEqualTo(1 + failed);
        }
        try (var otherSettings = TestCollection.open(root, SITE)) {
            assertThat(KeptFeeds.in(Optional.of(file), "other settings").restore(feeds(otherSettings))).isZero();
        }
    }

    @Test
    void anArticleEditedWhileTheServerWasDownRendersEveryFeedAgain() throws IOException {
        collection();
        Path file = state.resolve("feeds");
        try (var first = TestCollection.open(root, SITE)) {
            Feeds feeds = feeds(first);
            documents(feeds);
            KeptFeeds.in(Optional.of(file), "settings").keep(feeds);
        }
        Path edited = root.resolve("posts/2.md");  // one letter of the body, the size unchanged
        Files.writeString(edited, Files.readString(edited).replace("Body two", "Body tw0"));
        try (var restarted = TestCollection.open(root, SITE)) {
            Feeds feeds = feeds(restarted);
            assertThat(KeptFeeds.in(Optional.of(file), "settings").restore(feeds)).isZero();
            assertThat(new String(feeds.feed(FeedFormat.ATOM, Selection.all(), Window.newest(20)).get().identity(),
                    StandardCharsets.UTF_8)).contains("Body tw0").doesNotContain("Body two");
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

    private static String bytes(Optional<RenderedFeed> feed) {
        return feed.map(f -> f.etag(true) + " " + new String(f.identity(), StandardCharsets.UTF_8)).orElse("none");
    }

    private static long rendered(TestCollection collection) {
        return collection.registry().find("tidings.render").timers().stream().mapToLong(t -> t.count()).sum();
    }
}
