package dev.tidings.dialect;

import java.util.List;

/**
 * What a {@link Dialect} made of an article's text.
 *
 * @param markdown  the text for the Markdown stage, with a placeholder where a fragment goes
 * @param fragments the HTML the placeholders stand for, put back by {@link Fragments#restore} after Markdown
 * @param notes     each construct that could not be rendered, in the order found
 */
public record Expansion(String markdown, Fragments fragments, List<Note> notes) {
    public Expansion {
        notes = List.copyOf(notes);
    }

    /**
     * A construct the dialect could not render (it was dropped, or only its inner text kept).
     *
     * @param line 1-based line in the article's body (the text given to {@link Dialect#expand})
     */
    public record Note(int line, String message) {}
}
