package dev.tidings.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tidings.LogCapture;
import dev.tidings.math.MathMode;
import dev.tidings.math.TestFormulas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever happens to the folder or to one article's rendering, the rest keeps being served. */
final class FaultsTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);  // not a speed limit: a busy machine is slow

    @TempDir
    Path dir;

    @Test
    void aRenderThatThrowsAffectsOnlyItsArticle() {
        var folder = new Folder(dir);
        folder.article("good.md", "Good", "2024-01-01");
        folder.article("bad.md", "Bad", "2024-01-02");
        var real = new BodyPipeline();
        try (var log = LogCapture.expecting("the body could not be rendered");
             var collection = TestCollection.open(dir, Articles.SITE)) {
            var bodies = new Bodies(collection.store(), Articles.SITE, TestFormulas.SHARED, true, collection.registry(),
                    (article, text) -> {
                        if (article.slug().equals("bad")) {
                            throw new StackOverflowError("pathological input");  // an Error, not an Exception
                        }
                        return real.run(article, text);
                    });
            var articles = collection.current().articles();
            String unshown = "<p>This article could not be shown here; read it at "
                    + "<a href=\"https://example.org/blog/posts/bad/\">https://example.org/blog/posts/bad/</a>.</p>";
            assertThat(bodies.body(articles.get(0), MathMode.TEX).html()).isEqualTo(unshown);
            assertThat(bodies.body(articles.get(0), MathMode.MATHML).html()).isEqualTo(unshown);
            assertThat(bodies.body(articles.get(1), MathMode.TEX).html()).isEqualTo("<p>Body of Good.</p>");
            String warning = "bad.md:5: warning: the body could not be rendered (java.lang.StackOverflowError: "
                    + "pathological input); the feeds link to the article instead";
            assertThat(bodies.check(articles.get(0), MathMode.MATHML)).extracting(Warning::toString).containsExactly(warning);
            assertThat(log.lines()).as("logged once, though asked for in two math modes and by check")
                    .singleElement().asString().endsWith(" ERROR Bodies - " + warning);
        }
    }

    @Test
    void aVanishedFolderKeepsTheLastGoodCatalogUntilItComesBack() throws Exception {
        Path root = Files.createDirectories(dir.resolve("blog"));
        var folder = new Folder(root);
        folder.article("a.md", "A", "2024-01-01");
        folder.article("posts/b.md", "B", "2024-01-02");
        try (var collection = TestCollection.open(root, Articles.SITE)) {
            Library library = collection.library();
            Catalog before = library.current();
            library.watch(Duration.ofMillis(50), Duration.ofMillis(200));
            await().atMost(HANG_GUARD).until(library::watching);

            Path away = Files.move(root, dir.resolve("unmounted"));  // as when a volume goes away
            await().atMost(HANG_GUARD).until(() -> !library.health().ok());
            assertThat(library.current()).isSameAs(before);
            assertThat(library.health().reason()).startsWith("cannot read the collection folder (")
                    .endsWith("serving catalog v1 until it can");

            deleteRecursively(away);
            Files.createDirectories(root);
            folder.article("a.md", "A", "2024-01-01");
            folder.article("c.md", "C", "2024-01-03");
            await().atMost(HANG_GUARD).until(() -> library.health().ok()
                    && library.current().articles().stream().map(Article::title).toList().equals(List.of("C", "A")));

            folder.article("d.md", "D", "2024-01-04");  // and the new folder is watched again
            await().atMost(HANG_GUARD).until(() -> library.current().articles().size() == 3);
        }
    }

    @Test
    void aFolderFullOfJunkIsReportedFileByFile() throws IOException {
        var folder = new Folder(dir);
        folder.article("good.md", "Good", "2024-01-01");
        var random = new java.util.Random(42);
        for (int i = 0; i < 50; i++) {
            byte[] junk = new byte[random.nextInt(4096)];
            random.nextBytes(junk);
            folder.writeBytes("junk/" + i + ".md", junk);
            folder.writeBytes("junk/" + i + ".bin", junk);
        }
        try (var collection = TestCollection.open(dir, Articles.SITE)) {
            Library library = collection.library();
            assertThat(library.current().articles()).extracting(Article::title).containsExactly("Good");
            assertThat(library.current().problems()).hasSize(50).allSatisfy(p -> assertThat(p.path()).endsWith(".md"));
            assertThat(library.health().ok()).isTrue();
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
