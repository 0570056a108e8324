package dev.tidings.math;

import dev.tidings.math.TexTokens.Token;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * An article's formulas as its page's MathJax reads them, in document order: each formula's TeX with the macros
 * defined so far expanded and the definitions taken out ({@link MacroExpander}), and its equation numbers and
 * references filled in ({@link EquationNumbers}), ready for KaTeX; or MathJax's reason for refusing it.
 */
final class TexArticle {
    /** The commands that make a formula's TeX differ from what KaTeX gets, when no macro is defined. */
    private static final Pattern TRIGGERS = Pattern.compile("\\\\(newcommand|renewcommand|g?def|let|DeclareMathOperator"
            + "|require|unicode|bbox|style|class|cssId|begin|label|tag|eqref|ref|nonumber|notag)(?![A-Za-z])");

    /**
     * One formula.
     *
     * @param written its TeX as the article writes it, for the annotation and for messages
     * @param key     what the engine renders: the TeX MathJax would typeset (KaTeX gets it {@link #forKatex}), and
     *                whether it is displayed
     * @param error   why MathJax would refuse it; empty when it would not
     */
    record Prepared(String written, FormulaKey key, String error) {
        boolean ok() {
            return error.isEmpty();
        }

        /** The formula with its scripts that are commands braced with their arguments ({@link BracedScripts}). */
        private Prepared forKatex() {
            String tex = ok() ? BracedScripts.of(key.tex()) : key.tex();
            return tex.equals(key.tex()) ? this : new Prepared(written, new FormulaKey(tex, key.display()), error);
        }
    }

    /**
     * {@link #prepare}'s formulas as KaTeX must get them to draw what MathJax draws: a script that is a command braced
     * with its arguments ({@link BracedScripts}), in the TeX the macros were expanded in. MathJax reads them as is.
     */
    static List<Prepared> forKatex(List<Element> elements, TexConfig config) {
        return prepare(elements, config).stream().map(Prepared::forKatex).toList();
    }

    /** The formulas the elements mark up, in their order, as {@code config} and their own definitions say. */
    static List<Prepared> prepare(List<Element> elements, TexConfig config) {
        var numbers = new EquationNumbers(config.tags());
        var written = new ArrayList<FormulaKey>(elements.size());
        var numbered = new ArrayList<List<Token>>(elements.size());
        var errors = new ArrayList<String>(elements.size());
        var plain = new BitSet(elements.size());
        Map<String, Macro> macros = config.macros().copy();
        var expander = new MacroExpander(macros);
        for (Element element : elements) {
            FormulaKey formula = key(element);
            written.add(formula);
            if (macros.isEmpty() && !(formula.display() && config.tags() == TexConfig.Tags.ALL)
                    && !TRIGGERS.matcher(formula.tex()).find()) {
                plain.set(written.size() - 1);  // the common case: plain TeX, sent as written
                numbered.add(List.of());
                errors.add("");
                continue;
            }
            try {
                numbered.add(numbers.number(expander.expand(TexTokens.of(formula.tex())), formula.display()));
                errors.add("");
            } catch (TexError e) {
                numbered.add(List.of());
                errors.add(e.getMessage());
            }
        }
        var prepared = new ArrayList<Prepared>(elements.size());
        for (int i = 0; i < written.size(); i++) {  // now that every label is known
            FormulaKey formula = written.get(i);
            String tex = errors.get(i).isEmpty() && !plain.get(i) ? numbers.resolve(numbered.get(i)) : formula.tex();
            prepared.add(new Prepared(formula.tex(), tex.equals(formula.tex()) ? formula
                    : new FormulaKey(tex, formula.display()), errors.get(i)));
        }
        return prepared;
    }

    /**
     * Puts the formula's MathML in place of {@code element}, its annotation (and alt text) holding the TeX as written
     * rather than what KaTeX got; or, if it cannot be rendered, its TeX as {@code <code class="math-error">}.
     */
    static void replace(Element element, Prepared formula, RenderedFormula rendered) {
        if (!rendered.ok()) {
            element.replaceWith(new Element("code").addClass("math-error").text(element.wholeText()));
            return;
        }
        element.before(rendered.text());
        if (!formula.written().equals(formula.key().tex())) {
            annotate(element.previousElementSibling(), formula.written());
        }
        element.remove();
    }

    private static void annotate(Element math, String written) {
        // the TeX's own annotation, if the MathML keeps one: the others mark the linear form for text readers
        Element annotation = math.selectFirst("annotation[encoding=application/x-tex]");
        if (annotation != null) {
            annotation.text(written);
        }
        if (math.hasAttr("alttext")) {
            math.attr("alttext", written);
        }
    }

    /** From the markup: {@code \(…\)} inline, {@code \[…\]} display, {@code \begin{…}…} display, kept whole. */
    private static FormulaKey key(Element element) {
        String text = element.wholeText();
        boolean display = element.hasClass("display");
        if (text.startsWith("\\(") && text.endsWith("\\)") || text.startsWith("\\[") && text.endsWith("\\]")) {
            return new FormulaKey(text.substring(2, text.length() - 2), display);
        }
        return new FormulaKey(text, display);
    }

    private TexArticle() {}
}
