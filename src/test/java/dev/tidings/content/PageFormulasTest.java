package dev.tidings.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Formulas found in a rendered page as MathJax 3 finds them. Each expected list is what MathJax 3.2 itself found in
 * the same page with the same delimiters (its {@code findMath()}, run once in headless Chromium).
 */
final class PageFormulasTest {
    private static final MathDelimiters DOLLARS = MathDelimiters.mathJax(List.of(new MathDelimiters.Pair("$", "$",
            false), new MathDelimiters.Pair("\\(", "\\)", false)), List.of(new MathDelimiters.Pair("$$", "$$", true),
            new MathDelimiters.Pair("\\[", "\\]", true)));

    private static final MathDelimiters KATEX = new MathDelimiters(List.of(new MathDelimiters.Pair("$", "$", false),
            new MathDelimiters.Pair("$$", "$$", true), new MathDelimiters.Pair("\\begin{equation}", "\\end{equation}",
            true)), false, false, true, false);

    /** Each formula's TeX, with "display: " before a display one's. */
    private static List<String> found(String html, MathDelimiters delimiters) {
        return PageReading.found(Jsoup.parseBodyFragment(html).body(), delimiters);
    }

    private static String markedUp(String html, MathDelimiters delimiters) {
        Document page = Jsoup.parseBodyFragment(html);
        new PageFormulas(delimiters, Typography.NONE).markUp(page.body(), true);
        return page.body().html();
    }

    @Test
    void findsWhatMathJaxFindsInAPageGoldmarkRendered() {
        // Hugo 0.111's page for a Markdown text whose formulas goldmark touched: \_ lost its backslash, _a_ became em
        String page = """
                <p>Inline $\\arg\\min_Q D_{\\texttt{KL}}(Q |P)$ and $a_1 + b_2$ and $x_i y_i$ and $a<em>b</em>c$ and \
                ({x}) and $\\$.</p>
                <p>$$
                \\begin{aligned}
                a &amp;= b \\
                c &amp;= d
                \\end{aligned}
                $$</p>
                <p>[ x , y ]</p>
                <p>\\begin{equation}
                a_1 \\ b_1
                \\end{equation}</p>
                <p>Price $5 and $10. Escaped $x$. <code>$code$</code> and <!-- raw HTML omitted -->$x$<!-- raw HTML \
                omitted --> &lt; $a&lt;b$</p>
                <table><tbody><tr><td>$a | b$</td><td>$|x|$</td></tr></tbody></table>
                """;
        assertThat(found(page, DOLLARS)).containsExactly(
                "\\arg\\min_Q D_{\\texttt{KL}}(Q |P)", "a_1 + b_2", "x_i y_i", " and ({x}) and ",
                "display: \n\\begin{aligned}\na &= b \\\nc &= d\n\\end{aligned}\n",
                "display: \\begin{equation}\na_1 \\ b_1\n\\end{equation}",
                "5 and ", "x", "x", "a<b", "a | b", "|x|");
    }

    @Test
    void matchesMathJaxOnBracesEscapesEnvironmentsAndStrayDelimiters() {
        assertThat(found("<p>a $x_{a$b}$ c</p>", DOLLARS)).containsExactly("x_{a$b}");
        assertThat(found("<p>$$a$$$ and $$$x$$</p>", DOLLARS)).containsExactly("display: a", " and ", "display: x");
        assertThat(found("<p>\\begin{align}a\\begin{align}b\\end{align}c\\end{align}</p>", DOLLARS))
                .containsExactly("display: \\begin{align}a\\begin{align}b\\end{align}");  // no nesting
        assertThat(found("<p>\\begin {equation*} x \\end {equation*} and \\begin{x}y</p>", DOLLARS))
                .containsExactly("display: \\begin {equation*} x \\end {equation*}");
        assertThat(found("<p>\\\\(a\\) and \\\\$ and \\(\\$\\) and \\( \\{ \\) \\)</p>", DOLLARS))
                .containsExactly("\\$", " \\{ ");
        assertThat(found("<p>see \\ref{eq1} and \\eqref{a b} here</p>", DOLLARS))
                .containsExactly("\\ref{eq1}", "\\eqref{a b}");
        assertThat(found("<p>open $ never closed and \\( never</p>", DOLLARS)).isEmpty();
        assertThat(found("<p>{$x$} and $\\}$ and $a}b$ and ${$x$</p>", DOLLARS))
                .containsExactly("x", "\\}", "a}b", "x");
        assertThat(found("<p>$$ $$ and $$</p>", DOLLARS)).containsExactly("display:  ");
        assertThat(found("<div>$x$<p>$y$</p>$z$</div>", DOLLARS)).containsExactly("x", "y", "z");
    }

    @Test
    void readsTextAcrossLineBreaksAndCommentsButNotAcrossElements() {
        assertThat(found("<p>$a<br>b$</p><p>$c<span>d</span>e$</p><p>$f<!-- x -->g$</p>", DOLLARS))
                .containsExactly("a\nb", "fg");
    }

    @Test
    void leavesCodeScriptsFormulasAndIgnoredElementsAlone() {
        assertThat(found("<p><code>$a$</code></p><pre>$b$</pre><script>var x = '$c$';</script>"
                + "<span class=\"math inline\">\\(d\\)</span><div class=\"mathjax_ignore\">$e$</div>"
                + "<div class=\"tex2jax_ignore\">$f$</div><p>$g$</p>", DOLLARS)).containsExactly("d", "g");
    }

    @Test
    void writesEscapesAsTheCharacterTheyShowAndGivesAParagraphOfOneDisplayFormulaItsPlace() {
        assertThat(markedUp("<p>A \\$5 note \\\\ here.</p><p>\n$$x$$\n</p><p>a $$y$$</p>", DOLLARS))
                .isEqualTo("<p>A $5 note \\ here.</p>\n<div class=\"math display\">\\[x\\]</div>\n"
                        + "<p>a <span class=\"math display\">\\[y\\]</span></p>");
    }

    @Test
    void aGuessedDollarFollowsPandocsRule() {
        assertThat(found("<p>Costs $5 and $10.</p><p>A formula $x$, not $ y $ nor $z $4.</p>",
                MathDelimiters.GUESSED)).containsExactly("x");
        assertThat(found("<p>Costs $5 and $10.</p>", DOLLARS)).containsExactly("5 and ");  // MathJax's own rule
    }

    @Test
    void matchesKatexAutoRender() {
        // each expected list is what KaTeX 0.16's auto-render found in the same page
        assertThat(found("<p>a $x$ b $$y$$ c</p>", KATEX)).containsExactly("x", "", "");  // the order given
        assertThat(found("<p>open $ never and later $z$ not found</p>", KATEX))
                .containsExactly(" never and later ");  // a formula never closed ends the search
        assertThat(found("<p>$a<br>b$ and $c$</p>", KATEX)).containsExactly(" and ");
        assertThat(found("<p>$a}b$ and $\\{c$ d$</p>", KATEX)).containsExactly("a}b", "\\{c");
        assertThat(found("<p>\\begin{equation}x\\end{equation} and \\begin{align}y\\end{align}</p>", KATEX))
                .containsExactly("display: \\begin{equation}x\\end{equation}");
        assertThat(found("<p>\\$5 and $e$</p>", KATEX)).containsExactly("5 and ");  // no escapes
    }
}
