package dev.tidings.content;

/**
 * A span of TeX found in an article's text: one formula, exactly as written, and its form. It is marked up in the body
 * HTML as
 * <pre>{@code
 *   <span class="math inline">\(TeX\)</span>          $…$ and \(…\)
 *   <span class="math display">\[TeX\]</span>         $$…$$ and \[…\] inside a paragraph
 *   <div class="math display">\[TeX\]</div>           $$…$$ and \[…\] on lines of their own
 *   <div class="math display">\begin{env}…\end{env}</div>   environments, kept whole
 * }</pre>
 * with the TeX HTML-escaped, so a later stage (or a reader's MathJax) can find and render every formula.
 */
record TexSpan(String tex, Form form) {

    enum Form { INLINE, DISPLAY, ENVIRONMENT }

    /** The TeX with the delimiters the markup uses. */
    String delimited() {
        return switch (form) {
            case INLINE -> "\\(" + tex + "\\)";
            case DISPLAY -> "\\[" + tex + "\\]";
            case ENVIRONMENT -> tex;
        };
    }

    String cssClass() {
        return form == Form.INLINE ? "math inline" : "math display";
    }

    /**
     * Where {@code closer} ends a formula in {@code text}, searching from {@code from}: a backslash always pairs with the
     * character after it ({@code \$}, {@code \\}), unless the pair starts the closer. Nested environments of the same
     * name are skipped. Returns -1 if the formula is never closed.
     */
    static int findCloser(CharSequence text, int from, String closer) {
        String opener = closer.startsWith("\\end{") ? "\\begin{" + closer.substring(5) : null;
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            if (startsWith(text, i, closer)) {
                if (depth == 0) {
                    return i;
                }
                depth--;
                i += closer.length() - 1;
            } else if (opener != null && startsWith(text, i, opener)) {
                depth++;
                i += opener.length() - 1;
            } else if (text.charAt(i) == '\\') {
                i++;  // skip the escaped character
            }
        }
        return -1;
    }

    static boolean startsWith(CharSequence text, int at, String prefix) {
        if (at + prefix.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (text.charAt(at + i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The environment name after {@code \begin{} at {@code at}, or null: letters and an optional {@code *}. */
    static String environmentAt(CharSequence text, int at) {
        if (!startsWith(text, at, "\\begin{")) {
            return null;
        }
        int i = at + 7;
        int start = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '*') {
            i++;
        }
        return i > start && i < text.length() && text.charAt(i) == '}' ? text.subSequence(start, i).toString() : null;
    }
}
