package dev.tidings.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the delimiter lists of a MathJax or KaTeX configuration as JavaScript writes them: an array of string pairs
 * ({@code [['$','$'], ["\\(", "\\)"]]}) or of KaTeX's objects ({@code [{left: "$$", right: "$$", display: true}]}),
 * strings in either quote with JavaScript's escapes, comments skipped. Anything else there (a template's expression, a
 * variable) is not a literal, and gives nothing.
 */
final class ScriptLiteral {
    /** KaTeX auto-render's default delimiters. */
    static final List<MathDelimiters.Pair> KATEX = List.of(pair("$$", "$$", true), pair("\\(", "\\)", false),
            pair("\\begin{equation}", "\\end{equation}", true), pair("\\begin{align}", "\\end{align}", true),
            pair("\\begin{alignat}", "\\end{alignat}", true), pair("\\begin{gather}", "\\end{gather}", true),
            pair("\\begin{CD}", "\\end{CD}", true), pair("\\[", "\\]", true));

    private final String text;
    private int at;

    private ScriptLiteral(String text, int at) {
        this.text = text;
        this.at = at;
    }

    private static MathDelimiters.Pair pair(String open, String close, boolean display) {
        return new MathDelimiters.Pair(open, close, display);
    }

    /** The array of string pairs at {@code at}, each a delimiter pair of the given kind. */
    static Optional<List<MathDelimiters.Pair>> pairs(String script, int at, boolean display) {
        var reader = new ScriptLiteral(script, at);
        var pairs = new ArrayList<MathDelimiters.Pair>();
        if (!reader.next("[")) {
            return Optional.empty();
        }
        while (!reader.next("]")) {
            Optional<String> open = reader.next("[") ? reader.string() : Optional.empty();
            Optional<String> close = open.isPresent() && reader.next(",") ? reader.string() : Optional.empty();
            if (close.isEmpty() || open.get().isEmpty() || close.get().isEmpty() || !reader.next("]")) {
                return Optional.empty();
            }
            pairs.add(pair(open.get(), close.get(), display));
            reader.next(",");
        }
        return Optional.of(pairs);
    }

    /** KaTeX auto-render's array of {@code {left, right, display}} objects at {@code at}. */
    static Optional<List<MathDelimiters.Pair>> katexPairs(String script, int at) {
        var reader = new ScriptLiteral(script, at);
        var pairs = new ArrayList<MathDelimiters.Pair>();
        if (!reader.next("[")) {
            return Optional.empty();
        }
        while (!reader.next("]")) {
            if (!reader.next("{")) {
                return Optional.empty();
            }
            String left = "";
            String right = "";
            boolean display = false;
            while (!reader.next("}")) {
                Optional<String> key = reader.name();
                if (key.isEmpty() || !reader.next(":")) {
                    return Optional.empty();
                }
                if (key.get().equals("display")) {
                    Optional<String> value = reader.name();
                    if (value.isEmpty()) {
                        return Optional.empty();
                    }
                    display = value.get().equals("true");
                } else {
                    Optional<String> value = reader.string();
                    if (value.isEmpty()) {
                        return Optional.empty();
                    }
                    left = key.get().equals("left") ? value.get() : left;
                    right = key.get().equals("right") ? value.get() : right;
                }
                reader.next(",");
            }
            if (left.isEmpty() || right.isEmpty()) {
                return Optional.empty();
            }
            pairs.add(pair(left, right, display));
            reader.next(",");
        }
        return Optional.of(pairs);
    }

    /** Skips blanks and comments, then takes {@code token} if it comes next. */
    private boolean next(String token) {
        skip();
        if (text.startsWith(token, at)) {
            at += token.length();
            return true;
        }
        return false;
    }

    private void skip() {
        while (at < text.length()) {
            if (Character.isWhitespace(text.charAt(at))) {
                at++;
            } else if (text.startsWith("//", at)) {
                int end = text.indexOf('\n', at);
                at = end < 0 ? text.length() : end;
            } else if (text.startsWith("/*", at)) {
                int end = text.indexOf("*/", at + 2);
                at = end < 0 ? text.length() : end + 2;
            } else {
                return;
            }
        }
    }

    /** A name (an object's key, quoted or not, or {@code true}/{@code false}). */
    private Optional<String> name() {
        skip();
        if (at < text.length() && (text.charAt(at) == '"' || text.charAt(at) == '\'')) {
            return string();
        }
        int start = at;
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
            at++;
        }
        return at > start ? Optional.of(text.substring(start, at)) : Optional.empty();
    }

    /** A string literal, its escapes read as JavaScript reads them. */
    private Optional<String> string() {
        skip();
        if (at >= text.length() || "'\"`".indexOf(text.charAt(at)) < 0) {
            return Optional.empty();
        }
        char quote = text.charAt(at++);
        var out = new StringBuilder();
        while (at < text.length() && text.charAt(at) != quote) {
            char c = text.charAt(at++);
            if (c == '\n' && quote != '`' || c == '$' && quote == '`' && text.startsWith("{", at)) {
                return Optional.empty();  // not a plain literal
            }
            if (c != '\\' || at >= text.length()) {
                out.append(c);
                continue;
            }
            char e = text.charAt(at++);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'u', 'x' -> {
                    int length = e == 'x' ? 2 : 4;
                    if (at + length > text.length()) {
                        return Optional.empty();
                    }
                    try {
                        out.append((char) Integer.parseInt(text.substring(at, at + length), 16));
                    } catch (NumberFormatException bad) {
                        return Optional.empty();
                    }
                    at += length;
                }
                case '\n' -> { }  // a line continued
                default -> out.append(e);  // \\ \' \" and any other: the character itself
            }
        }
        if (at >= text.length()) {
            return Optional.empty();
        }
        at++;
        return Optional.of(out.toString());
    }
}
