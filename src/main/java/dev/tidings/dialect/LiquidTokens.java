package dev.tidings.dialect;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Liquid's markup in a text, split as Liquid's lexer splits it: outputs {@code {{ … }}}, tags {@code {% … %}}, the
 * text between, and a {@code {% raw %}} block's body as one token. Markup that starts inside Markdown code (see
 * {@link CodeSpans}) is a token only when it also ends inside that code; else it is text. Knows no tag but raw.
 * Whitespace control ({@code {%-}, {@code -%}) is applied: the text beside such a tag is without that white space.
 */
final class LiquidTokens {
    private static final Pattern END_RAW = Pattern.compile("\\{%-?\\s*endraw\\s*-?%}");
    private static final Pattern OUTPUT_END = Pattern.compile("}}");
    private static final Pattern TAG_END = Pattern.compile("%}");

    enum Kind {
        TEXT, OUTPUT, TAG,
        /** a raw block's body, between its tags */
        RAW,
        /** an opening {@code {{} or {@code {%} that is never closed */
        UNCLOSED
    }

    /**
     * One piece of the text.
     *
     * @param start     where it starts in the text (a raw body: after its opening tag)
     * @param end       where it ends (a raw body: before its closing tag)
     * @param name      a tag's name (its first word), else empty
     * @param markup    a tag's arguments or an output's expression, trimmed
     * @param trimLeft  whitespace control before it ({@code {%-}): the text before loses its trailing white space
     * @param trimRight whitespace control after it ({@code -%}): the text after loses its leading white space
     * @param inCode    whether it starts inside Markdown code
     */
    record Token(Kind kind, int start, int end, String name, String markup, boolean trimLeft, boolean trimRight,
            boolean inCode) {
        static Token text(Kind kind, int start, int end, boolean inCode) {
            return new Token(kind, start, end, "", "", false, false, inCode);
        }
    }

    private LiquidTokens() {}

    static List<Token> of(String text, CodeSpans code) {
        List<Token> tokens = new ArrayList<>();
        var outputEnds = new ForwardSearch(text, OUTPUT_END);  // each end found once, so a text full of unclosed
        var tagEnds = new ForwardSearch(text, TAG_END);        // markup is read in linear time
        var rawEnds = new ForwardSearch(text, END_RAW);
        int textStart = 0;
        int at = opening(text, 0);
        while (at >= 0) {
            boolean inCode = code.contains(at);
            int limit = inCode ? code.skip(at) : text.length();
            boolean output = text.charAt(at + 1) == '{';
            int close = (output ? outputEnds : tagEnds).from(at + 2);
            if (close < 0 || close + 2 > limit) {
                if (!inCode) {
                    addText(tokens, textStart, at, code);
                    tokens.add(Token.text(Kind.UNCLOSED, at, at + 2, false));
                    textStart = at + 2;
                }
                at = opening(text, at + 2);
                continue;
            }
            addText(tokens, textStart, at, code);
            Token token = markup(text, at, close + 2, output, inCode);
            int next = close + 2;
            if (token.name().equals("raw")) {
                int end = rawEnds.from(next);
                if (end >= 0 && rawEnds.end() <= limit) {
                    token = new Token(Kind.RAW, next, end, "raw", "", token.trimLeft(),
                            text.startsWith("-%}", rawEnds.end() - 3), inCode);
                    next = rawEnds.end();
                }
            }
            tokens.add(token);
            textStart = next;
            at = opening(text, next);
        }
        addText(tokens, textStart, text.length(), code);
        return trimmed(text, tokens);
    }

    /** The text tokens without the white space that whitespace control removes beside them. */
    private static List<Token> trimmed(String text, List<Token> tokens) {
        List<Token> trimmed = new ArrayList<>(tokens.size());
        for (int k = 0; k < tokens.size(); k++) {
            Token token = tokens.get(k);
            int start = token.start();
            int end = token.end();
            if (token.kind() == Kind.TEXT && k > 0 && tokens.get(k - 1).trimRight() && !tokens.get(k - 1).inCode()) {
                while (start < end && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
            }
            if (token.kind() == Kind.TEXT && k + 1 < tokens.size() && tokens.get(k + 1).trimLeft()
                    && !tokens.get(k + 1).inCode()) {
                while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
            }
            trimmed.add(start == token.start() && end == token.end() ? token
                    : Token.text(Kind.TEXT, start, end, token.inCode()));
        }
        return List.copyOf(trimmed);
    }

    /**
     * For each token, the index of the tag that ends the block it opens ({@code end} + its name, past nested blocks
     * of its name), or -1. Tags inside code count for nothing.
     */
    static int[] closers(List<Token> tokens) {
        int[] closers = new int[tokens.size()];
        Arrays.fill(closers, -1);
        Map<String, Deque<Integer>> open = new HashMap<>();
        for (int j = 0; j < tokens.size(); j++) {
            Token token = tokens.get(j);
            if (token.kind() != Kind.TAG || token.inCode()) {
                continue;
            }
            String name = token.name();
            Deque<Integer> opened = name.startsWith("end") ? open.get(name.substring(3)) : null;
            if (opened != null && !opened.isEmpty()) {
                closers[opened.pop()] = j;
            } else {
                open.computeIfAbsent(name, n -> new ArrayDeque<>()).push(j);
            }
        }
        return closers;
    }

    private static Token markup(String text, int start, int end, boolean output, boolean inCode) {
        String inner = text.substring(start + 2, end - 2);
        boolean trimLeft = inner.startsWith("-");
        boolean trimRight = inner.endsWith("-") && inner.length() > (trimLeft ? 1 : 0);
        inner = inner.substring(trimLeft ? 1 : 0, inner.length() - (trimRight ? 1 : 0)).strip();
        if (output) {
            return new Token(Kind.OUTPUT, start, end, "", inner, trimLeft, trimRight, inCode);
        }
        String[] parts = inner.split("\\s+", 2);
        return new Token(Kind.TAG, start, end, parts[0], parts.length > 1 ? parts[1].strip() : "", trimLeft, trimRight,
                inCode);
    }

    private static void addText(List<Token> tokens, int from, int to, CodeSpans code) {
        if (from < to) {
            tokens.add(Token.text(Kind.TEXT, from, to, code.contains(from)));
        }
    }

    /** The next {@code {{} or {@code {%} from {@code from}, or -1. */
    private static int opening(String text, int from) {
        for (int i = text.indexOf('{', from); i >= 0 && i + 1 < text.length(); i = text.indexOf('{', i + 1)) {
            char next = text.charAt(i + 1);
            if (next == '{' || next == '%') {
                return i;
            }
        }
        return -1;
    }
}
