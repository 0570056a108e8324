package dev.tidings.content;

import java.util.ArrayList;
import dev.tidings.math.JsLiteral;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the delimiter lists of a MathJax or KaTeX configuration as JavaScript writes them: an array of string pairs
 * ({@code [['$','$'], ["\\(", "\\)"]]}) or of KaTeX's objects ({@code [{left: "$$", right: "$$", display: true}]}),
 * strings in either quote with JavaScript's escapes, comments skipped ({@link dev.tidings.math.JsLiteral} reads the
 * literal). Anything else there (a template's expression, a variable) is not a literal, and gives nothing.
 */
final class ScriptLiteral {
    /** KaTeX auto-render's default delimiters. */
    static final List<MathDelimiters.Pair> KATEX = List.of(pair("$$", "$$", true), pair("\\(", "\\)", false),
            pair("\\begin{equation}", "\\end{equation}", true), pair("\\begin{align}", "\\end{align}", true),
            pair("\\begin{alignat}", "\\end{alignat}", true), pair("\\begin{gather}", "\\end{gather}", true),
            pair("\\begin{CD}", "\\end{CD}", true), pair("\\[", "\\]", true));

    private ScriptLiteral() {}

    private static MathDelimiters.Pair pair(String open, String close, boolean display) {
        return new MathDelimiters.Pair(open, close, display);
    }

    /** The array of string pairs at {@code at}, each a delimiter pair of the given kind. */
    static Optional<List<MathDelimiters.Pair>> pairs(String script, int at, boolean display) {
        Optional<List<?>> array = array(script, at);
        var pairs = new ArrayList<MathDelimiters.Pair>();
        for (Object item : array.orElse(List.of())) {
            if (!(item instanceof List<?> two) || two.size() != 2 || !(two.get(0) instanceof String open)
                    || !(two.get(1) instanceof String close) || open.isEmpty() || close.isEmpty()) {
                return Optional.empty();
            }
            pairs.add(pair(open, close, display));
        }
        return array.map(any -> pairs);
    }

    /** KaTeX auto-render's array of {@code {left, right, display}} objects at {@code at}. */
    static Optional<List<MathDelimiters.Pair>> katexPairs(String script, int at) {
        Optional<List<?>> array = array(script, at);
        var pairs = new ArrayList<MathDelimiters.Pair>();
        for (Object item : array.orElse(List.of())) {
            if (!(item instanceof Map<?, ?> object) || !(object.get("left") instanceof String left)
                    || !(object.get("right") instanceof String right) || left.isEmpty() || right.isEmpty()) {
                return Optional.empty();
            }
            pairs.add(pair(left, right, Boolean.TRUE.equals(object.get("display"))));
        }
        return array.map(any -> pairs);
    }

    /** The array literal at {@code at}; empty when there is none, or it is not a plain literal (a template's). */
    private static Optional<List<?>> array(String script, int at) {
        try {
            return JsLiteral.at(script, at) instanceof List<?> list ? Optional.of(list) : Optional.empty();
        } catch (IllegalArgumentException notALiteral) {
            return Optional.empty();
        }
    }
}
