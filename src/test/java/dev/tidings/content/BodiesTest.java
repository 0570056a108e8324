package dev.tidings.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.math.MathMode;
import dev.tidings.math.TestFormulas;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The owner of bodies: one render per body and math mode, warnings with their lines, summaries-only feeds. */
final class BodiesTest {
    private static final String ARTICLE = """
            ---
            title: Math
            date: 2024-05-01
            ---
            First $x^2$ here.

            <!--more-->

            Then $\\frac{a}{b}$ and a broken one:

            $$\\frac{1}{$$
            """;

    @TempDir
    Path root;

    @Test
    void rendersEachBodyOncePerMathMode() {
        new Folder(root).write("a.md", ARTICLE);
        try (var collection = TestCollection.open(root, Articles.SITE)) {
            Article article = collection.current().articles().get(0);
            Body tex = collection.bodies().body(article, MathMode.TEX);
            Body mathml = collection.bodies().body(article, MathMode.MATHML);
            assertThat(collection.bodies().body(article, MathMode.TEX)).as("cached").isSameAs(tex);
            assertThat(collection.bodies().body(article, MathMode.MATHML)).as("cached").isSameAs(mathml);
            assertThat(tex.html()).contains("<span class=\"math inline\">\\(x^2\\)</span>").doesNotContain("<math");
            assertThat(mathml.html()).contains("<math").contains("<code class=\"math-error\">")
                    .doesNotContain("class=\"math inline\"");
            assertThat(mathml.summary()).contains("<math").doesNotContain("frac");
            assertThat(collection.bodies().text(article)).isEqualTo(ARTICLE.substring(ARTICLE.indexOf("First")));
        }
    }

    @Test
    void warnsAboutEachFormulaItCannotRenderAtTheLineItIsOn() {
        new Folder(root).write("posts/a.md", ARTICLE);
        try (var collection = TestCollection.open(root, Articles.SITE)) {
            Article article = collection.current().articles().get(0);
            assertThat(collection.bodies().check(article, MathMode.MATHML)).extracting(Warning::toString).singleElement()
                    .asString().startsWith("posts/a.md:11: warning: the formula '\\frac{1}{' cannot be rendered as "
                            + "MathML (").endsWith("); readers get its TeX");
        }
    }

    @Test
    void aFeedOfSummariesNeverRendersTheFullTextsFormulas() {
        new Folder(root).write("a.md", ARTICLE);
        try (var collection = TestCollection.open(root, Articles.SITE, false)) {
            Article article = collection.current().articles().get(0);
            Body body = collection.bodies().body(article, MathMode.MATHML);
            assertThat(body.summary()).contains("<math");
            assertThat(body.html()).as("never sent: left as TeX").contains("class=\"math inline\">\\(x^2\\)")
                    .doesNotContain("<math");
        }
    }

    @Test
    void anArticleOfHtmlGetsItsFormulasMarkedUpAsMarkdownDoes() {
        new Folder(root).write("a.html", "---\ntitle: H\ndate: 2024-05-01\n---\n<p>Inline \\(y\\) here.</p>\n");
        try (var collection = TestCollection.open(root, Articles.SITE)) {
            Article article = collection.current().articles().get(0);
            assertThat(collection.bodies().body(article, MathMode.TEX).html())
                    .isEqualTo("<p>Inline <span class=\"math inline\">\\(y\\)</span> here.</p>");
        }
    }

    static {
        TestFormulas.SHARED.start();  // the engine takes seconds: start it while the folders are written
    }
}
