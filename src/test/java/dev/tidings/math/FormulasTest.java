package dev.tidings.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A corpus of formulas of the kinds ML articles use (over sixty), through the real KaTeX engine. */
final class FormulasTest {
    private static final Formulas FORMULAS = TestFormulas.SHARED;

    /** Inline formulas. */
    static final List<String> INLINE = List.of(
            "x_i^2", "\\theta^{*}", "p_\\theta(z)", "z\\sim\\mathcal{N}(\\mu,\\sigma^2)", "\\varepsilon\\sim\\mathcal{N}(0,1)",
            "\\nabla_\\theta L", "\\mathbb{E}_{z\\sim p_{\\theta}(z)}[f(z)]", "\\mathscr{O}(n^2)", "\\mathscr{O}(N d^2)",
            "\\boldsymbol{x}\\in\\mathbb{R}^d", "\\|x\\|_2", "\\|f(u)\\|_2^2", "\\log n", "\\frac{1}{\\sqrt{d_k}}",
            "\\sqrt[3]{x}", "\\hat m_t", "\\tilde{y}", "\\bar{x}", "\\vec{v}", "\\operatorname{softmax}(x)_i",
            "\\arg\\max_i x_i", "a*b*c", "x^{*}_i", "\\{x_1,\\dots,x_n\\}", "a\\,b", "T\\to 0^{+}", "\\alpha\\beta\\gamma",
            "\\text{中文}", "\\text{KL}(q\\|p)", "\\mathrm{d}x", "W_Q, W_K, W_V", "q_m^\\top k_n", "e^{i m\\theta}",
            "\\lfloor n/2 \\rfloor", "\\binom{n}{k}", "\\sum_{i=1}^{n} x_i", "\\prod_{j} p_j", "\\int_0^1 f(x)\\,dx",
            "\\lim_{n\\to\\infty} a_n", "a \\le b \\ge c \\ne d", "\\langle q, k\\rangle", "\\mathbf{1}", "\\pi_k");

    /** Display formulas, environments included. */
    static final List<String> DISPLAY = List.of(
            "L_{\\theta}=\\mathbb{E}_{z\\sim p_{\\theta}(z)}[f(z)]\\tag{1}",
            "\\int p_{\\theta}(z) f(z)dz\\,\\,\\,\\text{(连续情形)}\\qquad\\sum_{z} p_{\\theta}(z) f(z)\\tag{2}",
            "\\operatorname{softmax}(x)_i = \\frac{e^{x_i}}{\\sum_j e^{x_j}}",
            "\\mathrm{Attention}(Q,K,V) = \\mathrm{softmax}\\left(\\frac{QK^\\top}{\\sqrt{d_k}}\\right)V",
            "\\mathrm{KL}(q\\|p) = \\sum_x q(x)\\log\\frac{q(x)}{p(x)}",
            "\\log p(x) \\ge \\mathbb{E}_{q(z|x)}\\left[\\log p(x|z)\\right] - \\mathrm{KL}\\left(q(z|x)\\,\\|\\,p(z)\\right)",
            "y = \\arg\\max_i \\left(\\log \\pi_i + g_i\\right), \\quad g_i = -\\log(-\\log u_i)",
            "\\tilde{y}_i = \\frac{\\exp\\left((\\log\\pi_i + g_i)/\\tau\\right)}{\\sum_j \\exp\\left((\\log\\pi_j + g_j)/\\tau\\right)}",
            "(1-\\varepsilon)\\|u\\|^2 \\le \\|f(u)\\|^2 \\le (1+\\varepsilon)\\|u\\|^2",
            "k \\ge \\frac{4 \\ln n}{\\varepsilon^2/2 - \\varepsilon^3/3}",
            "\\begin{equation}\\left\\{\\begin{aligned}&\\mathbb{E}[x] = \\mu \\\\ &\\text{方差}\\ \\sigma^2\\end{aligned}\\right.\\end{equation}",
            "\\begin{aligned} m_t &= \\beta_1 m_{t-1} + (1-\\beta_1)\\, g_t \\\\ v_t &= \\beta_2 v_{t-1} + (1-\\beta_2)\\, g_t^2 \\end{aligned}",
            "\\begin{align} a &= b + c \\\\ d &= e \\end{align}",
            "\\begin{cases} 1 & x > 0 \\\\ 0 & \\text{否则} \\end{cases}",
            "f(x) = \\begin{cases} x & x \\ge 0 \\\\ \\alpha x & x < 0 \\end{cases}",
            "R_m = \\begin{pmatrix} \\cos m\\theta & -\\sin m\\theta \\\\ \\sin m\\theta & \\cos m\\theta \\end{pmatrix}",
            "A = \\begin{bmatrix} a_{11} & a_{12} \\\\ a_{21} & a_{22} \\end{bmatrix}",
            "\\begin{vmatrix} a & b \\\\ c & d \\end{vmatrix} = ad - bc",
            "\\mathrm{RMSNorm}(x) = \\frac{x}{\\sqrt{\\frac{1}{d}\\sum_{i=1}^{d} x_i^2 + \\epsilon}} \\odot g",
            "\\theta_t = \\theta_{t-1} - \\eta\\,\\frac{\\hat m_t}{\\sqrt{\\hat v_t}+\\epsilon} - \\eta\\,\\lambda\\,\\theta_{t-1}",
            "\\mathcal{L}_{\\text{InfoNCE}} = -\\mathbb{E}\\left[\\log \\frac{e^{s(x,y^+)/\\tau}}{\\sum_{j} e^{s(x,y_j)/\\tau}}\\right]",
            "\\boldsymbol{o}_i = \\frac{\\phi(\\boldsymbol{q}_i)^\\top \\sum_{j\\le i}\\phi(\\boldsymbol{k}_j)\\boldsymbol{v}_j^\\top}{\\phi(\\boldsymbol{q}_i)^\\top \\sum_{j\\le i}\\phi(\\boldsymbol{k}_j)}",
            "m_{\\text{new}} = \\max(m, \\max_j s_j), \\quad \\ell_{\\text{new}} = e^{m - m_{\\text{new}}}\\ell + \\sum_j e^{s_j - m_{\\text{new}}}",
            "\\nabla_\\mu \\mathbb{E}[f(z)] = \\mathbb{E}_{\\varepsilon}\\left[f'(\\mu + \\sigma\\varepsilon)\\right]",
            "\\overbrace{a+b}^{n} + \\underbrace{c+d}_{m}",
            "\\lVert x \\rVert = \\sqrt{\\langle x, x \\rangle}",
            "P\\left(\\left|\\frac{\\|Au\\|_2^2}{k} - 1\\right| > \\varepsilon\\right) \\le 2\\exp\\left(-\\frac{k\\,(\\varepsilon^2-\\varepsilon^3)}{4}\\right)");

