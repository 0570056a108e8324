package dev.tidings.dialect;

/**
 * One generator's template syntax: expands an article's text (the body as written, Markdown) into Markdown that holds
 * no template delimiter outside code, with what it rendered as HTML kept aside as {@link Fragments}. Thread-safe.
 */
public interface Dialect {
    /** Leaves the text as it is: a site without a generator. */
    Dialect NONE = (page, text) -> new Expansion(text, Fragments.none(), java.util.List.of());

    /** A Markdown article's text. */
    Expansion expand(Page page, String text);

    /**
     * An HTML article's text (the text given is HTML; so is what the expansion holds). By default left as it is; a
     * generator that reads its template syntax in HTML posts too says so.
     */
    default Expansion expandHtml(Page page, String text) {
        return NONE.expand(page, text);
    }
}
