package dev.tidings.dialect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The next match of a pattern at or after ever later offsets of one text, without searching the same text twice: a
 * scan that looks for a closing delimiter after each opening one stays linear on text of many unclosed ones.
 */
final class ForwardSearch {
    private final Matcher matcher;
    private int start = -2;  // not searched yet
    private int end = -1;

    ForwardSearch(String text, Pattern pattern) {
        this.matcher = pattern.matcher(text);
    }

    /** Where the first match at or after {@code from} starts, or -1; {@code from} must never decrease. */
    int from(int from) {
        if (start == -1 || start >= from) {
            return start;
        }
        start = matcher.find(from) ? matcher.start() : -1;
        end = start < 0 ? -1 : matcher.end();
        return start;
    }

    /** Where the match {@link #from} found ends. */
    int end() {
        return end;
    }
}
