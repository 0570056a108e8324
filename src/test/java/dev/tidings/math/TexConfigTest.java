package dev.tidings.math;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The macros and numbering a theme's MathJax or KaTeX configuration writes, as its templates hold it. */
final class TexConfigTest {
    @Test
    void readsMathJax3AndMathJax2AndKatexConfigurations() {
        String mathJax3 = """
                <script>
                MathJax = {tex: {tags: "all", macros: {bold: ["{\\\\bf #1}", 1], RR: '\\\\mathbb{R}'}}};  // ours
                </script>""";
        String mathJax2 = """
                MathJax.Hub.Config({TeX: {equationNumbers: {autoNumber: "AMS"},
                  Macros: {Z: "\\\\mathbb{Z}", /* integers */ abs: ['\\\\left|#1\\\\right|', 1]}}});""";
        String katex = """
                renderMathInElement(document.body, {delimiters: [], macros: {"\\\\N": "\\\\mathbb{N}", "\\\\pr": "P(#1|#2)"}});""";
        assertThat(TexMacros.inScript(mathJax3).names()).containsExactly("\\bold", "\\RR");
        assertThat(TexConfig.Tags.inScript(mathJax3)).contains(TexConfig.Tags.ALL);
        assertThat(TexMacros.inScript(mathJax2).names()).containsExactly("\\Z", "\\abs");
        assertThat(TexConfig.Tags.inScript(mathJax2)).contains(TexConfig.Tags.AMS);
        assertThat(TexMacros.inScript(katex).names()).containsExactly("\\N", "\\pr");
        assertThat(TexConfig.Tags.inScript(katex)).isEmpty();
        var config = new TexConfig(TexMacros.inScript(katex), TexConfig.Tags.AMS);
        var element = new org.jsoup.nodes.Element("span").addClass("math").addClass("inline").text("\\(\\pr{A}{B}\\N\\)");
        assertThat(TexArticle.prepare(java.util.List.of(element), config).get(0).key().tex())
                .as("KaTeX's macros take the arguments their #n say").isEqualTo("P(A|B)\\mathbb{N}");
    }

    @Test
    void leavesOutWhatATemplateFillsIn() {
        String hugo = "MathJax = {tex: {macros: {{ .Site.Params.math.macros | jsonify }}, tags: '{{ .Site.Params.tags }}'}};";
        assertThat(TexMacros.inScript(hugo).names()).isEmpty();
        assertThat(TexConfig.Tags.inScript(hugo)).isEmpty();
        assertThat(TexMacros.inScript("MathJax = {tex: {macros: {RR: theme.rr}}}").names()).isEmpty();
    }
}
