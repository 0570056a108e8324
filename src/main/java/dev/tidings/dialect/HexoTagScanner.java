package dev.tidings.dialect;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Nunjucks syntax of a Hexo post, found as Hexo finds it: {@code {% name args %}}, a paired tag with its body up
 * to its {@code {% endname %}} (nested ones of the same name counted), {@code {{ variable }}} and
 * {@code {# comment #}}. Delimiters inside code (fences, inline code) are text, and so is the body of a verbatim tag
 * ({@code raw}, {@code codeblock}): it is never scanned. Arguments are split at whitespace, a quoted string counting
 * as one argument without its quotes, as Hexo's Nunjucks lexer splits them. Offsets index the scanned text. Stateless.
 */
final class HexoTagScanner {
    private static final Pattern TAG = Pattern.compile("\\{%-?\\s*([^\\s%-][^\\s%]*)((?:[^%]|%(?!}))*?)-?%}");

    private HexoTagScanner() {}

    /**
     * {@code TAG}: {@code {% name args %}}, with its body when paired; {@code VARIABLE}: {@code {{ x }}} (named x);
     * {@code COMMENT} (named by its text); {@code END}: {@code {% endname %}} without its opening tag;
     * {@code UNCLOSED}: a {@code {%} never closed (the token is those two characters).
     */
    enum Kind { TAG, VARIABLE, COMMENT, END, UNCLOSED }

    /** One construct; {@code bodyStart} and {@code bodyEnd} are -1 unless it is a paired tag. */
    record Token(Kind kind, String name, List<String> args, int start, int end, int bodyStart, int bodyEnd) {
        Token {
            args = List.copyOf(args);
        }

        boolean paired() {
            return bodyStart >= 0;
        }
    }

    /**
     * The top-level constructs of {@code text} in order (those inside a paired tag's body are left to its body).
     *
     * @param verbatim names of tags whose body is never scanned
     * @param singles  names of tags that never have a body (their {@code end} tag is a stray)
     */
    static List<Token> scan(String text, Set<String> verbatim, Set<String> singles) {
        String masked = mask(text, verbatim);
        List<Token> flat = delimiters(masked, CodeSpans.of(masked));
        int[] closer = pair(flat, singles);
        var top = new ArrayList<Token>();
        for (int i = 0; i < flat.size(); i++) {
            Token t = flat.get(i);
            if (closer[i] < 0) {
                top.add(t);
                continue;
            }
            Token end = flat.get(closer[i]);
            top.add(new Token(Kind.TAG, t.name(), t.args(), t.start(), end.end(), t.end(), end.start()));
            i = closer[i];
        }
        return top;
    }

    /** The text with the body of every closed verbatim tag blanked (line breaks kept), so nothing in it is scanned. */
    private static String mask(String text, Set<String> verbatim) {
        CodeSpans code = CodeSpans.of(text);
        var masked = new StringBuilder(text);
        Matcher m = TAG.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            from = m.end();
            if (code.contains(m.start()) || !verbatim.contains(m.group(1))) {
                continue;
            }
            Matcher end = Pattern.compile("\\{%-?\\s*end" + Pattern.quote(m.group(1)) + "\\s*-?%}").matcher(text);
            if (end.find(m.end())) {
                masked.replace(m.end(), end.start(), text.substring(m.end(), end.start()).replaceAll(".", " "));
                from = end.end();
            }
        }
        return masked.toString();
    }

    /** Every delimited construct outside code, in order, none paired yet. */
    private static List<Token> delimiters(String text, CodeSpans code) {
        var tokens = new ArrayList<Token>();
        int i = text.indexOf('{');
        while (i >= 0 && i + 1 < text.length()) {
            if (code.contains(i)) {
                i = text.indexOf('{', code.skip(i));
                continue;
            }
            char next = text.charAt(i + 1);
            String close = next == '%' ? "%}" : next == '{' ? "}}" : next == '#' ? "#}" : "";
            if (close.isEmpty()) {
                i = text.indexOf('{', i + 1);
                continue;
            }
            int end = text.indexOf(close, i + 2);
            if (end < 0) {  // an unclosed "{{" or "{#" is text ("{#id}" after a heading), an unclosed "{%" a stray
                if (next == '%') {
                    tokens.add(new Token(Kind.UNCLOSED, "{%", List.of(), i, i + 2, -1, -1));
                }
                i = text.indexOf('{', i + 2);
                continue;
            }
            String inside = text.substring(i + 2, end).replaceAll("^-|-$", "").strip();
            tokens.add(token(next, inside, i, end + 2));
            i = text.indexOf('{', end + 2);
        }
        return tokens;
    }

    private static Token token(char kind, String inside, int start, int end) {
        if (kind != '%') {
            return new Token(kind == '{' ? Kind.VARIABLE : Kind.COMMENT, inside, List.of(), start, end, -1, -1);
        }
        List<String> words = arguments(inside);
        String name = words.isEmpty() ? "" : words.get(0);
        List<String> args = words.isEmpty() ? List.of() : words.subList(1, words.size());
        return new Token(name.startsWith("end") ? Kind.END : Kind.TAG, name, args, start, end, -1, -1);
    }

    /**
     * For each token, the index of the {@code end} token that closes it, or -1: each {@code endname} closes the
     * innermost open {@code name}; tags opened after it and never closed stay single.
     */
    private static int[] pair(List<Token> tokens, Set<String> singles) {
        int[] closer = new int[tokens.size()];
        Arrays.fill(closer, -1);
        Deque<Integer> open = new ArrayDeque<>();
        Map<String, Integer> opened = new HashMap<>();  // how many of each name are open: no walk for a stray end
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == Kind.TAG && !singles.contains(t.name())) {
                open.push(i);
                opened.merge(t.name(), 1, Integer::sum);
            } else if (t.kind() == Kind.END && opened.getOrDefault(t.name().substring(3), 0) > 0) {
                String name;
                int o;
                do {
                    o = open.pop();
                    name = tokens.get(o).name();
                    opened.merge(name, -1, Integer::sum);
                } while (!("end" + name).equals(t.name()));
                closer[o] = i;
            }
        }
        return closer;
    }

    /** The words of a tag: split at whitespace; a quoted string is part of a word, without its quotes. */
    static List<String> arguments(String inside) {
        var words = new ArrayList<String>();
        var word = new StringBuilder();
        for (int i = 0; i < inside.length(); i++) {
            char c = inside.charAt(i);
            if (Character.isWhitespace(c)) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                continue;
            }
            int close = c == '"' || c == '\'' ? closingQuote(inside, i) : -1;
            if (close < 0) {
                word.append(c);
                continue;
            }
            for (int j = i + 1; j < close; j++) {
                char s = inside.charAt(j);
                if (s == '\\' && j + 1 < close) {
                    s = inside.charAt(++j);
                }
                word.append(s);
            }
            i = close;
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    private static int closingQuote(String text, int open) {
        for (int i = open + 1; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == text.charAt(open)) {
                return i;
            }
        }
        return -1;
    }
}
