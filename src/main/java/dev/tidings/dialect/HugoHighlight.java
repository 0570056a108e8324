package dev.tidings.dialect;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Entities;

/**
 * Hugo's {@code highlight} shortcode as code: {@code <pre><code class="language-x">}, escaped, never Markdown. Line
 * numbers are shown where Hugo shows them: {@code linenos=table} (and {@code true}, as Hugo's default
 * {@code lineNumbersInTable} does) in a column of their own beside the code, {@code linenos=inline} before each line,
 * counting from {@code linenostart}. Colours and highlighted lines ({@code hl_lines}) are styling a feed drops.
 */
final class HugoHighlight {
    private HugoHighlight() {}

    /** The HTML for {@code code} (the shortcode's inner text) with the language and options in {@code args}. */
    static String html(String code, ShortcodeArgs args) {
        String language = args.get("lang", 0).orElse("").strip();
        Map<String, String> options = options(args);
        List<String> lines = deindent(code.replaceAll("^[\\r\\n]+|[\\r\\n]+$", "")).lines().toList();
        String numbering = options.getOrDefault("linenos", "false").toLowerCase(Locale.ROOT);
        int first = number(options.getOrDefault("linenostart", "1"));
        int width = String.valueOf(first + Math.max(0, lines.size() - 1)).length();
        String open = language.isEmpty() ? "<pre><code>"
                : "<pre><code class=\"language-" + Entities.escape(language) + "\">";
        StringBuilder body = new StringBuilder();
        StringBuilder numbers = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String number = String.format(Locale.ROOT, "%" + width + "d", first + i);
            String separator = i + 1 < lines.size() ? "\n" : "";
            numbers.append(number).append(separator);
            body.append(numbering.equals("inline") ? number + " " : "").append(Entities.escape(lines.get(i)))
                    .append(separator);
        }
        String pre = open + body + "</code></pre>";
        if (numbering.equals("table") || numbering.equals("true")) {
            return "<table><tbody><tr><td><pre><code>" + numbers + "</code></pre></td><td>" + pre
                    + "</td></tr></tbody></table>";
        }
        return pre;
    }

    /** {@code "linenos=table,hl_lines=2 4"} as the second argument, and any named option but the language. */
    private static Map<String, String> options(ShortcodeArgs args) {
        Map<String, String> options = new HashMap<>();
        for (String option : args.get("options", 1).orElse("").split(",")) {
            int equals = option.indexOf('=');
            if (equals > 0) {
                options.put(option.substring(0, equals).strip().toLowerCase(Locale.ROOT),
                        option.substring(equals + 1).strip());
            }
        }
        args.named().forEach((key, value) -> options.put(key.toLowerCase(Locale.ROOT), value));
        return options;
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 1;  // Hugo counts from 1 when the start is not a number
        }
    }

    /** The lines without the indentation they all share (the shortcode may sit in a list item), as Hugo does. */
    static String deindent(String text) {
        int shared = text.lines().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        return text.lines().map(line -> line.length() >= shared ? line.substring(shared) : "")
                .reduce((a, b) -> a + "\n" + b).orElse("");
    }

    /** Inline code showing {@code literal}, fenced by more backticks than it holds. */
    static String inlineCode(String literal) {
        String fence = "`";
        while (literal.contains(fence)) {
            fence += "`";
        }
        return fence + (literal.startsWith("`") || literal.endsWith("`") ? " " + literal + " " : literal) + fence;
    }
}
