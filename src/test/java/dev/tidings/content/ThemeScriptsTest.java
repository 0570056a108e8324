package dev.tidings.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.content.MathDelimiters.Pair;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The delimiters a theme's MathJax or KaTeX configuration sets, as its templates and scripts write them. */
final class ThemeScriptsTest {
    private static final Pair DOLLAR = new Pair("$", "$", false);
    private static final Pair PARENS = new Pair("\\(", "\\)", false);
    private static final Pair DOLLARS = new Pair("$$", "$$", true);
    private static final Pair BRACKETS = new Pair("\\[", "\\]", true);

    private static Optional<MathDelimiters> read(String script) {
        return ThemeScripts.delimiters(script);
    }

    @Test
    void readsMathJaxThreesInlineAndDisplayDelimiters() {
        assertThat(read("""
                <script>
                  MathJax = {
                    tex: {
                      inlineMath: [['$', '$'], ["\\\\(", "\\\\)"]],  // a comment
                      displayMath: [ /* blocks */ ['$$','$$'] ],
                    }
                  };
                </script>""")).contains(MathDelimiters.mathJax(List.of(DOLLAR, PARENS), List.of(DOLLARS)));
        assertThat(read("window.MathJax = {tex: {\"inlineMath\": [[\"$\", \"$\"]]}};"))
                .contains(MathDelimiters.mathJax(List.of(DOLLAR), List.of(DOLLARS, BRACKETS)));  // display: defaults
    }

    @Test
    void readsNextsAdditionToTheDefaults() {
        assertThat(read("MathJax = {tex: {inlineMath: {'[+]': [['$', '$']]}, tags: 'ams'}};"))
                .contains(MathDelimiters.mathJax(List.of(PARENS, DOLLAR), List.of(DOLLARS, BRACKETS)));
    }

    @Test
    void readsMathJaxTwosOptionsWhoseEscapesAreOffUnlessTurnedOn() {
        assertThat(read("MathJax.Hub.Config({tex2jax: {inlineMath: [['$','$'], ['\\\\(','\\\\)']]}});"))
                .contains(new MathDelimiters(List.of(DOLLAR, PARENS, DOLLARS, BRACKETS), true, false, false, false));
        assertThat(read("MathJax.Hub.Config({tex2jax: {inlineMath: [['$','$']], processEscapes: true, "
                + "processEnvironments: false}});"))
                .contains(new MathDelimiters(List.of(DOLLAR, DOLLARS, BRACKETS), false, true, false, false));
    }

    @Test
    void readsKatexAutoRendersDelimitersOrItsDefaults() {
        assertThat(read("""
                renderMathInElement(document.body, {
                  delimiters: [
                    {left: "$$", right: "$$", display: true},
                    {left: '$', right: '$', display: false},
                    {"left": "\\\\begin{equation}", "right": "\\\\end{equation}", "display": true}
                  ],
                  throwOnError: false
                });""")).contains(new MathDelimiters(List.of(DOLLARS, DOLLAR,
                new Pair("\\begin{equation}", "\\end{equation}", true)), false, false, true, false));
        assertThat(read("renderMathInElement(document.body);")).contains(new MathDelimiters(ScriptLiteral.KATEX,
                false, false, true, false));
    }

    @Test
    void aValueATemplateComputesCannotBeRead() {
        assertThat(read("MathJax = {tex: {inlineMath: {{ .Site.Params.math.inline | jsonify }}}};")).isEmpty();
        assertThat(read("MathJax = {tex: {inlineMath: [[open, close]]}};")).isEmpty();
        assertThat(read("<p>No formulas configured here.</p>")).isEmpty();
    }
}
