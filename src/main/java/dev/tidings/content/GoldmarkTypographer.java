package dev.tidings.content;

import java.util.ArrayList;
import java.util.List;

/**
 * goldmark's typographer (Hugo's default, {@code markup.goldmark.extensions.typographer}), as goldmark 1.5 writes it:
 * {@code ---} —, {@code --} –, {@code ...} …, {@code <<} «, {@code >>} », and quotes by the flanking of their run, as
 * emphasis is decided: an apostrophe between a letter or digit and a letter, a closing {@code '} wherever another rule
 * leaves one followed by two characters on its line, the first no digit ({@code f''(x)} is {@code f’’(x)}, but
 * {@code $f'$} ending a paragraph keeps its {@code '}), an opening one where it can only open, and {@code "} opening,
 * or closing one that opened before. goldmark counts the quotes it opened across the whole page, not per paragraph,
 * so one instance reads one page, run by run in order.
 */
final class GoldmarkTypographer implements Typesetter {
    private int single;  // quotes opened and not yet closed
    private int dual;
    private int quotesEnd;  // where the run of equal quotes being read ends

    @Override
    public Typeset typeset(String run) {
        quotesEnd = 0;
        var edits = new ArrayList<Typeset.Edit>();
        int i = 0;
        while (i < run.length()) {
            char c = run.charAt(i);
            String replacement = String.valueOf(c);
            int length = 1;
            if (c == '-' && run.startsWith("---", i)) {
                replacement = "—";
                length = 3;
            } else if (c == '.' && run.startsWith("...", i)) {
                replacement = "…";
                length = 3;
            } else if ((c == '-' || c == '<' || c == '>') && i + 1 < run.length() && run.charAt(i + 1) == c) {
                replacement = c == '-' ? "–" : c == '<' ? "«" : "»";
                length = 2;
            } else if (c == '\'' || c == '"') {
                replacement = String.valueOf(quote(run, i));
            }
            if (length > 1 || replacement.charAt(0) != c) {
                edits.add(new Typeset.Edit(i, length, replacement));
            }
            i += length;
        }
        return new Typeset(run, edits);
    }

    private char quote(String run, int at) {
        char c = run.charAt(at);
        char before = at > 0 ? run.charAt(at - 1) : '\n';
        // goldmark's PeekLine: the rest of the line, its newline included (a paragraph's last line has none);
        // no rule looks further than five characters
        int line = 1;
        while (line < 5 && at + line < run.length() && run.charAt(at + line - 1) != '\n') {
            line++;
        }
        if (quotesEnd <= at || run.charAt(quotesEnd - 1) != c) {
            quotesEnd = at + 1;
            while (quotesEnd < run.length() && run.charAt(quotesEnd) == c) {
                quotesEnd++;
            }
        }
        int end = quotesEnd;
        char after = end < run.length() ? run.charAt(end) : ' ';
        boolean left = !space(after) && (!punct(after) || space(before) || punct(before));
        boolean right = !space(before) && (!punct(before) || space(after) || punct(after));
        char next = line > 1 ? run.charAt(at + 1) : ' ';
        char third = line > 2 ? run.charAt(at + 2) : ' ';
        boolean closes = right && !left || right && left && line > 1 && unicodePunct(next)
                && (line == 2 || punct(third) || space(third));
        if (c == '"') {
            if (left && !right) {
                dual++;
                return '“';
            }
            if (dual > 0 && closes && !(next == '"' && Character.isDigit(before))) {
                dual--;
                return '”';
            }
            return '"';
        }
        if (left && !right && line > 3 && Character.isDigit(next) && Character.isDigit(third)
                && run.charAt(at + 3) == 's' && (line == 4 || space(run.charAt(at + 4)) || punct(run.charAt(at + 4)))) {
            return '’';  // '90s
        }
        if ((unicodePunct(before) || Character.isWhitespace(before)) && "tenl".indexOf(next) >= 0
                || Character.isLetterOrDigit(before) && Character.isLetter(next)) {
            return '’';  // 'twas, don't
        }
        if (left && !right) {
            char fourth = line > 3 ? run.charAt(at + 3) : ' ';
            boolean contraction = "smtd".indexOf(next) >= 0 && (line < 3 || punct(third) || space(third))
                    || List.of("ve", "ll", "re").contains("" + next + third)
                    && (line < 4 || punct(fourth) || space(fourth));
            if (!contraction) {
                single++;
            }
            return contraction ? '’' : '‘';
        }
        if (line > 2 && !Character.isDigit(next)) {
            return '’';  // goldmark's "plural possessive" rule: ' is punctuation, so it applies to most
        }
        if (single > 0 && closes) {
            single--;
            return '’';
        }
        return '\'';
    }

    private static boolean unicodePunct(char c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    /** goldmark's IsPunctRune: ASCII punctuation (symbols such as $ included), or Unicode punctuation. */
    private static boolean punct(char c) {
        return c < 128 ? "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0 : unicodePunct(c);
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
