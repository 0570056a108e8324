package dev.tidings.math;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** KaTeX's MathML as MathML Core shows it, and as a text reader reads it: through the real engine, exact outputs. */
final class MathMlCoreTest {
    private static final Formulas FORMULAS = TestFormulas.SHARED;

    private static Element math(String tex, boolean display) {
        String escaped = tex.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        String html = FORMULAS.mathml(display ? "<div class=\"math display\">\\[" + escaped + "\\]</div>"
                : "<p><span class=\"math inline\">\\(" + escaped + "\\)</span></p>");
        Element math = Jsoup.parseBodyFragment(html).selectFirst("math");
        assertThat(math).as(html).isNotNull();
        return math;
    }

    @Test
    void styledLettersAreTheUnicodeMathematicalAlphanumerics() {
        Element math = math("\\mathbb{E}[X] + \\mathcal{L} + \\mathscr{S} + \\mathfrak{g} + \\mathbf{x} + \\boldsymbol{\\theta}"
                + " + \\mathsf{A} + \\mathtt{t} + \\mathbb{R}^n + \\mathbb{C}\\mathbb{H}\\mathbb{N}\\mathbb{P}\\mathbb{Q}\\mathbb{Z}"
                + " + \\mathcal{B}\\mathcal{E}\\mathcal{F}\\mathcal{H}\\mathcal{I}\\mathcal{M}\\mathcal{R}"
                + " + \\mathfrak{C}\\mathfrak{H}\\mathfrak{I}\\mathfrak{R}\\mathfrak{Z} + \\mathbf{1} + \\mathbb{1}"
                + " + \\boldsymbol{x} + \\mathbf{\\Theta} + \\boldsymbol{\\nabla}", false);
        assertThat(math.select("[mathvariant]:not([mathvariant=normal])")).isEmpty();
        assertThat(math.select("mi, mn").eachText()).containsExactly("𝔼", "X", "ℒ", "𝒮", "𝔤", "𝐱", "𝜽", "𝖠", "𝚝", "ℝ",
                "n", "ℂ", "ℍ", "ℕ", "ℙ", "ℚ", "ℤ", "ℬ", "ℰ", "ℱ", "ℋ", "ℐ", "ℳ", "ℛ", "ℭ", "ℌ", "ℑ", "ℜ", "ℨ", "𝟏", "𝟙",
                "𝒙", "𝚯", "𝛁");
    }

    @Test
    void uprightLettersKeepNormalAndTextKeepsItsChinese() {
        Element math = math("\\mathrm{d}x + \\operatorname{tr}(A) + \\text{若 } x > 0 + \\textbf{中文 ab}", false);
        assertThat(math.select("mi[mathvariant=normal]").eachText()).containsExactly("d", "tr");
        assertThat(math.select("mtext").eachText()).contains("若", "中文", "𝐚𝐛");
        assertThat(math.select("[mathvariant]:not([mathvariant=normal])")).isEmpty();
    }

    @Test
    void theTexMovesToAlttextAndTheTextReadsOnce() {
        assertThat(FORMULAS.mathml("<p><span class=\"math inline\">\\(3.4\\times 10^{38}\\)</span></p>")).isEqualTo(
                "<p><math xmlns=\"http://www.w3.org/1998/Math/MathML\" alttext=\"3.4\\times 10^{38}\"><mrow><mn>3.4</mn>"
                + "<mo>×</mo><msup><mn>10</mn><mrow><semantics><mrow></mrow><annotation>^</annotation></semantics><mn>38"
                + "</mn></mrow></msup></mrow></math></p>");
        assertThat(math("3.4\\times 10^{38}", false).text()).isEqualTo("3.4×10^38");
    }

    @Test
    void everyFormulaReadsAsALinearForm() {
        String formulas = """
                x_i^2 ⇒ x_i^2
                x^{2n} + e^{-x^2} ⇒ x^(2n)+e^(−x^2)
                \\frac{a+b}{2} + \\frac{1}{n} ⇒ (a+b)/2+1/n
                \\sqrt{x+1} + \\sqrt{y} + \\sqrt[3]{z} ⇒ √(x+1)+√y+z^(1/3)
                \\sum_{i=1}^n x_i ⇒ ∑_(i=1)^n x_i
                f'(x) = \\lim_{h\\to 0} \\frac{f(x+h)-f(x)}{h} ⇒ f′(x)=lim\u2061_(h→0) (f(x+h)−f(x))/h
                a\\sin x + \\sin(x) + \\operatorname{tr}(A)B ⇒ a sin\u2061 x+sin\u2061(x)+tr\u2061(A)B
                \\int_0^1 f(x)\\,dx \\quad \\mathbb{E}[X] ⇒ ∫_0^1 f(x)\u2009dx 𝔼[X]
                \\binom{n}{k} ⇒ (n k)
                \\hat{x} + \\|v\\|_2 ⇒ x^+∥v∥_2
                """;
        for (String line : formulas.lines().toList()) {
            String[] formula = line.split(" ⇒ ");
            assertThat(math(formula[0], false).text()).as(formula[0]).isEqualTo(formula[1]);
        }
    }

    @Test
    void anOperatorNameAloneInAScriptOrAFractionIsOneArgument() {
        Element math = math("f_{\\max} + \\frac{\\min}{2} + \\max_i x_i + a^{\\operatorname{tr}}", false);
        assertThat(math.select("msub, msup, mfrac")).hasSize(5).allSatisfy(e -> assertThat(e.children()).hasSize(2));
        assertThat(math.select("msub, msup, mfrac").stream().map(e -> e.child(0).text() + "|" + e.child(1).text()))
                .containsExactly("f|_(max\u2061)", "(min\u2061)/|2", "max\u2061|_i", "x|_i", "a|^(tr\u2061)");
    }

    @Test
    void tablesReadRowByRow() {
        assertThat(math("f(x)=\\begin{cases} x & x>0 \\\\ -x & \\text{否则}\\end{cases}", true).text())
                .isEqualTo("f(x)={x, x>0; −x, 否则");
        assertThat(math("\\begin{pmatrix}a & b\\\\ c& d\\end{pmatrix}", true).text()).isEqualTo("(a, b; c, d)");
        assertThat(math("\\left\\{\\begin{aligned} x &= 1 \\\\ y+z &= 2\\end{aligned}\\right.", true).text())
                .isEqualTo("{x=1; y+z=2");
    }

    @Test
    void leftAlignedColumnsAreEquallyWideAndFencesStretch() {
        Element math = math("\\left\\{\\begin{aligned} x &= 1 \\\\ y+z+w &= 2222\\end{aligned}\\right.", true);
        assertThat(math.select("mo[fence=true]").eachAttr("stretchy")).containsExactly("true");
        var table = math.selectFirst("mtable");
        assertThat(table.select("mtr")).hasSize(2);
        // the right-aligned column is left as it is; each cell of the left-aligned one is one width
        assertThat(table.select("mtr > mtd:eq(0) mpadded")).isEmpty();
        assertThat(table.select("mtr > mtd:eq(1) > mstyle > mpadded").eachAttr("width")).hasSize(2).allMatch(
                width -> width.equals(table.selectFirst("mtr > mtd:eq(1) > mstyle > mpadded").attr("width")));
        Element align = math("\\begin{align*} a &= b \\\\ c &= d\\end{align*}", true);  // unnumbered
        assertThat(align.select("mtr").first().children()).as("no empty columns for KaTeX's stylesheet").hasSize(2);
    }
}
