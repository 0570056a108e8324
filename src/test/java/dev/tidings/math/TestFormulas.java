package dev.tidings.math;

import java.util.Optional;

/** One TeX engine for the whole test run, and one MathJax for images: starting one takes seconds. */
public final class TestFormulas {
    public static final Formulas SHARED = new Formulas(32L << 20);
    public static final FormulaImages IMAGES = FormulaImages.open(32L << 20, Optional.empty());

    private TestFormulas() {}
}
