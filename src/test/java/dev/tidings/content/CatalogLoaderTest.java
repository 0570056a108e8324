package dev.tidings.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CatalogLoaderTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path root;

    @Test
    void parsingOnEveryCoreGivesTheCatalogAndProblemsOfOneThread() throws IOException {
        var folder = new Folder(root);
        for (int i = 0; i < 300; i++) {
            String day = String.format("2025-%02d-%02d", 1 + i % 12, 1 + i % 28);
            switch (i % 10) {
                case 3 -> folder.write("p/" + i + ".md", "---\ntitle: Broken " + i + "\ndate: yesterday\n---\nBody.\n");
                case 5 -> folder.write("q/" + i + ".md", "---\ntitle: Same slug\nslug: same\ndate: " + day
                        + "\n---\nBody " + i + ".\n");
                case 7 -> folder.write("p/" + i + ".md", "---\ntitle: Draft\ndraft: true\ndate: " + day + "\n---\n");
                default -> folder.write((i % 2 == 0 ? "p/" : "q/r/") + i + ".md", "---\ntitle: Article " + i
                        + "\ndate: " + day + "T0" + i % 10 + ":00:00Z\ntags: [t" + i % 7 + ", 中文]\n---\n正文 " + i
                        + " $x_" + i + "$\n");
            }
        }
        try (var oneStore = BodyStore.open(); var everyStore = BodyStore.open()) {
            var one = new CatalogLoader(root, Articles.SITE, oneStore, KeptCatalog.none(), Integer.MAX_VALUE);
            var every = new CatalogLoader(root, Articles.SITE, everyStore, KeptCatalog.none(), 1);
            assertThat(one.scan()).isEqualTo(300);
            assertThat(every.scan()).isEqualTo(300);
            Catalog sequential = one.build(1, NOW);
            Catalog parallel = every.build(1, NOW);

            assertThat(parallel.articles()).hasSizeGreaterThan(100);
            assertThat(described(parallel, new Texts(everyStore))).isEqualTo(described(sequential,
                    new Texts(oneStore)));
            assertThat(parallel.messages()).isNotEmpty().isEqualTo(sequential.messages());
        }
    }

    /** Everything about each article but where its text is stored, which depends on the order of the appends. */
    private static List<String> described(Catalog catalog, Texts texts) {
        return catalog.articles().stream().map(article -> String.join(" | ", article.path(), article.id(),
                article.title(), article.permalink().toString(), article.published().toString(),
                String.join(",", article.tags()), texts.text(article))).toList();
    }

    /** Reads stored text back. */
    private record Texts(BodyStore store) {
        String text(Article article) {
            return SourceText.text(store.read(article.source().offset(), article.source().length()));
        }
    }
}
