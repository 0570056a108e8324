package dev.tidings.dialect;

/** Line numbers of offsets in a text: for notes that say where a construct was. */
public final class Lines {
    private Lines() {}

    /** The 1-based line of {@code offset} in {@code text}. */
    public static int of(String text, int offset) {
        int line = 1;
        int end = Math.min(offset, text.length());
        for (int i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
            line++;
        }
        return line;
    }
}
