package dev.tidings.content;

import java.util.ArrayList;
import java.util.List;

/**
 * How a page's script finds formulas in the text of the page once it is shown: MathJax's TeX input ({@code tex} /
 * v2's {@code tex2jax} options) or KaTeX's auto-render, with the delimiters the site's theme configures. Immutable.
 *
 * @param pairs        each opening and closing delimiter with whether it makes a display formula, as configured
 * @param environments whether {@code \begin{env}…\end{env}} is a formula of its own (MathJax's
 *                     {@code processEnvironments})
 * @param escapes      whether {@code \$} shows as a dollar sign and {@code \\} as a backslash, and {@code \ref{…}} and
 *                     {@code \eqref{…}} are formulas (MathJax's {@code processEscapes} and {@code processRefs})
 * @param katex        KaTeX's auto-render rather than MathJax: it tries the delimiters in their order (a
 *                     {@code \begin{env}} pair keeps its delimiters in the TeX), stops at a formula never closed, and
 *                     searches each run of text on its own, where MathJax reads text on both sides of a {@code <br>}
 *                     (and of a comment) as one
 * @param guessed      the theme's settings could not be read, so these are Tidings' guess: then a {@code $} opens only
 *                     before a non-space and closes only after a non-space not followed by a digit, as in Pandoc, so
 *                     that "$5 and $10" stays text on a blog whose theme may not read {@code $} at all
 */
public record MathDelimiters(List<Pair> pairs, boolean environments, boolean escapes, boolean katex, boolean guessed) {

    /** One delimiter pair: {@code $…$} inline, {@code $$…$$} display. */
    public record Pair(String open, String close, boolean display) {
        public Pair {
            if (open.isEmpty() || close.isEmpty()) {
                throw new IllegalArgumentException("a delimiter must not be empty, but was '" + open + "' … '" + close
                        + "'");
            }
        }
    }

    public MathDelimiters {
        pairs = List.copyOf(pairs);
    }

    private static final List<Pair> INLINE_DEFAULT = List.of(new Pair("\\(", "\\)", false));
    private static final List<Pair> DISPLAY_DEFAULT = List.of(new Pair("$$", "$$", true), new Pair("\\[", "\\]", true));

    /** MathJax 3's defaults: {@code \(…\)} inline, {@code $$…$$} and {@code \[…\]} display, environments, escapes. */
    public static final MathDelimiters MATHJAX = mathJax(INLINE_DEFAULT, DISPLAY_DEFAULT);

    /**
     * Tidings' guess when a theme's settings cannot be read: MathJax's defaults and {@code $…$}, which almost every
     * theme that shows math adds (an author who writes {@code $x$} sees a formula), by Pandoc's rule.
     */
    public static final MathDelimiters GUESSED = new MathDelimiters(join(List.of(new Pair("$", "$", false)),
            MATHJAX.pairs), true, true, false, true);

    /** MathJax with these inline and display delimiters, as a theme's {@code inlineMath} and {@code displayMath}. */
    public static MathDelimiters mathJax(List<Pair> inline, List<Pair> display) {
        return new MathDelimiters(join(inline, display), true, true, false, false);
    }

    /** The same, with {@code more} delimiters too (those already here are not repeated). */
    public MathDelimiters with(List<Pair> more) {
        List<Pair> all = new ArrayList<>(pairs);
        more.stream().filter(pair -> !all.contains(pair)).forEach(all::add);
        return new MathDelimiters(all, environments, escapes, katex, guessed);
    }

    /** The delimiters that make inline formulas, or display ones. */
    List<Pair> pairs(boolean display) {
        return pairs.stream().filter(pair -> pair.display() == display).toList();
    }

    private static List<Pair> join(List<Pair> a, List<Pair> b) {
        List<Pair> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
