/**
 * TeX formulas as MathML, for feed readers that run no JavaScript: {@link dev.tidings.math.Formulas} finds the
 * formulas marked up in an article's HTML and replaces each with KaTeX's MathML made for MathML Core
 * ({@link dev.tidings.math.MathMlCore}: its TeX in {@code alttext}, its text a linear form for text readers), or with
 * its TeX in {@code <code class="math-error">} when it cannot be rendered. The TeX KaTeX gets is what the blog's
 * MathJax would typeset ({@link dev.tidings.math.TexArticle}): the site's ({@link dev.tidings.math.TexConfig}) and the
 * article's macros expanded, equations numbered, and a script that is a command braced with its arguments as MathJax
 * reads it ({@link dev.tidings.math.BracedScripts}: {@code f_\max} as {@code f_{\max}}, which KaTeX alone refuses).
 * {@link dev.tidings.math.FormulaImages} replaces each with an SVG image that MathJax renders from the same TeX, for
 * readers that delete MathML. Depends on nothing else of ours.
 */
package dev.tidings.math;
