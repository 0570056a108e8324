package dev.tidings.dialect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The arguments of one Hugo shortcode tag: positional ({@code {{< youtube abc >}}}) or named
 * ({@code {{< figure src="a.png" caption='b' >}}}). A value is a bare word, a {@code "quoted"} string with {@code \"}
 * escapes, or a {@code `raw`} string. Immutable.
 */
record ShortcodeArgs(List<String> positional, Map<String, String> named) {
    static final ShortcodeArgs NONE = new ShortcodeArgs(List.of(), Map.of());

    ShortcodeArgs {
        positional = List.copyOf(positional);
        named = Map.copyOf(named);
    }

    /** The named argument {@code name}, else the positional one at {@code position} (0-based; -1 for none). */
    Optional<String> get(String name, int position) {
        if (named.containsKey(name)) {
            return Optional.of(named.get(name));
        }
        return position >= 0 && position < positional.size() ? Optional.of(positional.get(position)) : Optional.empty();
    }

    Optional<String> get(String name) {
        return get(name, -1);
    }

    /** Whether {@code name} is given as a true flag: {@code name=true}, or a positional {@code name}. */
    boolean flag(String name) {
        return named.getOrDefault(name, "").equals("true") || positional.contains(name);
    }

    /** The arguments in the text between a tag's name and its closing delimiter. */
    static ShortcodeArgs parse(String text) {
        List<String> positional = new ArrayList<>();
        Map<String, String> named = new LinkedHashMap<>();
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int keyEnd = i;
            while (keyEnd < text.length() && (Character.isLetterOrDigit(text.charAt(keyEnd))
                    || text.charAt(keyEnd) == '-' || text.charAt(keyEnd) == '_')) {
                keyEnd++;
            }
            if (keyEnd > i && keyEnd < text.length() && text.charAt(keyEnd) == '=') {
                Value value = Value.at(text, keyEnd + 1);
                named.put(text.substring(i, keyEnd), value.text());
                i = value.end();
            } else {
                Value value = Value.at(text, i);
                positional.add(value.text());
                i = value.end();
            }
        }
        return new ShortcodeArgs(positional, named);
    }

    /** One value and the offset just after it. */
    private record Value(String text, int end) {
        static Value at(String text, int from) {
            if (from >= text.length()) {
                return new Value("", from);
            }
            char quote = text.charAt(from);
            if (quote == '"' || quote == '`' || quote == '\'') {
                StringBuilder value = new StringBuilder();
                int i = from + 1;
                while (i < text.length() && text.charAt(i) != quote) {
                    if (quote == '"' && text.charAt(i) == '\\' && i + 1 < text.length()) {
                        i++;  // \" and \\ in a quoted string
                    }
                    value.append(text.charAt(i));
                    i++;
                }
                return new Value(value.toString(), Math.min(text.length(), i + 1));
            }
            int i = from;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            return new Value(text.substring(from, i), i);
        }
    }
}
