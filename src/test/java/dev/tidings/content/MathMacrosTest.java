package dev.tidings.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.math.MathMode;
import dev.tidings.math.TexConfig;
import dev.tidings.math.TexMacros;
import dev.tidings.math.TestFormulas;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Macros, equation numbers and MathJax's own commands in a feed's MathML, as an owner sees them: an article of ours
 * that uses each, through the bodies the feeds send. The numbers and texts are what MathJax 3 shows on the article's
 * page ({@code tags: 'ams'}); none of the formulas is a {@code math-error}, and each annotation keeps the TeX as
 * written.
 */
final class MathMacrosTest {
    static final String ARTICLE = """
            ---
            title: Macros and numbers
            date: 2024-05-01
            ---
            Definitions $\\newcommand{\\Ex}{\\mathbb{E}}\\def\\pair#1#2{\\langle #1,#2\\rangle}$ come first; then
            $\\Ex[X] = \\pair{a}{b}$, and $\\newcommand{\\P}{\\mathbb{P}} \\P(A)$ although KaTeX has a \\P.

            $$
            \\begin{equation}
            \\RR^n \\ni x \\label{eq:space}
            \\end{equation}
            $$

            $$
            \\begin{align}
            a &= b \\\\
            c &= d \\nonumber \\\\
            e &= \\norm{f} \\tag{T} \\label{eq:t}
            \\end{align}
            $$

            See $\\eqref{eq:space}$, $\\ref{eq:t}$ and $\\eqref{eq:missing}$.
            MathJax's own: $\\unicode{x2206}$ $\\bbox[yellow]{x}$ $\\style{color:red}{y}$ $\\class{c}{z}$
            $\\cssId{i}{w}$ $\\require{cancel}\\cancel{v}$.
            """;
    static final TexConfig SITE = new TexConfig(TexMacros.parse("{RR: '\\\\mathbb{R}', norm: ['\\\\|#1\\\\|', 1]}"),
            TexConfig.Tags.AMS);

    @TempDir
    Path root;

    private TestCollection collection(String... articles) {
        TestFormulas.SHARED.start();
        for (int i = 0; i < articles.length; i++) {
            new Folder(root).write("posts/" + i + ".md", articles[i]);
        }
        return TestCollection.open(root, Articles.SITE.withTex(SITE));
    }

    /**
     * What a reader sees of each formula (its text, without the annotations that mark its linear form for text
     * readers), and its {@code alttext}: the TeX as written.
     */
    private static List<String> shown(String html) {
        return Jsoup.parseBodyFragment(html).select("math").stream().map(math -> {
            Element copy = math.clone();
            String tex = copy.attr("alttext").strip().replaceAll("\\s+", " ");
            copy.select("annotation").remove();
            return copy.text().replace(" ", "").replace("\u2061", "") + " ← " + tex;
        }).toList();
    }

    @Test
    void eachConstructAsMathJaxShowsIt() {
        try (var collection = collection(ARTICLE)) {
            Article article = collection.current().articles().get(0);
            String html = collection.bodies().body(article, MathMode.MATHML).html();
            assertThat(html).doesNotContain("math-error");
            assertThat(collection.bodies().check(article, MathMode.MATHML)).isEmpty();
            assertThat(shown(html)).containsExactly(
                    " ← \\newcommand{\\Ex}{\\mathbb{E}}\\def\\pair#1#2{\\langle #1,#2\\rangle}",
                    "𝔼[X]=⟨a,b⟩ ← \\Ex[X] = \\pair{a}{b}",
                    "ℙ(A) ← \\newcommand{\\P}{\\mathbb{P}} \\P(A)",
                    "ℝn∋x(1) ← \\begin{equation} \\RR^n \\ni x \\label{eq:space} \\end{equation}",
                    "a=b(2)c=de=∥f∥(T) ← \\begin{align} a &= b \\\\ c &= d \\nonumber \\\\ e &= \\norm{f} \\tag{T} "
                            + "\\label{eq:t} \\end{align}",
                    "(1) ← \\eqref{eq:space}", "T ← \\ref{eq:t}", "(???) ← \\eqref{eq:missing}",
                    "∆ ← \\unicode{x2206}", "x ← \\bbox[yellow]{x}", "y ← \\style{color:red}{y}", "z ← \\class{c}{z}",
                    "w ← \\cssId{i}{w}", "v ← \\require{cancel}\\cancel{v}");
        }
    }

    @Test
    void checkWarnsOnlyAboutWhatMathJaxRefuses() {
        try (var collection = collection("""
                ---
                title: Refused
                date: 2024-05-02
                ---
                Formulas MathJax refuses, and fine ones.

                <!--more-->

                An unknown $\\undefined x$, a label twice:

                $$\\begin{equation} a \\label{twice} \\end{equation}$$

                $$\\begin{equation} b \\label{twice} \\end{equation}$$

                a loop $\\def\\loop{\\loop} \\loop$, and fine ones: $\\eqref{nowhere}$ $\\newcommand{\\P}{p}\\P$.
                """)) {
            Article article = collection.current().articles().get(0);
            assertThat(collection.bodies().check(article, MathMode.MATHML)).extracting(Warning::toString)
                    .containsExactly("posts/0.md:9: warning: the formula '\\undefined x' cannot be rendered as MathML "
                                    + "(KaTeX parse error: Undefined control sequence: \\undefined at position 1: "
                                    + "\\undefined x); readers get its TeX",
                            "posts/0.md:13: warning: the formula '\\begin{equation} b \\label{twice} \\end{equation}' "
                                    + "cannot be rendered as MathML (Label 'twice' multiply defined); readers get its TeX",
                            "posts/0.md:15: warning: the formula '\\def\\loop{\\loop} \\loop' cannot be rendered as "
                                    + "MathML (MathJax maximum macro substitution count exceeded; is here a recursive "
                                    + "macro call?); readers get its TeX");
        }
    }

    @Test
    void eachDistinctFormulaWithTheMacrosInForceRendersOnce() {
        String uses = "$\\Vec{u} + \\RR$ and $\\Vec{u} + \\RR$\n";
        try (var collection = collection(
                "---\ntitle: Bold\ndate: 2024-05-03\n---\n$\\newcommand{\\Vec}[1]{\\mathbf{#1}}$ " + uses,
                "---\ntitle: Arrow\ndate: 2024-05-04\n---\n$\\newcommand{\\Vec}[1]{\\vec{#1}}$ " + uses,
                "---\ntitle: Bold again\ndate: 2024-05-05\n---\n$\\newcommand{\\Vec}[1]{\\mathbf{#1}}$ " + uses)) {
            long before = TestFormulas.SHARED.rendered();
            var bodies = new java.util.HashMap<String, String>();
            for (Article article : collection.current().articles()) {
                bodies.put(article.title(), collection.bodies().body(article, MathMode.MATHML).html());
            }
            assertThat(bodies.get("Arrow")).contains("<mover accent=\"true\"><mi>u</mi><mo>\u20d7</mo></mover>");
            assertThat(bodies.get("Bold again")).isEqualTo(bodies.get("Bold")).contains("<mi>𝐮</mi>");
            assertThat(TestFormulas.SHARED.rendered() - before).as("rendered by the engine").isLessThanOrEqualTo(3);
        }
    }
}
