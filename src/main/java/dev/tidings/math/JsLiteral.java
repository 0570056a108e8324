package dev.tidings.math;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JavaScript object or array literal of plain values, as a theme's MathJax or KaTeX configuration writes its macros
 * ({@code {RR: "\\mathbb{R}", norm: ["\\left\\|#1\\right\\|", 1]}}), and JSON: strings (with JavaScript's escapes, so
 * {@code "\m"} is {@code m}, as the browser reads it), numbers, {@code true}/{@code false}, arrays, objects with bare,
 * quoted or numeric keys, trailing commas, comments. Anything else (a variable, a call, a template's
 * {@code {{ … }}}) is an {@link IllegalArgumentException} saying where.
 */
public final class JsLiteral {
    private final String text;
    private int at;

    private JsLiteral(String text, int at) {
        this.text = text;
        this.at = at;
    }

    /** The value that starts at {@code from}: a String, Double, Boolean, List or Map (in the order written). */
    public static Object at(String text, int from) {
        return new JsLiteral(text, from).value();
    }

    /** The value {@code text} is, with nothing but blanks and comments around it. */
    static Object of(String text) {
        var literal = new JsLiteral(text, 0);
        Object value = literal.value();
        literal.skip();
        if (literal.at < text.length()) {
            throw literal.error("nothing more");
        }
        return value;
    }

    private Object value() {
        skip();
        if (at >= text.length()) {
            throw error("a value");
        }
        char c = text.charAt(at);
        if (c == '{') {
            return object();
        } else if (c == '[') {
            at++;
            var list = new ArrayList<>();
            while (!close(']')) {
                list.add(value());
                separator(']');
            }
            return list;
        } else if (c == '"' || c == '\'' || c == '`') {
            return string();
        }
        String word = word();
        return switch (word) {
            case "true", "false" -> Boolean.valueOf(word);
            default -> {
                try {
                    yield Double.valueOf(word);
                } catch (NumberFormatException e) {
                    at -= word.length();
                    throw error("a string, number, array or object");
                }
            }
        };
    }

    private Map<String, Object> object() {
        at++;
        var map = new LinkedHashMap<String, Object>();
        while (!close('}')) {
            skip();
            String key = at < text.length() && "\"'".indexOf(text.charAt(at)) >= 0 ? string() : word();
            if (key.isEmpty()) {
                throw error("a key");
            }
            skip();
            if (at >= text.length() || text.charAt(at) != ':') {
                throw error("':'");
            }
            at++;
            map.put(key, value());
            separator('}');
        }
        return map;
    }

    private boolean close(char end) {
        skip();
        if (at < text.length() && text.charAt(at) == end) {
            at++;
            return true;
        }
        return false;
    }

    private void separator(char end) {
        skip();
        if (at < text.length() && text.charAt(at) == ',') {
            at++;
        } else if (at >= text.length() || text.charAt(at) != end) {
            throw error("',' or '" + end + "'");
        }
    }

    private String string() {
        char quote = text.charAt(at++);
        var value = new StringBuilder();
        while (at < text.length() && text.charAt(at) != quote) {
            char c = text.charAt(at++);
            if (quote == '`' && c == '$' && at < text.length() && text.charAt(at) == '{') {
                throw error("a template without ${…}");
            }
            if (c != '\\' || at >= text.length()) {
                value.append(c);
                continue;
            }
            char escaped = text.charAt(at++);
            switch (escaped) {
                case 'n' -> value.append('\n');
                case 't' -> value.append('\t');
                case 'r' -> value.append('\r');
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'v' -> value.append('\u000B');
                case '0' -> value.append('\0');
                case '\n' -> { }  // a line continued
                case 'u', 'x' -> value.appendCodePoint(hex(escaped == 'x' ? 2 : 4));
                default -> value.append(escaped);  // \\ \' \" and, as JavaScript reads it, \m → m
            }
        }
        if (at >= text.length()) {
            throw error("the closing " + quote);
        }
        at++;
        return value.toString();
    }

    private int hex(int digits) {
        if (at + digits > text.length() || !text.substring(at, at + digits).matches("[0-9A-Fa-f]+")) {
            throw error(digits + " hexadecimal digits");
        }
        at += digits;
        return Integer.parseInt(text.substring(at - digits, at), 16);
    }

    private String word() {
        int start = at;
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || "_$.-+".indexOf(text.charAt(at)) >= 0)) {
            at++;
        }
        return text.substring(start, at);
    }

    /** Past blanks and comments. */
    private void skip() {
        while (at < text.length()) {
            if (Character.isWhitespace(text.charAt(at))) {
                at++;
            } else if (text.startsWith("//", at)) {
                int end = text.indexOf('\n', at);
                at = end < 0 ? text.length() : end + 1;
            } else if (text.startsWith("/*", at)) {
                int end = text.indexOf("*/", at + 2);
                at = end < 0 ? text.length() : end + 2;
            } else {
                return;
            }
        }
    }

    private IllegalArgumentException error(String expected) {
        String found = at < text.length() ? "'" + text.substring(at, Math.min(text.length(), at + 12)) + "'" : "the end";
        return new IllegalArgumentException("expected " + expected + " at character " + (at + 1) + ", found " + found);
    }
}
