package dev.tidings.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Each pipeline's Markdown side: which formulas Markdown leaves as written (kramdown's {@code $$}, Hugo's passthrough
 * delimiters), and what the rest becomes before the page's script finds formulas in it. The TeX the tests expect is
 * what kramdown 2.4 and Hugo's documented passthrough write for the page, as the page's MathJax reads it.
 */
final class MathSyntaxesTest {
    private static final MathDelimiters.Pair PARENS = new MathDelimiters.Pair("\\(", "\\)", false);
    private static final MathDelimiters.Pair BRACKETS = new MathDelimiters.Pair("\\[", "\\]", true);
    private static final MathDelimiters.Pair DOLLAR = new MathDelimiters.Pair("$", "$", false);
    private static final MathDelimiters.Pair DOLLARS = new MathDelimiters.Pair("$$", "$$", true);
    private static final MathDelimiters DEFAULTS = MathDelimiters.MATHJAX;
    private static final MathSyntax KRAMDOWN = new MathSyntax(MathSyntax.Name.KRAMDOWN, DEFAULTS, List.of(), false);
    private static final MathSyntax PASSTHROUGH = new MathSyntax(MathSyntax.Name.HUGO_PASSTHROUGH,
            DEFAULTS.with(List.of(DOLLAR)), List.of(BRACKETS, DOLLARS, PARENS, DOLLAR), false);
    private static final String FRONT = "---\ntitle: T\ndate: 2024-05-01\n---\n";

    private static Body body(Generator generator, MathSyntax syntax, String path, String text) {
        Article article = Articles.parse(path, FRONT + text);
        return new BodyPipeline(new Conventions(generator, Map.of(), 0, "").with(syntax)).render(article, text);
    }

    private static List<String> formulas(MathSyntax syntax, String markdown) {
        return PageReading.marked(Jsoup.parseBodyFragment(body(Generator.NONE, syntax, "posts/t.md", markdown)
                .html()).body());
    }

    @Test
    void kramdownsDoubleDollarsAreDisplayOnlyAsABlockOfTheirOwn() {
        assertThat(formulas(KRAMDOWN, """
                In a sentence $$a_1 \\_ b$$ and $$ c $$.

                $$
                \\begin{aligned}
                x &= 1 \\\\
                - y &= 2
                \\end{aligned}
                $$

                Before
                $$d$$
                after.

                $$e$$
                closes a line that text follows.

                - item

                  $$f$$

                $$never closed
                """)).containsExactly("a_1 \\_ b", "c",
                "display: \\begin{aligned}\nx &= 1 \\\\\n- y &= 2\n\\end{aligned}", "d", "e",
                "display: f");
    }

    @Test
    void kramdownKeepsAQuotedFormulaWholeWhenItsLinesAreNotQuoted() {
        String html = body(Generator.NONE, KRAMDOWN, "posts/t.md", """
                > The gate:
                >
                > $$
                \\boldsymbol f_t = \\sigma(W x_t) \\\\
                g_t = 1
                $$

                After the quote.
                """).html();
        assertThat(PageReading.marked(Jsoup.parseBodyFragment(html).body()))
                .containsExactly("display: \\boldsymbol f_t = \\sigma(W x_t) \\\\\ng_t = 1");
        assertThat(Jsoup.parseBodyFragment(html).select("blockquote .math")).as("inside the quote").hasSize(1);
        assertThat(html).doesNotContain("$$");
    }

    @Test
    void kramdownKeepsTheBackslashesItDoesNotEscapeAndTheBlocksItDoesNotKnow() {
        assertThat(formulas(KRAMDOWN, "Kept \\\\(a\\,b\\;c\\%d\\\\) and dropped \\\\(\\{x\\}\\\\). A $y_1$ is text.\n"))
                .containsExactly("a\\,b\\;c\\%d", "{x}");
        String html = body(Generator.NONE, KRAMDOWN, "posts/t.md", "$$\ntext that never closes\n").html();
        assertThat(html).contains("$$\ntext that never closes").doesNotContain("math");
    }

