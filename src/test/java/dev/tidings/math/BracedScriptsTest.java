package dev.tidings.math;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Scripts that are commands, braced with their arguments as MathJax reads them, for KaTeX. */
final class BracedScriptsTest {
    @Test
    void bracesACommandWithTheArgumentsItTakes() {
        assertThat(BracedScripts.of("f_\\max")).isEqualTo("f_{\\max}");
        assertThat(BracedScripts.of("t_\\min + x^\\prime")).isEqualTo("t_{\\min} + x^{\\prime}");
        assertThat(BracedScripts.of("\\nabla_\\tilde{\\mathbf{x}} f")).isEqualTo("\\nabla_{\\tilde{\\mathbf{x}}} f");
        assertThat(BracedScripts.of("x^\\hat a")).isEqualTo("x^{\\hat a}");
        assertThat(BracedScripts.of("a_\\frac12 + b^\\frac{1}{n}c")).isEqualTo("a_{\\frac12} + b^{\\frac{1}{n}}c");
        assertThat(BracedScripts.of("e^\\sqrt[3]{x} + e^\\sqrt x")).isEqualTo("e^{\\sqrt[3]{x}} + e^{\\sqrt x}");
        assertThat(BracedScripts.of("\\sum_\\operatorname*{foo} x")).isEqualTo("\\sum_{\\operatorname*{foo}} x");
        assertThat(BracedScripts.of("x_\\max^\\min")).isEqualTo("x_{\\max}^{\\min}");
    }

    @Test
    void bracesScriptsInsideTheArgumentsToo() {
        assertThat(BracedScripts.of("x_\\frac{a}{b^\\max}")).isEqualTo("x_{\\frac{a}{b^{\\max}}}");
        assertThat(BracedScripts.of("\\hat{y_\\max}")).isEqualTo("\\hat{y_{\\max}}");
    }

    @Test
    void keepsSpacesAndCommentsWhereTheyAre() {
        assertThat(BracedScripts.of("f_ \\max")).isEqualTo("f_ {\\max}");
        assertThat(BracedScripts.of("f_%why\n\\max x")).isEqualTo("f_%why\n{\\max} x");
        assertThat(BracedScripts.of("x_\\tilde {y}")).isEqualTo("x_{\\tilde {y}}");
    }

    @Test
    void leavesWhatNeedsNoBracesAsItIs() {
        for (String tex : new String[] {"f_{\\max}", "x_i^2", "a\\_\\max", "a\\^\\max", "x_\\{", "\\hat{x}_{\\tilde y}"}) {
            assertThat(BracedScripts.of(tex)).as(tex).isEqualTo(tex);
        }
        assertThat(BracedScripts.of("\\text{a_\\max} + \\mbox{b^\\min}")).isEqualTo("\\text{a_\\max} + \\mbox{b^\\min}");
        assertThat(BracedScripts.of("x_\\text{a_\\max}y")).isEqualTo("x_{\\text{a_\\max}}y");
        assertThat(BracedScripts.of("\\textbf{a_\\max} + x_\\max")).isEqualTo("\\textbf{a_\\max} + x_{\\max}");
    }

    @Test
    void leavesUnbalancedTexUnbalanced() {
        assertThat(BracedScripts.of("x_\\hat{a")).isEqualTo("x_{\\hat{a}");
        assertThat(BracedScripts.of("x_\\hat")).isEqualTo("x_{\\hat}");
        assertThat(BracedScripts.of("{x_\\hat}")).isEqualTo("{x_{\\hat}}");
    }
}
