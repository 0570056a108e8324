package dev.tidings.dialect;

/**
 * One generator's template syntax: expands an article's text (the body as written, Markdown) into Markdown that holds
 * no template delimiter outside code, with what it rendered as HTML kept aside as {@link Fragments}. Thread-safe.
 */
public interface Dialect {
    /** Leaves the text as it is: a site without a generator. */
    Dialect NONE = (page, text) -> new Expansion(text, Fragments.none(), java.util.List.of());

    Expansion expand(Page page, String text);
}
