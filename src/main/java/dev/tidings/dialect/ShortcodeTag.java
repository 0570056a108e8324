package dev.tidings.dialect;

/**
 * One Hugo shortcode tag as written in an article's text: {@code {{< name args >}}}, {@code {{% name args %}}}, their
 * closing and self-closing forms, an escape (<code>{{&lt;/* name *&#47;&gt;}}</code>), or a tag that never ends.
 *
 * @param start    offset of its first character
 * @param end      offset just after its last character
 * @param markdown whether it is written {@code {{% %}}} (its output is Markdown) rather than {@code {{< >}}}
 * @param name     the shortcode's name; empty for escapes and malformed tags
 * @param literal  for an escape, the text it stands for ({@code {{< name >}}}); for a malformed tag, its delimiter
 */
record ShortcodeTag(int start, int end, Kind kind, boolean markdown, String name, ShortcodeArgs args, String literal) {

    enum Kind {
        OPEN,
        CLOSE,
        SELF_CLOSING,
        /** <code>{{&lt;/* x *&#47;&gt;}}</code> outside code: shows the shortcode's text. */
        ESCAPE,
        /** The same inside code, where it is text of the code. */
        CODE_ESCAPE,
        /** {@code {{<} without a closing {@code >}}} before the next tag or the end of the text. */
        MALFORMED
    }

    static ShortcodeTag escape(int start, int end, boolean markdown, String literal, boolean inCode) {
        return new ShortcodeTag(start, end, inCode ? Kind.CODE_ESCAPE : Kind.ESCAPE, markdown, "", ShortcodeArgs.NONE,
                literal);
    }

    static ShortcodeTag malformed(int start, String delimiter) {
        return new ShortcodeTag(start, start + delimiter.length(), Kind.MALFORMED, delimiter.endsWith("%"), "",
                ShortcodeArgs.NONE, delimiter);
    }

    /** The tag as written in {@code text}, for messages. */
    String source(String text) {
        return text.substring(start, end);
    }
}
