package dev.tidings.math;

import java.util.Locale;
import java.util.Optional;

/**
 * How formulas reach readers: rendered to MathML, as the marked-up TeX the article holds, or as SVG images (for
 * readers that drop MathML).
 */
public enum MathMode {
    MATHML, TEX, IMAGES;

    /** {@code mathml}, {@code tex} or {@code images}, in any case; empty for anything else. */
    public static Optional<MathMode> parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "mathml" -> Optional.of(MATHML);
            case "tex" -> Optional.of(TEX);
            case "images" -> Optional.of(IMAGES);
            default -> Optional.empty();
        };
    }

    public String setting() {
        return name().toLowerCase(Locale.ROOT);
    }
}
