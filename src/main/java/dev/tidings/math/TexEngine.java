package dev.tidings.math;

/**
 * A TeX engine running in GraalJS: KaTeX (formulas to MathML) or MathJax (formulas to SVG images). Thread-safe; each
 * call borrows one of its contexts.
 */
interface TexEngine {
    /** The engine's output for {@code tex}, or a {@link KatexEngine.Failure} saying why it cannot be rendered. */
    String render(String tex, boolean display);

    void close();
}
