package dev.tidings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.content.Article;
import dev.tidings.content.Catalog;
import dev.tidings.content.Taxonomy;
import dev.tidings.content.TestCollection;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled sample blog carries every feature the README promises, and loads cleanly. */
final class SampleBlogTest {
    private static TestCollection library;
    private static Catalog catalog;

    @BeforeAll
    static void load() {
        Config config = Config.load(Map.of(), Map.of());
        library = TestCollection.open(config.content(), config.site());
        catalog = library.current();
    }

    @AfterAll
    static void close() {
        library.close();
    }

    private static Article bySlug(String slug) {
        return catalog.articles().stream().filter(a -> a.slug().equals(slug)).findFirst().orElseThrow();
    }

    @Test
    void loadsWithoutProblemsAndLeavesOutTheDraftAndTheFuturePost() {
        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.articles()).hasSize(14).extracting(Article::slug)
                .doesNotContain("speculative-decoding", "moe-load-balancing");
    }

    @Test
    void readsJekyllTomlAndHtmlArticles() {
        assertThat(bySlug("adamw").published()).isEqualTo(OffsetDateTime.parse("2024-03-18T00:00+08:00"));
        assertThat(bySlug("adamw").lang()).isEqualTo("en");
        assertThat(bySlug("linear-attention").tags()).contains("注意力机制");
        assertThat(library.body(bySlug("softmax-temperature-label-smoothing")).html())
                .contains("<pre><code class=\"language-python\">").contains("<span class=\"math inline\">");
    }

    @Test
    void mintsIdsFromTheSitesAuthority() {
        assertThat(bySlug("rope").id()).isEqualTo("tag:zhiyuan.example.com,2024-11-02:rope");
        assertThat(bySlug("rope").permalink()).isEqualTo("http://localhost:8080/posts/rope/");
    }

    @Test
    void pageBundleImagesBecomeAbsolute() {
        assertThat(library.body(bySlug("reparameterization")).html())
                .contains("src=\"http://localhost:8080/posts/reparameterization/diagram.svg\"");
        assertThat(bySlug("rope").image()).isEqualTo("http://localhost:8080/posts/rope/diagram.svg");
    }

    @Test
    void summariesComeFromTheFieldTheMarkerOrTheText() {
        assertThat(library.body(bySlug("infonce-contrastive")).summary()).startsWith("<p>What InfoNCE optimizes");
        String beforeMore = library.body(bySlug("reparameterization")).summary();
        assertThat(beforeMore).startsWith("<p>").doesNotContain("<h2");
        var automatic = library.body(bySlug("johnson-lindenstrauss"));
        assertThat(automatic.summary()).startsWith("<p>高维空间").endsWith("</p>").doesNotContain("<h2");
        assertThat(automatic.html()).startsWith(automatic.summary()).hasSizeGreaterThan(automatic.summary().length());
    }

    @Test
    void everyArticleHasCategoriesTagsAndAnAuthor() {
        assertThat(catalog.articles()).allSatisfy(a -> {
            assertThat(a.categories()).isNotEmpty();
            assertThat(a.tags()).isNotEmpty();
            assertThat(a.authors()).isNotEmpty();
        });
        assertThat(catalog.articles(Taxonomy.TAG, "c++")).extracting(Article::slug).containsExactly("flash-attention");
        assertThat(bySlug("flash-attention").comments()).isEqualTo(12);
    }
}
