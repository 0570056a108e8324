package dev.tidings.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The TeX that reaches KaTeX, formula by formula, as the article's page's MathJax reads it (each expectation checked
 * against MathJax 3.2.2 in Chromium, with the same formulas on one page): definitions last for the rest of the article,
 * equations numbered as {@code tags: 'ams'} numbers them.
 */
final class TexArticleTest {
    private static final TexConfig AMS = TexConfig.DEFAULT;

    /** Formulas as the markup gives them: {@code $$…$$} is display, {@code $…$} inline. */
    private static List<String> prepared(TexConfig config, String... formulas) {
        var elements = new ArrayList<Element>();
        for (String formula : formulas) {
            boolean display = formula.startsWith("$$");
            String tex = display ? formula.substring(2, formula.length() - 2) : formula.substring(1, formula.length() - 1);
            elements.add(new Element(display ? "div" : "span").addClass("math").addClass(display ? "display" : "inline")
                    .text(display ? "\\[" + tex + "\\]" : "\\(" + tex + "\\)"));
        }
        return TexArticle.prepare(elements, config).stream()
                .map(formula -> formula.ok() ? formula.key().tex() : "error: " + formula.error()).toList();
    }

    @Test
    void definitionsLastForTheRestOfTheArticleAndLeaveNothingBehind() {
        assertThat(prepared(AMS, "$\\newcommand{\\Ex}{\\mathbb{E}}$", "$\\Ex[x] + \\Ex_{q}$",
                "$\\newcommand{\\P}{\\mathbb{P}} \\P(A)$", "$\\P(B)$", "$\\renewcommand{\\Q}{q} \\Q$",
                "$\\def\\foo#1{[#1]} \\foo{a}\\foo b$", "$\\foo{\\Ex}$"))
                .containsExactly("", "\\mathbb{E}[x] + \\mathbb{E}_{q}", " \\mathbb{P}(A)", "\\mathbb{P}(B)", " q",
                        " [a][b]", "[\\mathbb{E}]");
    }

    @Test
    void letCopiesAMeaningAndDeclareMathOperatorMakesAnOperator() {
        assertThat(prepared(AMS, "$\\let\\oldsqrt\\sqrt \\renewcommand{\\sqrt}[1]{\\oldsqrt{#1+1}} \\sqrt{x}$",
                "$\\DeclareMathOperator*{\\argmax}{arg\\,max} \\DeclareMathOperator{\\sgn}{sgn} \\argmax_x \\sgn x$",
                "$\\let\\a=\\argmax \\a$"))
                .containsExactly("  \\sqrt{x+1}", "  \\operatorname*{arg\\,max}_x \\operatorname{sgn} x",
                        " \\operatorname*{arg\\,max}");
    }

    @Test
    void argumentsAsMathJaxReadsThem() {
        assertThat(prepared(AMS, "$\\newcommand{\\opt}[2][d]{(#1,#2)} \\opt{a} \\opt[b]{c}$",
                "$\\def\\pair#1,#2.{\\langle #1|#2\\rangle} \\pair a,b.$",
                "$\\newcommand\\mk{\\def\\inner##1{<##1>}} \\mk \\inner{z}$"))
                .containsExactly(" (d,a) (b,c)", " \\langle a|b\\rangle", "  <z>");
    }

    @Test
    void siteMacrosAsMathJaxsConfigurationWritesThem() {
        var site = new TexConfig(TexMacros.parse("{RR: '\\\\mathbb{R}', norm: ['\\\\left\\\\|#1\\\\right\\\\|', 1],"
                + " \"\\\\KK\": \"K_{#1}^{#2}\", opt: ['#1/#2', 2, 'x']}"), TexConfig.Tags.AMS);
        assertThat(prepared(site, "$\\RR^n, \\norm{v}, \\KK ab, \\opt{y}$", "$\\renewcommand{\\RR}{R} \\RR$",
                "$\\RR$")).containsExactly("\\mathbb{R}^n, \\left\\|v\\right\\|, K_{a}^{b}, x/y", " R", "R");
        assertThat(prepared(site, "$\\RR$")).as("each article starts from the site's").containsExactly("\\mathbb{R}");
    }

