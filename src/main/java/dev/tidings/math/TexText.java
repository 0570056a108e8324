package dev.tidings.math;

import dev.tidings.math.TexTokens.Token;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Literal text as TeX that shows it as it is, {@code \text{…}}, with TeX's special characters written
 * {@code {\char"5C}}; and back. What MathJax shows as text (<code>&#92;unicode</code>'s character, an equation's number, a
 * reference) reaches KaTeX this way.
 */
final class TexText {
    private static final String SPECIAL = "\\{}$&#^_%~";
    private static final Pattern CHAR = Pattern.compile("\\{\\\\char\"([0-9A-F]+)}");

    /** {@code \text{literal}}, as TeX. */
    static String tex(String literal) {
        var tex = new StringBuilder(literal.length() + 8).append("\\text{");
        literal.codePoints().forEach(c -> {
            if (SPECIAL.indexOf(c) >= 0) {
                tex.append("{\\char\"").append(Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)).append('}');
            } else {
                tex.appendCodePoint(c);
            }
        });
        return tex.append('}').toString();
    }

    /** {@link #tex}'s tokens. */
    static List<Token> of(String literal) {
        return TexTokens.of(tex(literal));
    }

    /** The literal that {@link #tex} wrote as {@code text}, the inside of {@code \text{…}}. */
    static String literal(String text) {
        Matcher m = CHAR.matcher(text);
        var literal = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(literal, Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
        }
        return m.appendTail(literal).toString();
    }

    private TexText() {}
}
