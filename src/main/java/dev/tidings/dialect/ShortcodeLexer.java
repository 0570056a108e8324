package dev.tidings.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the Hugo shortcode tags of an article's text, in order. Outside code every tag counts; inside code (fenced
 * blocks and inline code, see {@link CodeSpans}) only escapes do, as Hugo shows them there too: code stays code.
 * The inside of a shortcode whose inner text is code or TeX ({@code highlight}, {@code math}, {@code katex}) is
 * taken whole, as code, up to its closing tag. Thread-safe.
 */
final class ShortcodeLexer {
    /** Shortcodes whose inner text is not Markdown: nothing in it is a tag but an escape. */
    static final Set<String> RAW = Set.of("highlight", "math", "katex", "latex", "tex");

    private ShortcodeLexer() {}

    static List<ShortcodeTag> tags(String text) {
        List<ShortcodeTag> tags = new ArrayList<>();
        if (!text.contains("{{<") && !text.contains("{{%")) {
            return tags;
        }
        StringBuilder masked = new StringBuilder(text);  // raw regions blanked, so that their backticks are not code
        CodeSpans code = CodeSpans.of(text);
        int at = 0;
        while ((at = next(text, at)) >= 0) {
            if (code.contains(at)) {
                Optional<ShortcodeTag> escape = escape(text, at, true);
                escape.ifPresent(tags::add);
                at = escape.map(ShortcodeTag::end).orElse(at + 3);
                continue;
            }
            int start = at;
            ShortcodeTag tag = escape(text, start, false).orElseGet(() -> read(text, start));
            tags.add(tag);
            at = tag.end();
            if (tag.kind() == ShortcodeTag.Kind.OPEN && RAW.contains(tag.name())) {
                Optional<ShortcodeTag> close = closing(text, at, tag.name());
                if (close.isPresent()) {
                    tags.addAll(escapes(text, at, close.get().start()));
                    for (int i = at; i < close.get().start(); i++) {
                        masked.setCharAt(i, text.charAt(i) == '\n' ? '\n' : ' ');
                    }
                    code = CodeSpans.of(masked.toString());
                    tags.add(close.get());
                    at = close.get().end();
                }
            }
        }
        return tags;
    }

    /** The next {@code {{<} or {@code {{%} from {@code from}, or -1. */
    private static int next(String text, int from) {
        for (int i = text.indexOf("{{", from); i >= 0; i = text.indexOf("{{", i + 1)) {
            if (i + 2 < text.length() && (text.charAt(i + 2) == '<' || text.charAt(i + 2) == '%')) {
                return i;
            }
        }
        return -1;
    }

    /** An escape <code>{{&lt;/* … *&#47;&gt;}}</code> starting at {@code at}. */
    private static Optional<ShortcodeTag> escape(String text, int at, boolean inCode) {
        if (!text.startsWith("/*", at + 3)) {
            return Optional.empty();
        }
        char delimiter = text.charAt(at + 2);
        String right = delimiter == '<' ? ">}}" : "%}}";
        int close = text.indexOf("*/" + right, at + 5);
        if (close < 0) {
            return Optional.empty();
        }
        String literal = "{{" + delimiter + text.substring(at + 5, close) + right;
        return Optional.of(ShortcodeTag.escape(at, close + 5, delimiter == '%', literal, inCode));
    }

    /** The escapes between {@code from} and {@code to}: inside a raw shortcode, its only tags. */
    private static List<ShortcodeTag> escapes(String text, int from, int to) {
        List<ShortcodeTag> found = new ArrayList<>();
        int at = from;
        while ((at = next(text, at)) >= 0 && at < to) {
            Optional<ShortcodeTag> escape = escape(text, at, true).filter(tag -> tag.end() <= to);
            escape.ifPresent(found::add);
            at = escape.map(ShortcodeTag::end).orElse(at + 3);
        }
        return found;
    }

    /** The closing tag of {@code name} after {@code from}, ignoring everything else. */
    private static Optional<ShortcodeTag> closing(String text, int from, String name) {
        for (int at = next(text, from); at >= 0; at = next(text, at + 3)) {
            ShortcodeTag tag = read(text, at);
            if (tag.kind() == ShortcodeTag.Kind.CLOSE && tag.name().equals(name)) {
                return Optional.of(tag);
            }
        }
        return Optional.empty();
    }

    /** The tag starting at {@code at} ({@code {{<} or {@code {{%}): to its closing delimiter outside quotes. */
    private static ShortcodeTag read(String text, int at) {
        char delimiter = text.charAt(at + 2);
        String right = delimiter == '<' ? ">}}" : "%}}";
        boolean markdown = delimiter == '%';
        int i = skipSpace(text, at + 3);
        boolean closing = i < text.length() && text.charAt(i) == '/';
        if (closing) {
            i = skipSpace(text, i + 1);
        }
        int nameStart = i;
        while (i < text.length() && isNameChar(text.charAt(i)) && !text.startsWith("/" + right, i)) {
            i++;
        }
        String name = text.substring(nameStart, i);
        int argsStart = i;
        char quote = 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '`') {
                quote = c;
            } else if (text.startsWith(right, i)) {
                break;
            } else if (text.startsWith("{{<", i) || text.startsWith("{{%", i)) {
                i = text.length();  // another tag begins: this one never ended
            }
        }
        if (i >= text.length() || name.isEmpty()) {
            return ShortcodeTag.malformed(at, "{{" + delimiter);
        }
        String args = text.substring(argsStart, i).strip();
        boolean selfClosing = args.endsWith("/");
        if (selfClosing) {
            args = args.substring(0, args.length() - 1);
        }
        ShortcodeTag.Kind kind = closing ? ShortcodeTag.Kind.CLOSE
                : selfClosing ? ShortcodeTag.Kind.SELF_CLOSING : ShortcodeTag.Kind.OPEN;
        return new ShortcodeTag(at, i + right.length(), kind, markdown, name, ShortcodeArgs.parse(args), "");
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '/';
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
