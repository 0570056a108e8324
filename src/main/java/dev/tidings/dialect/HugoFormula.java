package dev.tidings.dialect;

import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * The TeX inside a theme's formula shortcode ({@code math}, {@code katex}) written with the delimiters the math stage
 * finds: {@code $$} lines around a formula that has its lines to itself, {@code $$…$$} inside a line when the
 * shortcode says {@code display}, {@code \(…\)} otherwise; or, where the site's MathJax finds formulas in the page, the
 * TeX as HTML for it to find there. TeX that carries its own delimiters is left as it is.
 */
final class HugoFormula {
    private static final Pattern OWN_DELIMITERS = Pattern.compile("(?s)(\\$|\\\\\\[|\\\\\\(|\\\\begin\\{).*");

    private HugoFormula() {}

    /**
     * @param alone   whether the shortcode had its lines to itself
     * @param display whether it asked for a display formula
     * @param indent  what precedes it on its line (a list item's indent), repeated on each line of a block
     */
    static String markdown(String tex, boolean alone, boolean display, String indent) {
        String formula = tex.strip();
        if (formula.isEmpty() || OWN_DELIMITERS.matcher(formula).matches()) {
            return tex;
        }
        if (alone) {
            String lines = formula.replaceAll("\\n\\s*\\n", "\n").replace("\n", "\n" + indent);
            return "\n" + indent + "$$\n" + indent + lines + "\n" + indent + "$$\n";
        }
        String line = formula.replaceAll("\\s*\\n\\s*", " ");
        return display ? "$$" + line + "$$" : "\\(" + line + "\\)";
    }

    /**
     * The TeX as a theme's shortcode writes it into the page, for the page's MathJax to find: as written when it
     * carries its own delimiters, else in {@code \[…\]} ({@code display}, a paragraph) or {@code \(…\)}. Its
     * element says {@code data-tidings-verbatim}: Markdown never saw this text, so no typographer touched it.
     */
    static String html(String tex, boolean display) {
        String formula = tex.strip();
        String text = formula.isEmpty() || OWN_DELIMITERS.matcher(formula).matches() ? formula
                : display ? "\\[" + formula + "\\]" : "\\(" + formula + "\\)";
        String element = display ? "p" : "span";
        return "<" + element + " data-tidings-verbatim>" + Entities.escape(text) + "</" + element + ">";
    }
}
