package dev.tidings.dialect;

import dev.tidings.dialect.LiquidTokens.Token;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The HTML of Jekyll's {@code {% highlight lang [linenos] %}} block, without Rouge's colours: the code escaped in
 * {@code <pre><code class="language-lang">}; with line numbers, Rouge's two-cell table (the numbers in one cell, the
 * code in the other), which reads the same without a style sheet and copies without the numbers.
 */
final class JekyllHighlight {
    private JekyllHighlight() {}

    /**
     * The code between the tags, {@code tokens} of {@code text}: as written (a raw block without its tags), without
     * blank lines before and after (as Jekyll trims it) and the {@code indent} of the tag's line.
     */
    static String code(String text, List<Token> tokens, String indent) {
        var code = new StringBuilder();
        for (Token token : tokens) {
            code.append(text, token.start(), token.end());
        }
        return code.toString().replaceAll("(?m)^" + Pattern.quote(indent), "")
                .replaceAll("^([ \\t]*\\r?\\n)+|(\\r?\\n[ \\t]*)+$", "");
    }

    /** @param markup what the tag says after its name: the language, then options such as {@code linenos} */
    static String html(String markup, String code) {
        String[] words = markup.split("\\s+");
        String language = words[0];
        boolean lineNumbers = List.of(words).subList(1, words.length).stream()
                .anyMatch(word -> word.startsWith("linenos"));
        String block = "<pre><code" + (language.isEmpty() ? "" : " class=\"language-" + escape(language) + "\"") + ">"
                + escape(code) + "</code></pre>";
        if (!lineNumbers) {
            return block;
        }
        String numbers = IntStream.rangeClosed(1, (int) code.lines().count()).mapToObj(Integer::toString)
                .collect(Collectors.joining("\n", "", "\n"));
        return "<table class=\"rouge-table\"><tbody><tr><td class=\"gutter gl\"><pre class=\"lineno\">" + numbers
                + "</pre></td><td class=\"code\">" + block + "</td></tr></tbody></table>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