    @Test
    void mathJaxsOwnCommandsBecomeWhatTheyShow() {
        assertThat(prepared(AMS, "$\\unicode{x2206} \\unicode{8710} \\unicode[.8,0]{x41}\\unicode{x7B}$",
                "$\\bbox[yellow,5px,border:2px solid red]{x} \\style{color:red}{y} \\class{c}{z} \\cssId{i}{w}$",
                "$\\require{cancel} \\cancel{x}$"))
                .containsExactly("\\text{\u2206} \\text{\u2206} \\text{A}\\text{{\\char\"7B}}", "{x} {y} {z} {w}",
                        " \\cancel{x}");
    }

    @Test
    void whatMathJaxRefusesIsAnError() {
        assertThat(prepared(AMS, "$\\def\\rec{\\rec} \\rec$", "$\\unicode{zz}$", "$\\newcommand{x}{y}$",
                "$\\newcommand{\\a}[1]{#1} \\a$"))
                .containsExactly("error: MathJax maximum macro substitution count exceeded; is here a recursive macro call?",
                        "error: Argument to \\unicode must be a number",
                        "error: First argument to \\newcommand must be a control sequence",
                        "error: Missing argument for \\a");
    }

    /** The formulas of one article, as in MathJax's test page: a forward reference, each numbered environment. */
    private static final String[] NUMBERED = {
        "$\\eqref{fwd} and \\ref{fwd}$",
        "$$\\begin{equation} a = b \\label{first} \\end{equation}$$",
        "$$\\begin{equation*} c \\end{equation*}$$",
        "$$\\begin{align} x &= 1 \\label{r1} \\\\ y &= 2 \\nonumber \\\\ z &= 3 \\notag \\\\ w &= 4 \\label{r4} \\end{align}$$",
        "$$\\begin{align*} p &= q \\\\ r &= s \\tag{S} \\label{star} \\end{align*}$$",
        "$$\\begin{gather} g_1 \\\\ g_2 \\label{g2} \\end{gather}$$",
        "$$\\begin{multline} m_1 \\\\ m_2 \\label{ml} \\end{multline}$$",
        "$$e = f \\label{plain}$$",
        "$$e = f \\tag{7a} \\label{tagged}$$",
        "$$h = k \\tag*{**}$$",
        "$$\\begin{equation} v \\label{fwd} \\end{equation}$$",
        "$$\\begin{alignat}{2} a &= b & c &= d \\end{alignat}$$",
        "$$\\begin{eqnarray} a &=& b \\\\ c &<& d \\end{eqnarray}$$",
        "$$\\begin{equation}\\begin{split} a &= b \\\\ &= c \\end{split}\\label{sp}\\end{equation}$$",
        "$$\\begin{aligned} p &= q \\end{aligned}$$",
        "$\\eqref{first}, \\ref{r1}, \\eqref{r4}, \\eqref{star}, \\eqref{g2}, \\eqref{ml}, \\eqref{plain}, \\eqref{tagged}, \\ref{sp}$"};

