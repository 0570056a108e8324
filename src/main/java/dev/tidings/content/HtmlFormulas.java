package dev.tidings.content;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Marks up the formulas written in the text of an HTML article ({@code \(…\)}, {@code $…$}, …) exactly as
 * {@link MathInlineParser} does for Markdown, so every article's math reaches the feed in the same form. Text inside
 * code, preformatted blocks and existing MathML is left alone.
 */
final class HtmlFormulas {
    private static final Set<String> VERBATIM = Set.of("pre", "code", "kbd", "samp", "script", "style", "textarea",
            "math", "svg");

    static void markUp(Document document) {
        markUp(document.body());
    }

    private static void markUp(Element element) {
        if (VERBATIM.contains(element.normalName()) || element.hasClass("math")) {
            return;
        }
        for (Node child : List.copyOf(element.childNodes())) {
            if (child instanceof TextNode text) {
                split(text);
            } else if (child instanceof Element e) {
                markUp(e);
            }
        }
    }

    /** Replaces {@code node} by text and formula elements, if it holds any formula. */
    private static void split(TextNode node) {
        String text = node.getWholeText();
        int plainFrom = 0;
        Node last = node;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '$' && c != '\\') {
                continue;
            }
            Match match = matchAt(text, i);
            if (match == null) {
                if (c == '\\') {
                    i++;  // an escaped character, such as \$, starts nothing
                }
                continue;
            }
            if (i > plainFrom) {
                last = append(last, new TextNode(text.substring(plainFrom, i)));
            }
            Element formula = new Element("span").addClass("math").addClass(
                    match.formula.form() == TexSpan.Form.INLINE ? "inline" : "display");
            formula.appendText(match.formula.delimited());
            last = append(last, formula);
            plainFrom = match.end;
            i = match.end - 1;
        }
        if (last == node) {
            return;  // no formula
        }
        if (plainFrom < text.length()) {
            append(last, new TextNode(text.substring(plainFrom)));
        }
        node.remove();
    }

    private static Node append(Node after, Node next) {
        after.after(next);
        return next;
    }

    private record Match(TexSpan formula, int end) {}

    /** The formula starting at {@code at}, with the same rules as {@link MathInlineParser}, or null. */
    private static Match matchAt(String text, int at) {
        if (TexSpan.startsWith(text, at, "$$")) {
            return delimited(text, at, "$$", "$$", TexSpan.Form.DISPLAY);
        }
        if (text.charAt(at) == '$') {
            int open = at + 1;
            if (open >= text.length() || Character.isWhitespace(text.charAt(open))) {
                return null;
            }
            for (int close = TexSpan.findCloser(text, open, "$"); close >= 0;
                 close = TexSpan.findCloser(text, close + 1, "$")) {
                boolean valid = !Character.isWhitespace(text.charAt(close - 1))
                        && (close + 1 >= text.length() || !Character.isDigit(text.charAt(close + 1)));
                if (valid && close > open) {
                    return new Match(new TexSpan(text.substring(open, close), TexSpan.Form.INLINE), close + 1);
                }
            }
            return null;
        }
        if (TexSpan.startsWith(text, at, "\\(")) {
            return delimited(text, at, "\\(", "\\)", TexSpan.Form.INLINE);
        }
        if (TexSpan.startsWith(text, at, "\\[")) {
            return delimited(text, at, "\\[", "\\]", TexSpan.Form.DISPLAY);
        }
        String environment = TexSpan.environmentAt(text, at);
        if (environment != null) {
            String closer = "\\end{" + environment + "}";
            int close = TexSpan.findCloser(text, at + environment.length() + 8, closer);
            return close < 0 ? null
                    : new Match(new TexSpan(text.substring(at, close + closer.length()), TexSpan.Form.ENVIRONMENT),
                    close + closer.length());
        }
        return null;
    }

    private static Match delimited(String text, int at, String opener, String closer, TexSpan.Form form) {
        int close = TexSpan.findCloser(text, at + opener.length(), closer);
        if (close < 0 || text.substring(at + opener.length(), close).isBlank()) {
            return null;
        }
        return new Match(new TexSpan(text.substring(at + opener.length(), close), form), close + closer.length());
    }

    private HtmlFormulas() {}
}