    /** What KaTeX does not support: each must fall back to its TeX, never break the output. */
    static final List<String> UNSUPPORTED = List.of("\\undefinedmacro x", "\\begin{unknownenv} x \\end{unknownenv}",
            "\\frac{1}{", "x^^2");

    private static String inline(String tex) {
        return "<p>Text <span class=\"math inline\">\\(" + escape(tex) + "\\)</span> more.</p>";
    }

    private static String display(String tex) {
        String marked = tex.startsWith("\\begin") ? tex : "\\[" + tex + "\\]";
        return "<div class=\"math display\">" + escape(marked) + "</div>";
    }

    private static String escape(String tex) {
        return tex.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Test
    void everyInlineFormulaBecomesMathMlWithItsTex() {
        for (String tex : INLINE) {
            Element math = onlyMath(FORMULAS.mathml(inline(tex)), tex);
            assertThat(math.hasAttr("display")).as(tex).isFalse();
            assertThat(math.parent().tagName()).as(tex).isEqualTo("p");
        }
    }

    @Test
    void everyDisplayFormulaBecomesBlockMathMlWithItsTex() {
        for (String tex : DISPLAY) {
            Element math = onlyMath(FORMULAS.mathml(display(tex)), tex);
            assertThat(math.attr("display")).as(tex).isEqualTo("block");
        }
    }

    private static Element onlyMath(String html, String tex) {
        assertThat(html).as(tex).doesNotContain("math-error").doesNotContain("class=\"math ").doesNotContain("katex");
        var doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("math")).as(tex).hasSize(1);
        Element math = doc.selectFirst("math");
        assertThat(math.attr("xmlns")).isEqualTo("http://www.w3.org/1998/Math/MathML");
        assertThat(math.select("annotation[encoding]")).as("the TeX is not shown to text readers").isEmpty();
        assertThat(math.attr("alttext").strip()).as("the TeX, exactly").isEqualTo(tex.strip());
        assertThat(math.select("mi, mn, mo, mtext, mtable").size()).as(tex).isGreaterThan(0);
        assertThat(math.select("[mathvariant]:not([mathvariant=normal])")).as("MathML Core ignores those").isEmpty();
        return math;
    }

