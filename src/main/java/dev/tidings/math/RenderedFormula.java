package dev.tidings.math;

/** A formula's cleaned MathML ({@code ok}), or the reason it could not be rendered. */
record RenderedFormula(boolean ok, String text) {

    /** What a rendered formula weighs in the cache (and in the state folder's bound): its characters, twice. */
    static int weight(FormulaKey formula, RenderedFormula rendered) {
        return 2 * (formula.tex().length() + rendered.text().length());
    }
}
