package dev.tidings.content;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A file's bytes as checked text, split into its front matter block and its body. Accepts UTF-8 with or without a BOM,
 * LF, CRLF or CR line ends (all become LF), and drops the characters XML 1.0 forbids.
 *
 * @param frontMatterLine 1-based line of the first front matter line (the one after the opening delimiter)
 * @param bodyLine        1-based line where the body starts
 */
record SourceText(Syntax syntax, String frontMatter, int frontMatterLine, String body, int bodyLine) {

    enum Syntax {
        YAML("---"), TOML("+++");

        final String delimiter;

        Syntax(String delimiter) {
            this.delimiter = delimiter;
        }
    }

    static SourceText of(String path, byte[] bytes) {
        String text = decode(path, bytes);
        if (text.isBlank()) {
            throw new ContentException(path, 1, "the file is empty; expected front matter between '---' lines "
                    + "with at least 'title' and 'date', then the article");
        }
        int firstEnd = lineEnd(text, 0);
        Syntax syntax = switch (text.substring(0, firstEnd).stripTrailing()) {
            case "---" -> Syntax.YAML;
            case "+++" -> Syntax.TOML;
            default -> throw new ContentException(path, 1, "no front matter; expected the first line to be '---' "
                    + "(YAML) or '+++' (TOML), then at least 'title' and 'date', then the same delimiter again");
        };
        int line = 2;
        for (int start = firstEnd + 1; start < text.length(); line++) {
            int end = lineEnd(text, start);
            String content = text.substring(start, end).stripTrailing();
            if (content.equals(syntax.delimiter) || (syntax == Syntax.YAML && content.equals("..."))) {
                String frontMatter = text.substring(firstEnd + 1, start);
                String body = end < text.length() ? text.substring(end + 1) : "";
                return new SourceText(syntax, frontMatter, 2, body, line + 1);
            }
            start = end + 1;
        }
        throw new ContentException(path, 1, "the front matter opened with '" + syntax.delimiter
                + "' on line 1 is never closed; expected a line '" + syntax.delimiter + "' after the fields");
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    private static String decode(String path, byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new ContentException(path, 1, "the file is UTF-16 (it starts with a UTF-16 byte order mark); "
                    + "expected UTF-8: save it as UTF-8");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new ContentException(path, lineAt(bytes, i), "NUL byte at byte offset " + i
                        + "; expected UTF-8 text (is this a binary file?)");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            throw new ContentException(path, lineAt(bytes, offset), String.format(
                    "invalid UTF-8 at byte offset %d (byte 0x%02X); expected UTF-8 text: save the file as UTF-8",
                    offset, bytes[offset] & 0xFF));
        }
        String text = out.flip().toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        return XmlText.clean(text);
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