    /**
     * A script that is a command, written for MathJax, which takes the command with its arguments: KaTeX alone refuses
     * most ("Got function '\\max' with no arguments as subscript"). The TeX stays as written in alttext.
     */
    @Test
    void aScriptThatIsACommandTakesItsArgumentsAsMathJaxDrawsIt() {
        Map.of("f_\\max", "max", "f_{\\max}", "max", "f_ \\max", "max", "t_\\min", "min").forEach((tex, name) -> {
            Element script = script(tex, "msub");
            assertThat(script.child(0).text()).as(tex).isEqualTo(tex.substring(0, 1));
            assertThat(script.child(1).select("mi").eachText()).as(tex).containsExactly(name);
        });
        assertThat(script("\\nabla_\\tilde{\\mathbf{x}}", "msub").select("mover[accent=true] > *").eachText())
                .containsExactly("𝐱", "~");
        assertThat(script("x^\\hat a", "msup").select("mover[accent=true] > *").eachText()).containsExactly("a", "^");
        assertThat(script("a_\\frac12", "msub").select("mfrac > *").eachText()).containsExactly("1/", "2");
        assertThat(script("e^\\sqrt[3]{x}", "msup").select("mroot")).hasSize(1);
        assertThat(script("x_\\frac{a}{b^\\max}", "msub").select("mfrac msup > mrow mi").eachText()).contains("max");
        assertThat(onlyMath(FORMULAS.mathml(inline("a\\_\\max")), "a\\_\\max").select("msub"))
                .as("an escaped _ is no script").isEmpty();
    }

    @Test
    void aScriptThatAMacroMakesACommandToo() {
        String html = FORMULAS.mathml(inline("\\newcommand{\\mx}{\\max}") + inline("f_\\mx"));
        assertThat(html).doesNotContain("math-error");
        Element math = Jsoup.parseBodyFragment(html).select("math").last();
        assertThat(math.attr("alttext")).isEqualTo("f_\\mx");
        assertThat(math.selectFirst("msub").child(1).select("mi").eachText()).containsExactly("max");
    }

    /** The formula's first {@code element}, {@code msub} or {@code msup}; each holds its base and its script, no more. */
    private static Element script(String tex, String element) {
        Element math = onlyMath(FORMULAS.mathml(inline(tex)), tex);
        assertThat(math.select("msub, msup")).as(tex).isNotEmpty().allSatisfy(e -> assertThat(e.children()).hasSize(2));
        return math.selectFirst(element);
    }

    @Test
    void whatTheEngineCannotRenderFallsBackToItsTex() {
        for (String tex : UNSUPPORTED) {
            String html = FORMULAS.mathml(inline(tex));
            assertThat(html).as(tex).isEqualTo("<p>Text <code class=\"math-error\">\\(" + escape(tex) + "\\)</code> more.</p>");
            assertThat(FORMULAS.problems(inline(tex), TexConfig.DEFAULT)).as(tex).singleElement()
                    .satisfies(problem -> assertThat(problem.reason()).startsWith("KaTeX parse error: ")
                            .doesNotContain("\u0332"));
        }
    }

    @Test
    void nothingFromHrefOrHtmlClassSurvives() {
        String html = FORMULAS.mathml(inline("\\href{javascript:alert(1)}{x} + \\htmlClass{evil}{y} + \\url{http://x.example}")
                + display("\\htmlStyle{color:red}{z} \\htmlId{i}{w} \\includegraphics{a.png}"));
        var doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("[href], [class], [style], [id], [mathcolor], a, img, span")
                .stream().filter(e -> !e.hasClass("math-error")).toList()).isEmpty();
        doc.select("math").removeAttr("alttext");  // the TeX itself is all that is left of them
        assertThat(doc.html()).doesNotContain("javascript:").doesNotContain("evil").doesNotContain("color:red");
    }

    @Test
    void leavesEverythingElseAlone() {
        String html = "<p>No math, <code>$x$</code> and <em>emphasis</em>.</p>";
        assertThat(FORMULAS.mathml(html)).isSameAs(html);
        String mixed = "<h2 id=\"a\">A</h2><p>x <span class=\"math inline\">\\(y\\)</span> <code>\\(z\\)</code></p>";
        assertThat(FORMULAS.mathml(mixed)).startsWith("<h2 id=\"a\">A</h2><p>x <math").endsWith("</math> <code>\\(z\\)</code></p>");
    }

    @Test
    void rendersEachFormulaOnce() {
        try (var formulas = new Formulas(1 << 20)) {
            String html = inline("\\frac{p}{q} + r_{once}") + inline("x_{twice}");
            String first = formulas.mathml(html);
            assertThat(formulas.rendered()).isEqualTo(2);
            for (int i = 0; i < 1000; i++) {
                assertThat(formulas.mathml(html)).isEqualTo(first);
            }
            assertThat(formulas.rendered()).as("by the engine, after 1,001 asks").isEqualTo(2);
            assertThat(formulas.mathml(inline("x_{twice}"))).contains("<msub>");
            assertThat(formulas.rendered()).isEqualTo(2);
        }
    }
}
