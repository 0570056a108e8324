package dev.tidings.content;

/**
 * How long an automatic summary may be: about {@code budget} characters a reader sees (Tidings' own, 200), or about
 * {@code budget} words (a site's own setting, such as Hugo's {@code summaryLength}), where a CJK character counts as a
 * word, as Hugo counts them for a site that says it has CJK text. A cut falls between words, or between two CJK
 * characters.
 */
record SummaryLength(boolean words, int budget) {
    private static final int MAX_WORD_BACKTRACK = 30;

    static SummaryLength characters(int budget) {
        return new SummaryLength(false, budget);
    }

    static SummaryLength words(int budget) {
        return new SummaryLength(true, budget);
    }

    /** How much of the budget {@code text} takes. */
    int size(String text) {
        return words ? wordCount(text) : visibleLength(text);
    }

    /** The index in {@code text} where a summary with {@code budget} left ends. */
    int cut(String text, int budget) {
        return words ? wordCutIndex(text, budget) : cutIndex(text, budget);
    }

    /** Words: each CJK character, and each run of other letters and digits. */
    private static int wordCount(String text) {
        return wordCut(text, Integer.MAX_VALUE).words();
    }

    /** The index after {@code budget} words (and whatever is not a word before the next one). */
    private static int wordCutIndex(String text, int budget) {
        return wordCut(text, budget).index();
    }

    /** Where {@code budget} words of {@code text} end (or its end), and how many words come before that. */
    private record Cut(int index, int words) {}

    private static Cut wordCut(String text, int budget) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean cjk = Character.isLetterOrDigit(cp) && !isWordChar(cp);
            boolean word = isWordChar(cp);
            if (cjk || word && !inWord) {
                if (words == budget) {
                    return new Cut(i, words);
                }
                words++;
            }
            inWord = word;
            i += Character.charCount(cp);
        }
        return new Cut(text.length(), words);
    }

    /** Characters a reader sees: each run of whitespace counts once. */
    private static int visibleLength(String text) {
        int length = 0;
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean isSpace = Character.isWhitespace(cp);
            if (!isSpace || !space) {
                length++;
            }
            space = isSpace;
            i += Character.charCount(cp);
        }
        return length;
    }

    /** The index in {@code text} after {@code budget} visible characters, moved back to a word boundary in Latin text. */
    private static int cutIndex(String text, int budget) {
        int index = 0;
        int seen = 0;
        boolean space = false;
        while (index < text.length() && seen < budget) {
            int cp = text.codePointAt(index);
            boolean isSpace = Character.isWhitespace(cp);
            if (!isSpace || !space) {
                seen++;
            }
            space = isSpace;
            index += Character.charCount(cp);
        }
        while (index < text.length() && isMark(text.codePointAt(index))) {
            index += Character.charCount(text.codePointAt(index));  // keep accents with their letter
        }
        if (index > 0 && index < text.length() && isWordChar(text.codePointBefore(index))
                && isWordChar(text.codePointAt(index))) {
            for (int back = index; back > 0 && index - back < MAX_WORD_BACKTRACK; back--) {
                if (Character.isWhitespace(text.charAt(back - 1))) {
                    return back;
                }
            }
        }
        return index;
    }

    /** A character inside a space-separated word: letters and digits of scripts that are not written without spaces. */
    private static boolean isWordChar(int cp) {
        if (!Character.isLetterOrDigit(cp)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script != Character.UnicodeScript.HAN && script != Character.UnicodeScript.HIRAGANA
                && script != Character.UnicodeScript.KATAKANA && script != Character.UnicodeScript.THAI;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
