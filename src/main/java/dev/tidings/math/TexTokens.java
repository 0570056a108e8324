package dev.tidings.math;

import java.util.ArrayList;
import java.util.List;

/**
 * TeX split into tokens as MathJax reads it: control words ({@code \alpha}), control symbols ({@code \\}, {@code \,}),
 * braces, parameters ({@code #1}), spaces, comments and single characters. Joined again, unchanged tokens give back
 * the text they came from, byte for byte.
 */
final class TexTokens {
    /**
     * What a token is. {@code REFERENCE} and {@code EQUATION_REFERENCE} stand for {@code \ref} and {@code \eqref} of
     * the label that is their text, until the article's numbers are known.
     */
    enum Kind { COMMAND, OPEN, CLOSE, PARAMETER, SPACE, COMMENT, CHARACTER, REFERENCE, EQUATION_REFERENCE }

    /**
     * One token.
     *
     * @param frozen a command that stands for the built-in of that name, whatever the article defines later (what
     *               {@code \let\oldsqrt\sqrt} keeps): never expanded as a macro
     */
    record Token(Kind kind, String text, boolean frozen) {
        Token(Kind kind, String text) {
            this(kind, text, false);
        }

        static Token command(String name) {
            return new Token(Kind.COMMAND, name);
        }

        static Token character(String text) {
            return new Token(Kind.CHARACTER, text);
        }

        boolean is(String command) {
            return kind == Kind.COMMAND && text.equals(command);
        }

        boolean isCharacter(String character) {
            return kind == Kind.CHARACTER && text.equals(character);
        }

        /** Spaces and comments, which an argument's search skips. */
        boolean blank() {
            return kind == Kind.SPACE || kind == Kind.COMMENT;
        }

        /** A control word, made of letters: the text that follows must not start with a letter. */
        boolean isWord() {
            return kind == Kind.COMMAND && text.length() > 1 && isLetter(text.charAt(1));
        }
    }

    static List<Token> of(String tex) {
        var tokens = new ArrayList<Token>();
        int i = 0;
        while (i < tex.length()) {
            char c = tex.charAt(i);
            int end;
            Kind kind;
            if (c == '\\') {
                end = i + 1;
                while (end < tex.length() && isLetter(tex.charAt(end))) {
                    end++;
                }
                if (end == i + 1 && end < tex.length()) {
                    end += Character.charCount(tex.codePointAt(end));  // a control symbol: \\ \, \{ …
                }
                kind = Kind.COMMAND;
            } else if (c == '{' || c == '}') {
                end = i + 1;
                kind = c == '{' ? Kind.OPEN : Kind.CLOSE;
            } else if (c == '#') {
                end = i + 1 < tex.length() && (Character.isDigit(tex.charAt(i + 1)) || tex.charAt(i + 1) == '#')
                        ? i + 2 : i + 1;
                kind = Kind.PARAMETER;
            } else if (Character.isWhitespace(c)) {
                end = i + 1;
                while (end < tex.length() && Character.isWhitespace(tex.charAt(end))) {
                    end++;
                }
                kind = Kind.SPACE;
            } else if (c == '%') {
                end = tex.indexOf('\n', i);
                end = end < 0 ? tex.length() : end + 1;
                kind = Kind.COMMENT;
            } else {
                end = i + Character.charCount(tex.codePointAt(i));
                kind = Kind.CHARACTER;
            }
            tokens.add(new Token(kind, tex.substring(i, end)));
            i = end;
        }
        return tokens;
    }

    /** The tokens as TeX: a space after a control word that a letter follows, so that it stays the same word. */
    static String text(List<Token> tokens) {
        var text = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            text.append(token.text());
            if (token.isWord() && i + 1 < tokens.size() && startsWithLetter(tokens.get(i + 1).text())) {
                text.append(' ');
            }
        }
        return text.toString();
    }

    /** TeX's letters, as MathJax reads a control word: ASCII letters only. */
    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean startsWithLetter(String text) {
        return !text.isEmpty() && isLetter(text.charAt(0));
    }

    private TexTokens() {}
}
