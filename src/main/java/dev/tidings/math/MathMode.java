package dev.tidings.math;

import java.util.Locale;
import java.util.Optional;

/** How formulas reach readers: rendered to MathML, or as the marked-up TeX the article holds. */
public enum MathMode {
    MATHML, TEX;

    /** {@code mathml} or {@code tex}, in any case; empty for anything else. */
    public static Optional<MathMode> parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "mathml" -> Optional.of(MATHML);
            case "tex" -> Optional.of(TEX);
            default -> Optional.empty();
        };
    }

    public String setting() {
        return name().toLowerCase(Locale.ROOT);
    }
}
