package dev.tidings.math;

import java.util.Map;

/**
 * The Unicode mathematical alphanumerics (U+1D400–U+1D7FF, and the letters Letterlike Symbols had before them): 𝔼 for
 * a double-struck E, ℒ for a script L, 𝜽 for a bold italic θ. MathML Core renders {@code mathvariant} only as
 * {@code normal} on a single-letter {@code mi}, so a styled letter must be its own code point to be seen as styled.
 */
final class MathAlphabets {
    /** Per variant: where capital A, small a, digit 0 and capital Alpha start (-1: Unicode has no such letters). */
    private record Alphabet(int latinCapital, int latinSmall, int digit, int greek) {}

    private static final Map<String, Alphabet> ALPHABETS = Map.ofEntries(
            Map.entry("bold", new Alphabet(0x1D400, 0x1D41A, 0x1D7CE, 0x1D6A8)),
            Map.entry("italic", new Alphabet(0x1D434, 0x1D44E, -1, 0x1D6E2)),
            Map.entry("bold-italic", new Alphabet(0x1D468, 0x1D482, -1, 0x1D71C)),
            Map.entry("script", new Alphabet(0x1D49C, 0x1D4B6, -1, -1)),
            Map.entry("bold-script", new Alphabet(0x1D4D0, 0x1D4EA, -1, -1)),
            Map.entry("fraktur", new Alphabet(0x1D504, 0x1D51E, -1, -1)),
            Map.entry("double-struck", new Alphabet(0x1D538, 0x1D552, 0x1D7D8, -1)),
            Map.entry("bold-fraktur", new Alphabet(0x1D56C, 0x1D586, -1, -1)),
            Map.entry("sans-serif", new Alphabet(0x1D5A0, 0x1D5BA, 0x1D7E2, -1)),
            Map.entry("bold-sans-serif", new Alphabet(0x1D5D4, 0x1D5EE, 0x1D7EC, 0x1D756)),
            Map.entry("sans-serif-italic", new Alphabet(0x1D608, 0x1D622, -1, -1)),
            Map.entry("sans-serif-bold-italic", new Alphabet(0x1D63C, 0x1D656, -1, 0x1D790)),
            Map.entry("monospace", new Alphabet(0x1D670, 0x1D68A, 0x1D7F6, -1)));

    /** Letters encoded in Letterlike Symbols before the mathematical block, which leaves a hole at their place. */
    private static final Map<String, String> HOLES = Map.ofEntries(
            Map.entry("italic h", "ℎ"),
            Map.entry("script B", "ℬ"), Map.entry("script E", "ℰ"), Map.entry("script F", "ℱ"),
            Map.entry("script H", "ℋ"), Map.entry("script I", "ℐ"), Map.entry("script L", "ℒ"),
            Map.entry("script M", "ℳ"), Map.entry("script R", "ℛ"), Map.entry("script e", "ℯ"),
            Map.entry("script g", "ℊ"), Map.entry("script o", "ℴ"),
            Map.entry("fraktur C", "ℭ"), Map.entry("fraktur H", "ℌ"), Map.entry("fraktur I", "ℑ"),
            Map.entry("fraktur R", "ℜ"), Map.entry("fraktur Z", "ℨ"),
            Map.entry("double-struck C", "ℂ"), Map.entry("double-struck H", "ℍ"), Map.entry("double-struck N", "ℕ"),
            Map.entry("double-struck P", "ℙ"), Map.entry("double-struck Q", "ℚ"), Map.entry("double-struck R", "ℝ"),
            Map.entry("double-struck Z", "ℤ"));

    /** The Greek block's order after Alpha–Rho: capital theta symbol, Sigma–Omega, nabla, then the small letters. */
    private static final String GREEK = "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡϴΣΤΥΦΧΨΩ∇αβγδεζηθικλμνξοπρςστυφχψω∂ϵϑϰϕϱϖ";

    /** Whether {@code variant} is one MathML Core leaves to the letters themselves (every one but {@code normal}). */
    static boolean styles(String variant) {
        return ALPHABETS.containsKey(canonical(variant));
    }

    /** {@code text} with every letter and digit {@code variant} has a code point for replaced by it; the rest kept. */
    static String style(String text, String variant) {
        Alphabet alphabet = ALPHABETS.get(canonical(variant));
        if (alphabet == null) {
            return text;
        }
        var styled = new StringBuilder(text.length() * 2);
        text.codePoints().forEach(c -> styled.append(style(c, canonical(variant), alphabet)));
        return styled.toString();
    }

    private static String style(int c, String variant, Alphabet alphabet) {
        String hole = HOLES.get(variant + " " + Character.toString(c));
        if (hole != null) {
            return hole;
        }
        int greek = GREEK.indexOf(c);
        if (c >= 'A' && c <= 'Z') {
            return Character.toString(alphabet.latinCapital() + c - 'A');
        } else if (c >= 'a' && c <= 'z') {
            return Character.toString(alphabet.latinSmall() + c - 'a');
        } else if (c >= '0' && c <= '9' && alphabet.digit() >= 0) {
            return Character.toString(alphabet.digit() + c - '0');
        } else if (greek >= 0 && alphabet.greek() >= 0) {
            return Character.toString(alphabet.greek() + greek);
        } else if ((c == 'ı' || c == 'ȷ') && variant.equals("italic")) {
            return Character.toString(c == 'ı' ? 0x1D6A4 : 0x1D6A5);  // dotless i and j: italic only
        }
        return Character.toString(c);
    }

    /** MathML names it bold-sans-serif; sans-serif-bold is taken to mean the same. */
    private static String canonical(String variant) {
        String v = variant.strip();
        return v.equals("sans-serif-bold") ? "bold-sans-serif" : v;
    }

    private MathAlphabets() {}
}
