package dev.tidings.math;

/** One formula as the renderer sees it: its TeX, without delimiters, and whether it is displayed. A cache key. */
record FormulaKey(String tex, boolean display) {}
