package dev.tidings.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A start parses only the files that changed while the server was down, and gets the catalog a full parse gives. */
final class KeptCatalogTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path root;
    @TempDir
    Path state;

    @Test
    void aStartParsesOnlyWhatChangedAndGetsWhatAFullParseGives() throws IOException {
        Path file = state.resolve("catalog");
        var folder = collection();
        try (var store = BodyStore.open()) {
            var first = new CatalogLoader(root, Articles.SITE, store, KeptCatalog.read(file, "A", Runnable::run));
            assertThat(first.scan()).isEqualTo(41);
        }
        assertThat(file).isRegularFile();

        // While the server is down: one article edited, one deleted, one added, one touched with the same bytes.
        folder.write("p/3.md", "---\ntitle: Edited\ndate: 2025-03-03T08:00:00+08:00\ntags: [new]\n---\nNew body.\n");
        folder.delete("p/5.md");
        folder.article("p/new.md", "Added", "2025-12-01T00:00:00Z");
        Files.setLastModifiedTime(root.resolve("p/7.md"), FileTime.from(NOW));

        try (var keptStore = BodyStore.open(); var fullStore = BodyStore.open()) {
            var restarted = new CatalogLoader(root, Articles.SITE, keptStore, KeptCatalog.read(file, "A",
                    Runnable::run));
            var full = new CatalogLoader(root, Articles.SITE, fullStore, KeptCatalog.none());
            assertThat(restarted.scan()).as("parsed: the edited and the added file, the draft and the broken one "
                    + "(never kept)").isEqualTo(4);
            assertThat(full.scan()).isEqualTo(41);
            assertThat(described(restarted.build(1, NOW), keptStore))
                    .isEqualTo(described(full.build(1, NOW), fullStore))
                    .anyMatch(line -> line.contains("Edited") && line.contains("New body."))
                    .anyMatch(line -> line.contains("Added"))
                    .noneMatch(line -> line.startsWith("p/5.md"));

            folder.article("p/later.md", "Later", "2025-12-02T00:00:00Z");  // a scan while it runs counts only that
            assertThat(restarted.scan()).isEqualTo(1);
        }
        try (var store = BodyStore.open()) {  // and what that start kept serves the next one
            var again = new CatalogLoader(root, Articles.SITE, store, KeptCatalog.read(file, "A", Runnable::run));
            assertThat(again.scan()).as("the draft and the broken file").isEqualTo(2);
        }
    }

    @Test
    void articlesKeptForOtherSettingsOrDamagedAreNotUsed() throws IOException {
        Path file = state.resolve("catalog");
        collection();
        try (var store = BodyStore.open()) {
            new CatalogLoader(root, Articles.SITE, store, KeptCatalog.read(file, "A", Runnable::run)).scan();
        }
        try (var store = BodyStore.open()) {
            var other = new CatalogLoader(root, Articles.SITE, store, KeptCatalog.read(file, "B", Runnable::run));
            assertThat(other.scan()).as("other settings: every file parsed").isEqualTo(41);
        }
        byte[] bytes = Files.readAllBytes(file);  // kept for "B" now
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        try (var store = BodyStore.open(); var fullStore = BodyStore.open()) {
            var damaged = new CatalogLoader(root, Articles.SITE, store, KeptCatalog.read(file, "B", Runnable::run));
            var full = new CatalogLoader(root, Articles.SITE, fullStore, KeptCatalog.none());
            assertThat(damaged.scan()).as("a damaged file: every file parsed").isEqualTo(41);
            full.scan();
            assertThat(described(damaged.build(1, NOW), store)).isEqualTo(described(full.build(1, NOW), fullStore));
        }
    }

    /** 41 files: articles with every kind of metadata, an HTML one, a draft and a broken one among them. */
    private Folder collection() {
        var folder = new Folder(root);
        for (int i = 0; i < 38; i++) {
            folder.write("p/" + i + ".md", "---\ntitle: 文章 " + i + "\ndate: 2025-0" + (1 + i % 9) + "-1" + i % 10
                    + "T09:30:00+08:00\nlastmod: 2025-11-0" + (1 + i % 9) + "T10:00:00-05:00"
                    + "\nauthor: Ann <ann@example.org>\ncategories: [c" + i % 3 + "]\ntags: [t" + i % 5 + ", 中文]"
                    + "\nsummary: A *short* summary " + i
                    + "\nimage: /img/" + i + ".png\nexpiryDate: 2030-01-01\nlang: zh\n---\n正文 " + i
                    + " with $x_" + i + "$ and [a link](../" + (i + 1) + "/).\n");
        }
        folder.write("p/page.html", "---\ntitle: HTML page\ndate: 2025-06-01\n---\n<p>An <em>HTML</em> body.</p>\n");
        folder.write("p/broken.md", "---\ntitle: Broken\ndate: yesterday\n---\nBody.\n");
        folder.write("p/draft.md", "---\ntitle: Draft\ndraft: true\ndate: 2025-06-01\n---\nNot yet.\n");
        return folder;
    }

    /** Everything about each article but where its text is stored, and the catalog's messages. */
    private static List<String> described(Catalog catalog, BodyStore store) {
        var lines = new ArrayList<String>();
        for (Article a : catalog.articles()) {
            Article.Source s = a.source();
            lines.add(String.join(" | ", a.path(), a.id(), a.slug(), a.title(), a.published().toString(),
                    a.updated().toString(), a.authors().toString(), a.categories().toString(), a.tags().toString(),
                    a.permalink(), a.lang(), a.image(), String.valueOf(a.comments()), a.window().toString(),
                    s.format().name(), String.valueOf(s.length()), String.valueOf(s.bodyLine()), s.summary(),
                    s.fields().toString(), a.warnings().toString(),
                    SourceText.text(store.read(s.offset(), s.length()))));
        }
        lines.addAll(catalog.messages());
        return lines;
    }
}
