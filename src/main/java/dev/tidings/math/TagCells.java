package dev.tidings.math;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Equation numbers put into KaTeX's MathML. For a tagged row of an environment, KaTeX's MathML has an empty cell
 * (its HTML shows the number with CSS, which a feed does not have); the numbers are the {@code \tag*{\text{…}}} that
 * {@link EquationNumbers} wrote into the TeX, in the same order.
 */
final class TagCells {
    private static final String CELL = "<mtd class =\"mml-eqn-num\"></mtd>";
    private static final Pattern TAG = Pattern.compile("\\\\tag\\*\\{\\\\text\\{((?:\\{\\\\char\"[0-9A-F]+}|[^{}])*)}}");

    /** KaTeX's {@code mathml} for {@code tex}, each empty number cell holding its number. */
    static String fill(String mathml, String tex) {
        if (!mathml.contains(CELL)) {
            return mathml;
        }
        List<String> numbers = new ArrayList<>();
        Matcher m = TAG.matcher(tex);
        while (m.find()) {
            numbers.add(TexText.literal(m.group(1)));
        }
        String[] parts = mathml.split(Pattern.quote(CELL), -1);
        if (parts.length - 1 != numbers.size()) {
            return mathml;  // not a form EquationNumbers wrote: KaTeX's output as it is
        }
        var filled = new StringBuilder(mathml.length() + 32 * numbers.size()).append(parts[0]);
        for (int i = 0; i < numbers.size(); i++) {
            filled.append("<mtd class=\"mml-eqn-num\"><mtext>").append(escape(numbers.get(i))).append("</mtext></mtd>")
                    .append(parts[i + 1]);
        }
        return filled.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private TagCells() {}
}
