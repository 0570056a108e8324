package dev.tidings.content;

import static dev.tidings.content.Articles.markdown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Every way Markdown could damage a formula, and the exact TeX that must come out. */
final class MarkdownMathTest {

    private static String inline(String tex) {
        return "<span class=\"math inline\">\\(" + escape(tex) + "\\)</span>";
    }

    private static String displaySpan(String tex) {
        return "<span class=\"math display\">\\[" + escape(tex) + "\\]</span>";
    }

    private static String displayBlock(String tex) {
        return "<div class=\"math display\">\\[" + escape(tex) + "\\]</div>";
    }

    private static String escape(String tex) {
        return tex.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Test
    void emphasisNeverEatsStarsOrUnderscores() {
        assertThat(markdown("Volume $a*b*c$ here.")).contains(inline("a*b*c"));
        assertThat(markdown("Perturbed $x^{*}_i$ 和 $y^{*}$ again."))
                .contains(inline("x^{*}_i") + " 和 " + inline("y^{*}"));
        assertThat(markdown("$a_1 * b_2$ and $x_i * y_j$"))
                .contains(inline("a_1 * b_2")).contains(inline("x_i * y_j")).doesNotContain("<em>");
        assertThat(markdown("$\\mathbb{E}_{z\\sim p_{\\theta}(z)}[f(z)]$ and _real emphasis_"))
                .contains(inline("\\mathbb{E}_{z\\sim p_{\\theta}(z)}[f(z)]")).contains("<em>real emphasis</em>");
    }

    @Test
    void backslashEscapesInsideFormulasSurvive() {
        assertThat(markdown("Set $\\{ x \\mid x > 0 \\}$, space $a\\,b$, break $a \\\\ b$, dollar $\\$5$."))
                .contains(inline("\\{ x \\mid x > 0 \\}"))
                .contains(inline("a\\,b"))
                .contains(inline("a \\\\ b"))
                .contains(inline("\\$5"));
        assertThat(markdown("\\[L_{\\theta}=\\mathbb{E}_{z\\sim p_{\\theta}(z)}[f(z)]\\tag{1}\\]"))
                .contains(displayBlock("L_{\\theta}=\\mathbb{E}_{z\\sim p_{\\theta}(z)}[f(z)]\\tag{1}"));
        assertThat(markdown("Inline \\(f(z)\\) and \\(\\{a\\}\\)."))
                .contains(inline("f(z)")).contains(inline("\\{a\\}"));
    }

    @Test
    void displayBlocksKeepLinesThatLookLikeListsHeadingsQuotesOrBlanks() {
        String tex = """

                f(x) = a \\\\
                - b \\\\
                + c \\\\
                # d \\\\
                > e \\\\
                1. f

                = g
                """;
        assertThat(markdown("Before.\n\n$$" + tex + "$$\n\nAfter."))
                .contains(displayBlock(tex))
                .doesNotContain("<li>").doesNotContain("<h1").doesNotContain("<blockquote>");
    }

    @Test
    void environmentsAreKeptWhole() {
        String tex = """
                \\begin{equation}
                \\left\\{\\begin{aligned}
                &\\mathbb{E}[x] = \\mu \\\\
                - &\\text{方差}\\ \\sigma^2
                \\end{aligned}\\right.
                \\end{equation}""";
        assertThat(markdown("Text.\n\n" + tex + "\n\nMore."))
                .contains("<div class=\"math display\">" + escape(tex) + "</div>")
                .contains("<p>More.</p>");
        assertThat(markdown("Inline \\begin{cases}a & b\\\\ c\\end{cases} here."))
                .contains("<span class=\"math display\">" + escape("\\begin{cases}a & b\\\\ c\\end{cases}") + "</span>");
    }

    @Test
    void pipesInsideFormulasInTableCellsSurvive() {
        String html = markdown("""
                | norm | formula |
                |------|---------|
                | L2 | $\\|x\\|_2$ |
                | abs | $\\left\\|x\\right\\|$ and `a\\|b` |
                """);
        assertThat(html).contains("<td>" + inline("\\|x\\|_2") + "</td>")
                .contains(inline("\\left\\|x\\right\\|"))
                .contains("<code>a|b</code>");  // GFM's own rule for code
    }

    @Test
    void dollarsInCodeAreNotMath() {
        assertThat(markdown("Run `echo $HOME $PATH` now.")).contains("<code>echo $HOME $PATH</code>")
                .doesNotContain("math");
        assertThat(markdown("```bash\nexport A=$x$\n```\n")).contains("export A=$x$").doesNotContain("math");
        assertThat(markdown("    indented $x$ code\n")).contains("<pre><code>indented $x$ code").doesNotContain("math");
    }

    @Test
    void pricesAndLoneDollarsStayText() {
        assertThat(markdown("It costs $5 and $10 today.")).contains("It costs $5 and $10 today.")
                .doesNotContain("math");
        assertThat(markdown("A $ sign alone, and $ spaced $.")).doesNotContain("math");
        assertThat(markdown("Escaped \\$x\\$ stays.")).contains("Escaped $x$ stays.").doesNotContain("math");
    }

    @Test
    void displayMathInsideAParagraphIsASpan() {
        assertThat(markdown("where $$\\sum_i x_i$$ is the total.")).contains(displaySpan("\\sum_i x_i"));
        assertThat(markdown("Then\n$$x^2$$\nfollows."))  // on a line of its own it interrupts the paragraph
                .contains("<p>Then</p>\n" + displayBlock("x^2") + "\n<p>follows.</p>");
    }

    @Test
    void singleLineDisplayBlocks() {
        assertThat(markdown("$$E = mc^2$$")).contains(displayBlock("E = mc^2"));
        assertThat(markdown("  \\[a<b\\]  ")).contains(displayBlock("a<b"));
    }

    @Test
    void formulasInListsAndQuotes() {
        assertThat(markdown("- item $a*b$\n- item $$c*d$$\n")).contains(inline("a*b")).contains(displaySpan("c*d"));
        assertThat(markdown("> quoted\n>\n> $$\n> - x\n> $$\n")).contains("<blockquote>")
                .contains(displayBlock("\n- x\n"));
    }

    @Test
    void anUnclosedDisplayBlockStaysVisibleAsText() {
        assertThat(markdown("$$\nx = 1\n")).contains("<p>$$\nx = 1</p>").doesNotContain("math");
    }

    @Test
    void formulaTextIsEscapedForHtml() {
        assertThat(markdown("$a<b>c & d$")).contains(inline("a<b>c & d"));
        assertThat(markdown("$<script>alert(1)</script>$")).contains("\\(&lt;script&gt;alert(1)&lt;/script&gt;\\)")
                .doesNotContain("<script>");
    }

    @Test
    void manyLoneDollarsStayLinear() {
        // A hang guard, not a speed limit. Each lone '$' searching the rest of the paragraph for its closer is
        // quadratic: on these 1.2 MB, tens of minutes here (12 s for a tenth of it), so it fails on any machine. The
        // linear scan takes a fraction of a second, also on a busy one. commonmark's Scanner does not let a test count
        // the characters scanned, so time it is, with a margin of about a hundred either way.
        String hostile = "$a ".repeat(400_000);
        String html = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> markdown(hostile));
        assertThat(html).doesNotContain("math");
    }
}
