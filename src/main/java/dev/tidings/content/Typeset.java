package dev.tidings.content;

import java.util.List;

/** A run of a page's text and what a Markdown engine's typography made of it: its edits, in order, none overlapping. */
record Typeset(String run, List<Edit> edits) {
    Typeset {
        edits = List.copyOf(edits);
    }

    /** {@code length} characters of the run, from {@code at}, that the engine wrote as {@code text}. */
    record Edit(int at, int length, String text) {}

    /** The part from {@code from} to {@code to} of the run, as the engine wrote it. */
    String slice(int from, int to) {
        var out = new StringBuilder();
        int at = from;
        for (Edit edit : edits) {  // few: a run has a handful of quotes and dashes
            if (edit.at() >= from && edit.at() + edit.length() <= to) {
                out.append(run, at, edit.at()).append(edit.text());
                at = edit.at() + edit.length();
            }
        }
        return out.append(run, at, to).toString();
    }
}
