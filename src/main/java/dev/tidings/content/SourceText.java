package dev.tidings.content;

import java.nio.charset.StandardCharsets;

/**
 * A file's bytes, checked (UTF-8, no NUL, not UTF-16) and split into its front matter, decoded, and its body, left as
 * bytes: a body is decoded only when it is rendered, which keeps loading a large collection cheap. Accepts a BOM and
 * LF, CRLF or CR line ends; {@link #text(byte[])} makes the same of a body.
 *
 * @param frontMatterLine 1-based line of the first front matter line (the one after the opening delimiter)
 * @param bodyOffset      where the body starts in the file's bytes
 * @param bodyLine        1-based line where the body starts
 */
record SourceText(Syntax syntax, String frontMatter, int frontMatterLine, int bodyOffset, int bodyLine) {

    enum Syntax {
        YAML("---"), TOML("+++");

        final String delimiter;

        Syntax(String delimiter) {
            this.delimiter = delimiter;
        }
    }

    static SourceText of(String path, byte[] bytes) {
        check(path, bytes);
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        if (isBlank(bytes, start)) {
            throw new ContentException(path, 1, "the file is empty; expected front matter between '---' lines "
                    + "with at least 'title' and 'date', then the article");
        }
        int opening = 1;  // Hugo and Hexo skip blank lines before the opening delimiter, so do we
        for (int end = lineEnd(bytes, start); isBlank(bytes, start, end); end = lineEnd(bytes, start)) {
            start = next(bytes, end);
            opening++;
        }
        int firstEnd = lineEnd(bytes, start);
        String first = ascii(bytes, start, firstEnd);
        int at = opening;
        Syntax syntax = switch (first) {
            case "---" -> Syntax.YAML;
            case "+++" -> Syntax.TOML;
            default -> throw new ContentException(path, at, "no front matter; expected the first line to be '---' "
                    + "(YAML) or '+++' (TOML), then at least 'title' and 'date', then the same delimiter again");
        };
        int line = opening + 1;
        for (int from = next(bytes, firstEnd); from < bytes.length; line++) {
            int end = lineEnd(bytes, from);
            String content = ascii(bytes, from, end);
            if (content.equals(syntax.delimiter) || (syntax == Syntax.YAML && content.equals("..."))) {
                String frontMatter = text(bytes, next(bytes, firstEnd), from);
                return new SourceText(syntax, frontMatter, opening + 1, next(bytes, end), line + 1);
            }
            from = next(bytes, end);
        }
        throw new ContentException(path, opening, "the front matter opened with '" + syntax.delimiter
                + "' on line " + opening + " is never closed; expected a line '" + syntax.delimiter
                + "' after the fields");
    }

    /**
     * The front matter's fields, as YAML or TOML as its delimiter says, their keys matched in any case if
     * {@code anyCase} (Hugo's); {@code path} is for messages.
     */
    Fields fields(String path, boolean anyCase) {
        Fields fields = syntax == Syntax.YAML ? Fields.yaml(path, frontMatter, frontMatterLine)
                : Fields.toml(path, frontMatter, frontMatterLine);
        return anyCase ? fields.inAnyCase() : fields;
    }

    /** Bytes as text: UTF-8 (already checked), LF line ends, and without the characters XML 1.0 forbids. */
    static String text(byte[] bytes, int from, int to) {
        String text = new String(bytes, from, to - from, StandardCharsets.UTF_8);
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        return XmlText.clean(text);
    }

    static String text(byte[] bytes) {
        return text(bytes, 0, bytes.length);
    }

    /** Rejects UTF-16, NUL bytes and invalid UTF-8, naming the line and byte offset. */
    private static void check(String path, byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new ContentException(path, 1, "the file is UTF-16 (it starts with a UTF-16 byte order mark); "
                    + "expected UTF-8: save it as UTF-8");
        }
        for (int i = 0; i < bytes.length; ) {
            byte ascii = bytes[i];
            if (ascii > 0) {
                i++;
                continue;
            }
            int b = ascii & 0xFF;
            if (b >= 0xE1 && b != 0xED && i + 2 < bytes.length && (bytes[i + 1] & 0xC0) == 0x80
                    && (bytes[i + 2] & 0xC0) == 0x80 && b <= 0xEF) {
                i += 3;  // the common case of CJK text: a three-byte sequence without the special cases below
                continue;
            }
            if (b == 0) {
                throw new ContentException(path, lineAt(bytes, i), "NUL byte at byte offset " + i
                        + "; expected UTF-8 text (is this a binary file?)");
            }
            int length = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3
                    : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (length == 0 || !continues(bytes, i, length)) {
                throw new ContentException(path, lineAt(bytes, i), String.format(
                        "invalid UTF-8 at byte offset %d (byte 0x%02X); expected UTF-8 text: save the file as UTF-8",
                        i, b));
            }
            i += length;
        }
    }

    /** Whether the sequence at {@code at} is complete, well-formed and not overlong, a surrogate or beyond U+10FFFF. */
    private static boolean continues(byte[] bytes, int at, int length) {
        if (at + length > bytes.length) {
            return false;
        }
        for (int k = 1; k < length; k++) {
            if ((bytes[at + k] & 0xC0) != 0x80) {
                return false;
            }
        }
        int lead = bytes[at] & 0xFF;
        int second = bytes[at + Math.min(1, length - 1)] & 0xFF;
        return switch (lead) {
            case 0xE0 -> second >= 0xA0;
            case 0xED -> second < 0xA0;  // no surrogates
            case 0xF0 -> second >= 0x90;
            case 0xF4 -> second < 0x90;
            default -> true;
        };
    }

    private static boolean isBlank(byte[] bytes, int from) {
        return isBlank(bytes, from, bytes.length);
    }

    private static boolean isBlank(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\n' && bytes[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    /** The end of the line starting at {@code from}: the index of its '\n' or '\r', or the length. */
    private static int lineEnd(byte[] bytes, int from) {
        int i = from;
        while (i < bytes.length && bytes[i] != '\n' && bytes[i] != '\r') {
            i++;
        }
        return i;
    }

    /** The start of the next line after a line ending at {@code end} (LF, CRLF or CR). */
    private static int next(byte[] bytes, int end) {
        if (end < bytes.length && bytes[end] == '\r') {
            return end + 1 < bytes.length && bytes[end + 1] == '\n' ? end + 2 : end + 1;
        }
        return Math.min(end + 1, bytes.length);
    }

    /** A delimiter line's content, trailing blanks removed (delimiters are ASCII). */
    private static String ascii(byte[] bytes, int from, int to) {
        int end = to;
        while (end > from && (bytes[end - 1] == ' ' || bytes[end - 1] == '\t')) {
            end--;
        }
        return end - from <= 3 ? new String(bytes, from, end - from, StandardCharsets.ISO_8859_1) : "";
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
