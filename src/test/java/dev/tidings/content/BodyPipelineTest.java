package dev.tidings.content;

import static dev.tidings.content.Articles.body;
import static dev.tidings.content.Articles.markdown;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The pipeline as a whole, from an article's text to its body and summary, formulas as TeX. */
final class BodyPipelineTest {
    private static final String FRONT = "---\ntitle: T\ndate: 2024-05-01\n---\n";

    private static String html(String bodyHtml) {
        return body("posts/page.html", FRONT + bodyHtml).html();
    }

    @Test
    void removesActiveContent() {
        String html = markdown("""
                <script>alert(1)</script>
                <style>p{}</style>
                <iframe src="https://evil.example/"></iframe>
                <object data="x.swf"></object>
                <form action="/x"><input name="q"></form>
                <img src="a.png" onerror="alert(1)" style="width:1px">
                <a href="javascript:alert(1)">js</a> <a href="data:text/html,x">data</a>
                <svg onload="alert(1)"><circle r="1"/></svg>
                <p onclick="x()">text</p>
                """);
        assertThat(html).doesNotContain("script").doesNotContain("alert").doesNotContain("<style")
                .doesNotContain("iframe").doesNotContain("object").doesNotContain("form").doesNotContain("input")
                .doesNotContain("onerror").doesNotContain("onclick").doesNotContain("style=").doesNotContain("svg")
                .doesNotContain("javascript:").doesNotContain("data:")
                .contains("<a>js</a>").contains("<p>text</p>");
    }

    @Test
    void makesEveryRelativeUrlAbsoluteAgainstThePermalink() {
        String html = html("""
                <p><a href="other/">rel</a> <a href="../up/">up</a> <a href="/root">root</a> <a href="#sec">frag</a>
                <a href="https://else.example/x">abs</a> <a href="mailto:a@b.example">mail</a>
                <img src="img/a%20b.png" srcset="img/a-2x.png 2x, /img/a-3x.png 3x, javascript:x 4x" alt="a">
                <video src="clip.mp4" poster="poster.jpg" controls></video>
                <picture><source srcset="wide.webp" media="(min-width: 800px)"><img src="narrow.png"></picture></p>
                """);
        String base = "https://example.org/blog/posts/page/";
        assertThat(html).contains("href=\"" + base + "other/\"").contains("href=\"https://example.org/blog/posts/up/\"")
                .contains("href=\"https://example.org/root\"").contains("href=\"" + base + "#sec\"")
                .contains("href=\"https://else.example/x\"").contains("href=\"mailto:a@b.example\"")
                .contains("src=\"" + base + "img/a%20b.png\"")
                .contains("srcset=\"" + base + "img/a-2x.png 2x, https://example.org/img/a-3x.png 3x\"")
                .contains("src=\"" + base + "clip.mp4\"").contains("poster=\"" + base + "poster.jpg\"")
                .contains("srcset=\"" + base + "wide.webp\"").contains("src=\"" + base + "narrow.png\"");
    }

    @Test
    void markdownImagesAndLinksBecomeAbsoluteToo() {
        assertThat(markdown("![diagram](diagram.svg) [next](../next/)"))
                .contains("src=\"https://example.org/blog/posts/test/diagram.svg\"")
                .contains("href=\"https://example.org/blog/posts/next/\"");
    }

    @Test
    void keepsMathMlCodeClassesTablesAndHeadingIds() {
        String mathMl = "<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\"><semantics><mrow>"
                + "<mi>x</mi><mo>=</mo><mn>1</mn></mrow><annotation encoding=\"application/x-tex\">x=1</annotation>"
                + "</semantics></math>";
        String html = html(mathMl + "<h2 id=\"intro\">Intro</h2><pre><code class=\"language-python\">a = 1\n\n  b</code>"
                + "</pre><table><tr><td align=\"right\">1</td></tr></table>");
        assertThat(html).contains(mathMl).contains("<h2 id=\"intro\">")
                .contains("<pre><code class=\"language-python\">a = 1\n\n  b</code></pre>")
                .contains("<td align=\"right\">1</td>");
    }

    @Test
    void marksUpFormulasInHtmlArticlesButNotInCode() {
        String html = html("<p>Given \\(a&lt;b\\) and $x^{*}_i$, cost $5.</p>\n\\[\\sum_i x_i\\]\n"
                + "<pre><code>echo $HOME \\(x\\)</code></pre>");
        assertThat(html).contains("<span class=\"math inline\">\\(a&lt;b\\)</span>")
                .contains("<span class=\"math inline\">\\(x^{*}_i\\)</span>, cost $5.")
                .contains("<span class=\"math display\">\\[\\sum_i x_i\\]</span>")
                .contains("<code>echo $HOME \\(x\\)</code>");
    }

