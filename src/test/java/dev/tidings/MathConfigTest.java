package dev.tidings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tidings.content.Article;
import dev.tidings.content.Bodies;
import dev.tidings.content.BodyStore;
import dev.tidings.content.Library;
import dev.tidings.math.MathMode;
import dev.tidings.math.TexConfig;
import dev.tidings.math.TestFormulas;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site's MathJax configuration: the macros and numbering its theme's MathJax configuration sets (our Hexo fixture
 * {@code hexo-macros}, whose post uses them with macros of its own), and {@code math_macros} and {@code math_tags}.
 */
final class MathConfigTest {
    @TempDir
    Path content;

    @Test
    void readsTheThemesMacrosAndNumberingAndRendersThePostWithThem() {
        Config config = Config.load(Map.of("content", GeneratedSite.fixture("hexo-macros").toString(),
                "state_dir", "none"), Map.of());
        assertThat(config.site().tex().macros().names()).containsExactly("\\RR", "\\KL", "\\E");
        assertThat(config.site().tex().tags()).isEqualTo(TexConfig.Tags.AMS);
        assertThat(config.fromSite().summary()).contains("math_macros from themes/notes/layout/_partial/mathjax.ejs")
                .contains("math_tags from themes/notes/layout/_partial/mathjax.ejs");
        var registry = new SimpleMeterRegistry();
        try (BodyStore store = BodyStore.open();
             Library library = Library.load(config.content(), config.site(), store, registry)) {
            var bodies = new Bodies(store, config.site(), TestFormulas.SHARED, true, registry);
            Article post = library.current().articles().get(0);
            String html = bodies.body(post, MathMode.MATHML).html();
            assertThat(bodies.check(post, MathMode.MATHML)).isEmpty();
            assertThat(Jsoup.parseBodyFragment(html).select("math").stream().map(MathConfigTest::shown).toList())
                    .containsExactly("", "logp(x)≥𝔼[logp(x,z)−logq(z)](1)", "DKL(q∥p)",
                            "logp(x)=ELBO+DKL(q(z)∥p(z∣x))(2)", "(1)", "(2)", "DKL(q∥p)≥0", "x∈ℝd", "2");
            assertThat(html).doesNotContain("math-error")
                    .contains("alttext=\"\\KL{q}{p} \\ge 0\"");  // the TeX as written, for copying
        }
    }

    /** What a reader sees of a formula: its text without the annotation. */
    private static String shown(Element math) {
        Element copy = math.clone();
        copy.select("annotation").remove();
        return copy.text().replace(" ", "").replace("\u2061", "");
    }

    @Test
    void mathMacrosAddToTheThemesAndMathTagsWins() throws IOException {
        Files.writeString(content.resolve("tidings.yml"), """
                math_macros:
                  RR: '\\mathbf{R}'
                  norm: ['\\left\\|#1\\right\\|', 1]
                math_tags: none
                """);
        Config config = Config.load(Map.of("content", content.toString()), Map.of());
        assertThat(config.site().tex().macros().names()).containsExactly("\\RR", "\\norm");
        assertThat(config.site().tex().tags()).isEqualTo(TexConfig.Tags.NONE);
        Config flagged = Config.load(Map.of("content", content.toString(), "math_macros", "{E: '\\\\mathbb{E}'}"),
                Map.of("TIDINGS_MATH_TAGS", "all"));
        assertThat(flagged.site().tex().macros().names()).containsExactly("\\E");
        assertThat(flagged.site().tex().tags()).isEqualTo(TexConfig.Tags.ALL);
    }

    @Test
    void aBadMacroSaysWhereAndWhy() throws IOException {
        Files.writeString(content.resolve("tidings.yml"), "title: T\nmath_macros:\n  norm: ['\\|#1\\|', 'one']\n");
        assertThatThrownBy(() -> Config.load(Map.of("content", content.toString()), Map.of()))
                .hasMessage("tidings.yml:2: 'math_macros' must be an object of macros like {RR: '\\mathbb{R}'}, but "
                        + "'norm' must be TeX, or [TeX, number of arguments (0 to 9)] or [TeX, number, default of the "
                        + "first], but was [\\|#1\\|, one]");
        assertThatThrownBy(() -> Config.load(Map.of("content", content.toString(), "math_macros", "{RR: \\mathbb}"),
                Map.of())).hasMessage("--math-macros must be an object of macros like {RR: '\\mathbb{R}'}, but was "
                        + "'{RR: \\mathbb}': expected a string, number, array or object at character 6, found "
                        + "'\\mathbb}'");
    }
}
