package dev.tidings.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds formulas in one run of a page's text as MathJax 3's {@code FindTeX} does: the earliest opening delimiter (the
 * longest where several start at one place), then its closing delimiter at brace depth 0, a backslash always taking the
 * character after it ({@code \}}, {@code \$}); {@code \begin{env}} up to the first {@code \end{env}}; {@code \$} and
 * {@code \\} escapes, and {@code \ref}/{@code \eqref} outside formulas. An opener whose closer never comes is text, and
 * the search goes on after it. Or as KaTeX's auto-render does ({@link MathDelimiters#katex()}). Immutable.
 */
final class TexFinder {
    // JavaScript's '.' in MathJax's patterns: anything but a line terminator
    private static final String ANY = "[^\\n\\r\\u2028\\u2029]";

    /** What was found from {@code start} to {@code end} of the text: a formula, or an escaped character's text. */
    sealed interface Found permits Formula, Escape {
        int start();

        int end();
    }

    /** A formula; its TeX is the text from {@code texFrom} to {@code texTo}. */
    record Formula(int start, int end, int texFrom, int texTo, TexSpan.Form form) implements Found {}

    record Escape(int start, int end, String text) implements Found {}

    private final MathDelimiters delimiters;
    private final Pattern start;
    private final Map<String, MathDelimiters.Pair> byOpen = new HashMap<>();
    private final Map<String, Pattern> ends = new HashMap<>();

    TexFinder(MathDelimiters delimiters) {
        this.delimiters = delimiters;
        List<String> opens = new ArrayList<>();
        for (MathDelimiters.Pair pair : delimiters.pairs()) {
            if (byOpen.putIfAbsent(pair.open(), pair) == null) {
                opens.add(pair.open());
                ends.put(pair.open(), Pattern.compile(Pattern.quote(pair.close()) + "|\\\\" + ANY + "|[{}]"));
            }
        }
        opens.sort(Comparator.comparingInt(String::length).reversed());  // "$$" before "$"
        // Each kind of start is a named group; one turned off can never match.
        String never = "(?!)";
        this.start = Pattern.compile("(?<open>" + (opens.isEmpty() ? never
                : String.join("|", opens.stream().map(Pattern::quote).toList())) + ")"
                + "|\\\\begin\\s*\\{(?<env>" + (delimiters.environments() ? "[^}]*" : never) + ")\\}"
                + "|\\\\(?<escaped>" + (delimiters.escapes() ? "[\\\\$]" : never) + ")"
                + "|(?<ref>" + (delimiters.escapes() ? "\\\\(?:eq)?ref\\s*\\{[^}]*\\}" : never) + ")");
    }

    /** Everything found in {@code text}, in order, none overlapping. */
    List<Found> find(String text) {
        if (delimiters.katex()) {
            return katex(text);
        }
        var found = new ArrayList<Found>();
        Matcher m = start.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            Optional<Found> item = foundAt(text, m);
            item.ifPresent(found::add);
            from = item.map(Found::end).orElse(m.end());
        }
        return found;
    }

    private Optional<Found> foundAt(String text, Matcher m) {
        if (m.group("open") != null) {
            return delimited(text, m, byOpen.get(m.group("open")));
        }
        if (m.group("env") != null) {
            String closer = "{" + m.group("env") + "}";
            Pattern end = Pattern.compile("\\\\end\\s*(" + Pattern.quote(closer) + ")|\\\\" + ANY + "|[{}]");
            return closer(text, m.end(), end, closer).map(close -> new Formula(m.start(), close.end(), m.start(),
                    close.end(), TexSpan.Form.ENVIRONMENT));
        }
        if (m.group("escaped") != null) {
            return Optional.of(new Escape(m.start(), m.end(), m.group("escaped")));
        }
        return Optional.of(new Formula(m.start(), m.end(), m.start(), m.end(), TexSpan.Form.INLINE));
    }

    private Optional<Found> delimited(String text, Matcher m, MathDelimiters.Pair pair) {
        boolean cautious = delimiters.guessed() && pair.open().equals("$") && pair.close().equals("$");
        if (cautious && (m.end() >= text.length() || Character.isWhitespace(text.charAt(m.end())))) {
            return Optional.empty();
        }
        Pattern end = ends.get(pair.open());
        int from = m.end();
        while (true) {
            Optional<Span> close = closer(text, from, end, pair.close());
            if (close.isEmpty()) {
                return Optional.empty();
            }
            int at = close.get().start();
            int after = close.get().end();
            if (!cautious || (!Character.isWhitespace(text.charAt(at - 1))
                    && (after >= text.length() || !Character.isDigit(text.charAt(after))))) {
                return Optional.of(new Formula(m.start(), after, m.end(), at, pair.display() ? TexSpan.Form.DISPLAY
                        : TexSpan.Form.INLINE));
            }
            from = after;  // Pandoc's rule refuses this closer: look for the next one
        }
    }

    /**
     * KaTeX auto-render's {@code splitAtDelimiters}: the first opener found, the first delimiter in the configured
     * order that it starts, its closer at brace depth 0 or below; a formula never closed ends the search. A
     * {@code \begin{…}} delimiter keeps its delimiters in the TeX.
     */
    private List<Found> katex(String text) {
        var found = new ArrayList<Found>();
        int at = 0;
        while (at < text.length()) {
            int open = -1;
            for (int i = at; i < text.length() && open < 0; i++) {
                for (MathDelimiters.Pair pair : delimiters.pairs()) {
                    if (text.startsWith(pair.open(), i)) {
                        open = i;
                        break;
                    }
                }
            }
            if (open < 0) {
                break;
            }
            int start = open;
            MathDelimiters.Pair pair = delimiters.pairs().stream().filter(p -> text.startsWith(p.open(), start))
                    .findFirst().orElseThrow();
            int close = katexEnd(text, open + pair.open().length(), pair.close());
            if (close < 0) {
                break;
            }
            int end = close + pair.close().length();
            found.add(pair.open().startsWith("\\begin{") ? new Formula(open, end, open, end, TexSpan.Form.ENVIRONMENT)
                    : new Formula(open, end, open + pair.open().length(), close, pair.display() ? TexSpan.Form.DISPLAY
                    : TexSpan.Form.INLINE));
            at = end;
        }
        return found;
    }

    private static int katexEnd(String text, int from, String closer) {
        int braces = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (braces <= 0 && text.startsWith(closer, i)) {
                return i;
            } else if (c == '\\') {
                i++;
            } else if (c == '{') {
                braces++;
            } else if (c == '}') {
                braces--;
            }
        }
        return -1;
    }

    private record Span(int start, int end) {}

    /** The first {@code closer} at brace depth 0 in {@code text} from {@code from}, if any. */
    private static Optional<Span> closer(String text, int from, Pattern end, String closer) {
        Matcher e = end.matcher(text);
        int braces = 0;
        int at = from;
        while (at <= text.length() && e.find(at)) {
            String token = e.groupCount() > 0 && e.group(1) != null ? e.group(1) : e.group();
            if (token.equals(closer) && braces == 0) {
                return Optional.of(new Span(e.start(), e.end()));
            } else if (token.equals("{")) {
                braces++;
            } else if (token.equals("}") && braces > 0) {
                braces--;
            }
            at = e.end();
        }
        return Optional.empty();
    }
}
