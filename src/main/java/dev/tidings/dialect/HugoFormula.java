package dev.tidings.dialect;

/**
 * The TeX inside a theme's formula shortcode ({@code math}, {@code katex}) written with the delimiters the math stage
 * finds: {@code $$} lines around a formula that has its lines to itself, {@code $$…$$} inside a line when the
 * shortcode says {@code display}, {@code \(…\)} otherwise. TeX that carries its own delimiters is left as it is.
 */
final class HugoFormula {
    private HugoFormula() {}

    /**
     * @param alone   whether the shortcode had its lines to itself
     * @param display whether it asked for a display formula
     * @param indent  what precedes it on its line (a list item's indent), repeated on each line of a block
     */
    static String markdown(String tex, boolean alone, boolean display, String indent) {
        String formula = tex.strip();
        if (formula.isEmpty() || formula.matches("(?s)(\\$|\\\\\\[|\\\\\\(|\\\\begin\\{).*")) {
            return tex;
        }
        if (alone) {
            String lines = formula.replaceAll("\\n\\s*\\n", "\n").replace("\n", "\n" + indent);
            return "\n" + indent + "$$\n" + indent + lines + "\n" + indent + "$$\n";
        }
        String line = formula.replaceAll("\\s*\\n\\s*", " ");
        return display ? "$$" + line + "$$" : "\\(" + line + "\\)";
    }
}