    @Test
    void removesCharactersXmlForbidsEvenFromEntities() {
        String html = html("<p>a&#1;b&#xFFFE;c\u0007d</p>");
        assertThat(html).isEqualTo("<p>abcd</p>");
    }

    @Test
    void keepsCjkEmojiAndSupplementaryCharactersAsThemselves() {
        assertThat(html("<p>中文 🚀 𠀀 &amp; &lt;</p>")).isEqualTo("<p>中文 🚀 𠀀 &amp; &lt;</p>");
    }

    @Test
    void summaryFieldWins() {
        Body body = body("posts/a.md", "---\ntitle: T\ndate: 2024-05-01\nsummary: Short *and* [linked](x/).\n---\n"
                + "Long body.\n\n<!--more-->\n\nRest.");
        assertThat(body.summary()).isEqualTo("<p>Short <em>and</em> <a href=\"https://example.org/blog/posts/a/x/\">"
                + "linked</a>.</p>");
    }

    @Test
    void summaryIsWhatComesBeforeTheMoreMarker() {
        Body body = body("posts/a.md", FRONT + "First *para* with $x_i$.\n\n<!--more-->\n\nSecond para.\n");
        assertThat(body.summary()).isEqualTo("<p>First <em>para</em> with <span class=\"math inline\">\\(x_i\\)</span>."
                + "</p>");
        assertThat(body.html()).contains("Second para.").doesNotContain("more");
    }

    @Test
    void aMoreMarkerInCodeIsNotAMarker() {
        Body body = body("posts/a.md", FRONT + "Intro with `<!--more-->` in code.\n\n```html\n<!--more-->\n```\n");
        assertThat(body.summary()).isEqualTo("<p>Intro with <code>&lt;!--more--&gt;</code> in code.</p>");
        assertThat(body.html()).contains("<pre><code class=\"language-html\">&lt;!--more--&gt;\n</code></pre>");
    }

    @Test
    void automaticSummaryCutsChineseBetweenCharacters() {
        String text = "重参数化技巧让采样也能反向传播。".repeat(20);  // 300 characters in one paragraph
        Body body = body("posts/a.md", FRONT + text + "\n");
        assertThat(body.summary()).isEqualTo("<p>" + text.substring(0, Summaries.LENGTH) + "…</p>");
    }

    @Test
    void automaticSummaryCutsLatinTextBetweenWords() {
        String text = "Reparameterization lets gradients flow through sampling. ".repeat(8);
        String summary = body("posts/a.md", FRONT + text + "\n").summary();
        assertThat(summary).startsWith("<p>Reparameterization").endsWith("…</p>");
        String kept = summary.substring(3, summary.length() - 5);
        assertThat(text).startsWith(kept + " ");  // ends at a word's end
        assertThat(kept.length()).isBetween(Summaries.LENGTH - 30, Summaries.LENGTH);
    }

    @Test
    void automaticSummaryNeverSplitsAFormulaTagOrEntity() {
        String text = "甲".repeat(195) + " $\\frac{a}{b} + \\sqrt{c}$ 乙 &amp; <em>丙丙丙丙丙丙丙丙丙丙丙丙丙丙丙</em>";
        String summary = body("posts/a.md", FRONT + text + "\n").summary();
        assertThat(summary).isEqualTo("<p>" + "甲".repeat(195) + " …</p>");
        String entity = "甲".repeat(199) + "&amp;乙乙乙";
        assertThat(body("posts/a.md", FRONT + entity + "\n").summary()).isEqualTo("<p>" + "甲".repeat(199) + "&amp;…</p>");
        String tag = "甲".repeat(190) + "<em>" + "乙".repeat(20) + "</em>丙";
        assertThat(body("posts/a.md", FRONT + tag + "\n").summary())
                .isEqualTo("<p>" + "甲".repeat(190) + "<em>" + "乙".repeat(10) + "…</em></p>");
    }

    @Test
    void automaticSummaryEndingExactlyAtTheLimitBeforeLatinText() {
        String text = "甲".repeat(Summaries.LENGTH) + "<em>word</em> more";
        assertThat(body("posts/a.md", FRONT + text + "\n").summary())
                .isEqualTo("<p>" + "甲".repeat(Summaries.LENGTH) + "<em>…</em></p>");
    }

    @Test
    void automaticSummaryTakesLeadingParagraphsAndStopsAtHeadingsTablesAndCode() {
        Body body = body("posts/a.md", FRONT + "# Title heading\n\nFirst paragraph.\n\nSecond one.\n\n## Next\n\nThird.\n");
        assertThat(body.summary()).isEqualTo("<p>First paragraph.</p>\n<p>Second one.</p>");
        Body onlyCode = body("posts/b.md", FRONT + "```\ncode only\n```\n");
        assertThat(onlyCode.summary()).isEqualTo("<pre><code>code only\n</code></pre>");
    }
}
