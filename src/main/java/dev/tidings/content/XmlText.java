package dev.tidings.content;

/** Keeps text within XML 1.0's {@code Char} production, so no feed writer ever meets a character it must reject. */
final class XmlText {

    /** Removes every code point XML 1.0 forbids (C0 controls but tab, LF and CR; lone surrogates; U+FFFE; U+FFFF). */
    static String clean(String text) {
        int bad = firstForbidden(text);
        if (bad < 0) {
            return text;  // the common case: no copy
        }
        var out = new StringBuilder(text.length()).append(text, 0, bad);
        for (int i = bad; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (allowed(cp)) {  // a lone surrogate comes back as itself and is not allowed
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static int firstForbidden(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0xD800 && (c >= 0xFFFE || c <= 0xDFFF)) {
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;  // a well-formed pair is fine
                    continue;
                }
                return i;
            }
        }
        return -1;
    }

    private static boolean allowed(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    private XmlText() {}
}
