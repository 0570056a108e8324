package dev.tidings.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

final class CatalogReferencesTest {
    private static Article article(String path, String slug) {
        return Articles.parse(path, "---\ntitle: T\ndate: 2024-05-01\nslug: " + slug + "\n---\nBody.\n");
    }

    private static Catalog catalog(long version, Article... articles) {
        return new Catalog(version, Instant.EPOCH, List.of(articles), List.of(), Instant.MAX);
    }

    @Test
    void findsAnArticleByItsPathOrAnyTailOfItWithOrWithoutSlashes() {
        Article notes = article("_posts/2019/2019-03-01-notes.md", "notes");
        Article bundle = article("post/lexers/index.md", "lexers");
        var references = new CatalogReferences(() -> catalog(1, notes, bundle));
        assertThat(references.permalink("2019-03-01-notes")).contains(notes.permalink());
        assertThat(references.permalink("2019/2019-03-01-notes")).contains(notes.permalink());
        assertThat(references.permalink("/_posts/2019/2019-03-01-notes")).contains(notes.permalink());
        assertThat(references.permalink("post/lexers")).as("a bundle by its folder").contains(bundle.permalink());
        assertThat(references.permalink("lexers/index")).contains(bundle.permalink());
        assertThat(references.permalink("notes")).as("only whole path segments").isEmpty();
        assertThat(references.permalink("missing")).isEmpty();
    }

    @Test
    void aNameTwoArticlesShareFindsNeitherAndANewCatalogIsSeen() {
        Article a = article("a/x.md", "ax");
        Article b = article("b/x.md", "bx");
        var current = new AtomicReference<>(catalog(1, a, b));
        var references = new CatalogReferences(current::get);
        assertThat(references.permalink("x")).as("ambiguous").isEmpty();
        assertThat(references.permalink("b/x")).contains(b.permalink());
        current.set(catalog(2, a));
        assertThat(references.permalink("x")).contains(a.permalink());
    }

    @Test
    void findsAnArticleByItsExactTitleWhenOnlyOneHasIt() {
        Article a = article("a.md", "a");
        Article b = article("b.md", "b");
        var references = new CatalogReferences(() -> catalog(1, a));
        assertThat(references.permalinkTitled("T")).contains(a.permalink());
        assertThat(references.permalinkTitled("t")).isEmpty();
        assertThat(new CatalogReferences(() -> catalog(2, a, b)).permalinkTitled("T")).as("two share it").isEmpty();
    }
}
