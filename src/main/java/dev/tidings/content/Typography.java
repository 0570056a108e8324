package dev.tidings.content;

import java.util.ArrayList;
import java.util.List;

/**
 * The typographic characters a Markdown engine puts in text — and so in a formula its page's script finds after it:
 * {@code $f'(x)$} reaches Hugo's MathJax as {@code f’(x)}. Each engine's own rules: goldmark's typographer (Hugo,
 * {@link GoldmarkTypographer}), marked's smartypants (Hexo), kramdown's smart quotes and typographic symbols (Jekyll,
 * {@link KramdownTypography}).
 */
enum Typography {
    NONE, GOLDMARK, SMARTYPANTS, KRAMDOWN;

    /**
     * Reads one page's text, run by run in the page's order ({@link Typesetter#typeset}): goldmark counts open quotes
     * from one paragraph to the next.
     */
    Typesetter start() {
        return switch (this) {
            case NONE -> run -> new Typeset(run, List.of());
            case GOLDMARK -> new GoldmarkTypographer();
            case SMARTYPANTS -> Typography::smartypants;
            case KRAMDOWN -> KramdownTypography::typeset;
        };
    }

    /**
     * marked's smartypants, in its order: {@code ---}, {@code --}, opening then closing single quotes, opening then
     * closing double quotes (which see the single ones' result), {@code ...}. An opening quote follows the start (where
     * marked's text token starts, here the run's), a space, {@code - — / ( [ {}, or the other quote.
     */
    private static Typeset smartypants(String run) {
        String[] out = new String[run.length()];  // what each character became; null: itself
        dashes(run, out);
        for (char quote : new char[] {'\'', '"'}) {
            char before = 0;  // the last character of the text this pass reads, 0 at the start
            for (int i = 0; i < run.length(); i++) {
                char c = run.charAt(i);
                if (c == quote) {
                    boolean opens = before == 0 || Character.isWhitespace(before) || "-—/([{".indexOf(before) >= 0
                            || before == (quote == '\'' ? '"' : '‘');
                    out[i] = quote == '\'' ? (opens ? "‘" : "’") : (opens ? "“" : "”");
                }
                String read = c == quote || out[i] == null ? String.valueOf(c) : out[i];  // a pass reads its own input
                before = read.isEmpty() ? before : read.charAt(read.length() - 1);
            }
        }
        var edits = new ArrayList<Typeset.Edit>();
        for (int i = 0; i < run.length(); i++) {
            if (out[i] != null && !out[i].isEmpty()) {
                int length = 1;
                while (i + length < run.length() && "".equals(out[i + length])) {
                    length++;
                }
                edits.add(new Typeset.Edit(i, length, out[i]));
            } else if (out[i] == null && run.startsWith("...", i)) {
                edits.add(new Typeset.Edit(i, 3, "…"));
                i += 2;
            }
        }
        return new Typeset(run, edits);
    }

    /** {@code ---} as —, then {@code --} as –, left to right: what each took in is "". */
    private static void dashes(String run, String[] out) {
        for (String dash : new String[] {"---", "--"}) {
            for (int i = run.indexOf(dash); i >= 0; i = run.indexOf(dash, i)) {
                if (out[i] == null && out[i + dash.length() - 1] == null) {
                    out[i] = dash.length() == 3 ? "—" : "–";
                    for (int k = 1; k < dash.length(); k++) {
                        out[i + k] = "";
                    }
                    i += dash.length();
                } else {
                    i++;
                }
            }
        }
    }
}
