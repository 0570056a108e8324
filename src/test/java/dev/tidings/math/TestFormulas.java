package dev.tidings.math;

/** One TeX engine for the whole test run: starting one takes seconds. */
public final class TestFormulas {
    public static final Formulas SHARED = new Formulas(32L << 20);

    private TestFormulas() {}
}