    @Test
    void amsNumbersTheAmsEnvironmentsRowByRow() {
        assertThat(prepared(AMS, NUMBERED)).containsExactly(
                "\\text{(7)} and \\text{7}",
                " a = b  \\tag*{\\text{(1)}}",
                " c ",
                "\\begin{align*} x &= 1  \\tag*{\\text{(2)}}\\\\ y &= 2  \\\\ z &= 3  \\\\ w &= 4  \\tag*{\\text{(3)}}\\end{align*}",
                "\\begin{align*} p &= q \\\\ r &= s   \\tag*{\\text{(S)}}\\end{align*}",
                "\\begin{gather*} g_1 \\tag*{\\text{(4)}}\\\\ g_2  \\tag*{\\text{(5)}}\\end{gather*}",
                "\\begin{gather*} m_1 \\\\ m_2  \\tag*{\\text{(6)}}\\end{gather*}",
                "e = f ",
                "e = f  \\tag*{\\text{(7a)}}",
                "h = k \\tag*{\\text{**}}",
                " v  \\tag*{\\text{(7)}}",
                "\\begin{alignat*}{2} a &= b & c &= d \\tag*{\\text{(8)}}\\end{alignat*}",
                "\\begin{align*} a &= b \\tag*{\\text{(9)}}\\\\ c &< d \\tag*{\\text{(10)}}\\end{align*}",
                "\\begin{split} a &= b \\\\ &= c \\end{split}\\tag*{\\text{(11)}}",
                "\\begin{aligned} p &= q \\end{aligned}",
                "\\text{(1)}, \\text{2}, \\text{(3)}, \\text{(S)}, \\text{(5)}, \\text{(6)}, \\text{(???)}, \\text{(7a)}, \\text{11}");
    }

    /** Each formula's numbers and references, in order: what MathJax shows of them on the page. */
    private static List<String> numbers(TexConfig.Tags tags) {
        var shown = new ArrayList<String>();
        var m = java.util.regex.Pattern.compile("\\\\text\\{([^}]*)}")
                .matcher(String.join(" ", prepared(new TexConfig(TexMacros.NONE, tags), NUMBERED)));
        while (m.find()) {
            shown.add(m.group(1));
        }
        return shown;
    }

    @Test
    void noneNumbersOnlyTagsAndAllEveryDisplayFormula() {
        assertThat(numbers(TexConfig.Tags.NONE)).containsExactly("(???)", "???", "(S)", "(7a)", "**", "(???)", "???",
                "(???)", "(S)", "(???)", "(???)", "(???)", "(7a)", "???");
        assertThat(numbers(TexConfig.Tags.ALL)).containsExactly("(8)", "8", "(1)", "(2)", "(3)", "(S)", "(4)", "(5)",
                "(6)", "(7)", "(7a)", "**", "(8)", "(9)", "(10)", "(11)", "(12)", "(13)", "(1)", "2", "(3)", "(S)", "(5)",
                "(6)", "(7)", "(7a)", "12");
    }

    @Test
    void rowsAsMathJaxSplitsThem() {
        assertThat(prepared(AMS, "$$\\begin{align} a &= b \\\\ c &= d \\\\ \\end{align}$$",
                "$$\\begin{gather} a \\\\[2pt] b \\end{gather} + \\begin{equation} c \\end{equation}$$",
                "$x \\label{inline} \\eqref{inline}$", "$y \\tag{1} \\nonumber$"))
                .containsExactly("\\begin{align*} a &= b \\tag*{\\text{(1)}}\\\\ c &= d \\tag*{\\text{(2)}}\\end{align*}",
                        "\\begin{gather*} a \\tag*{\\text{(3)}}\\\\[2pt] b \\tag*{\\text{(4)}}\\end{gather*} + "
                                + "\\begin{equation*} c \\tag*{\\text{(5)}}\\end{equation*}",
                        "x  \\text{(???)}", "y  ");
    }

    @Test
    void labelsAndTagsMathJaxRefuses() {
        assertThat(prepared(AMS, "$$\\begin{equation} a \\label{dup} \\end{equation}$$",
                "$$\\begin{equation} b \\label{dup} \\end{equation}$$", "$$x \\tag{1} \\tag{2}$$",
                "$$x \\label{a} \\label{b}$$"))
                .containsExactly(" a  \\tag*{\\text{(1)}}", "error: Label 'dup' multiply defined", "error: Multiple \\tag",
                        "error: Multiple \\label");
    }
}
