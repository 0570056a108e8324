/**
 * TeX formulas as MathML, for feed readers that run no JavaScript: {@link dev.tidings.math.Formulas} finds the
 * formulas marked up in an article's HTML and replaces each with KaTeX's MathML made for MathML Core (its TeX in
 * {@code alttext}, its text a linear form for text readers), or with its TeX in {@code <code class="math-error">} when
 * KaTeX cannot render it. Depends on nothing else of ours.
 */
package dev.tidings.math;