    @Test
    void hugosPassthroughLeavesItsDelimitersAloneInsideParagraphsOnly() {
        assertThat(formulas(PASSTHROUGH, """
                As written: $\\{a\\}_1 * b * c$, \\(x\\_1\\) and \\[y\\,z\\] in a line.

                $$
                \\begin{aligned}
                p &= q \\\\
                r &= s
                \\end{aligned}
                $$

                $$
                - broken by a list
                $$

                Empty $$$$ is no formula.

                \\\\$escaped$ is text.

                A \\( never closed is text.
                """)).containsExactly("\\{a\\}_1 * b * c", "x\\_1", "display: y\\,z",
                "display: \n\\begin{aligned}\np &= q \\\\\nr &= s\n\\end{aligned}\n",
                "display: ");  // goldmark leaves "$$$$" as text, where the page's MathJax finds an empty formula
    }

    @Test
    void aPageFormulaIsFoundInHtmlArticlesAndSummariesToo() {
        var hugo = new MathSyntax(MathSyntax.Name.HUGO, DEFAULTS.with(List.of(DOLLAR)), List.of(), false);
        Body html = body(Generator.NONE, hugo, "posts/t.html", "<p>An <em>HTML</em> $x_1$ and \\(y\\).</p>\n");
        assertThat(PageReading.marked(Jsoup.parseBodyFragment(html.html()).body())).containsExactly("x_1", "y");
        Article article = Articles.parse("posts/s.md",
                "---\ntitle: T\ndate: 2024-05-01\nsummary: Sum $a\\_1$.\n---\nB.\n");
        Body summarized = new BodyPipeline(Conventions.none().with(hugo)).render(article, "B.\n");
        assertThat(summarized.summary()).contains("<span class=\"math inline\">\\(a_1\\)</span>");
    }

    @Test
    void aHugoFormulaShortcodeIsHtmlThePageFindsItsTexIn() {
        var hugo = new MathSyntax(MathSyntax.Name.HUGO, DEFAULTS, List.of(), true);
        String html = body(Generator.HUGO, hugo, "posts/t.md", """
                Inline {{< katex >}}a_1 \\\\ b'{{< /katex >}} and its own {{< math >}}$$c$${{< /math >}}.

                {{< katex >}}
                \\sum_i x_i
                {{< /katex >}}
                """).html();
        assertThat(PageReading.marked(Jsoup.parseBodyFragment(html).body()))
                .containsExactly("a_1 \\\\ b'", "display: c", "display: \\sum_i x_i");
    }

    @Test
    void goldmarkKeepsThreeBackslashesEndingAFormulaLineAsATexLineBreak() {
        var hugo = new MathSyntax(MathSyntax.Name.HUGO, DEFAULTS, List.of(), false);
        // What hugo 0.111.3 makes of it: "a = 1 \\" then a newline inside the paragraph, no <br>, and MathJax
        // finds one formula; a single backslash ending a line is a hard break, as everywhere.
        String html = body(Generator.HUGO, hugo, "posts/t.md", """
                $$
                \\begin{cases}
                a = 1 \\\\\\
                b = 2
                \\end{cases}
                $$

                Plain hard\\
                break.
                """).html();
        assertThat(PageReading.marked(Jsoup.parseBodyFragment(html).body()))
                .containsExactly("display: \n\\begin{cases}\na = 1 \\\\\nb = 2\n\\end{cases}\n");
        assertThat(html).contains("Plain hard<br>");
        assertThat(formulas(MathSyntax.tidings(), "$$a \\\\$$\n")).as("elsewhere, CommonMark's reading")
                .containsExactly("display: a \\\\");
    }

    @Test
    void markdownItsMathPluginsFindDollarsOnlyAndBackslashBracketsStayMarkdownEscapes() {
        var markdownIt = new MathSyntax(MathSyntax.Name.MARKDOWN_IT, DEFAULTS, List.of(), false);
        String html = body(Generator.HEXO, markdownIt, "posts/t.md", """
                See [P3831 \\[SHOI2012\\] the way home](https://example.org/p) and \\(not math\\), but $a_1$.

                $$
                b^2
                $$

                \\[
                c
                \\]
                """).html();
        assertThat(PageReading.marked(Jsoup.parseBodyFragment(html).body())).containsExactly("a_1", "display: \nb^2\n");
        assertThat(html).contains("[SHOI2012] the way home</a>", "(not math)", "<p>[\nc\n]</p>");
        assertThat(formulas(MathSyntax.tidings(), "\\[x\\]\n")).as("Tidings' own").containsExactly("display: x");
    }

    @Test
    void tidingsOwnFormatIsUnchanged() {
        assertThat(formulas(MathSyntax.tidings(), "$a\\_1$ and $$b$$ and \\(c\\,d\\)\n"))
                .containsExactly("a\\_1", "display: b", "c\\,d");
    }
}
