package dev.tidings.dialect;

import dev.tidings.dialect.Expansion.Note;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Jekyll's dialect: Liquid as Jekyll renders it in a post, then kramdown's own syntax ({@link KramdownSyntax}), in
 * Jekyll's order. Rendered: {@code site.url}, {@code site.baseurl}, the page's own variables (its title, slug, date,
 * url, lang), {@code assign}ed and {@code capture}d variables, common filters ({@link LiquidFilters}), {@code post_url}
 * and {@code link} (the target's path, as Jekyll writes it), {@code highlight} (code, never Markdown), {@code raw} (its
 * text as written), {@code comment} (nothing), image and video includes (read from their parameters:
 * {@link JekyllIncludes}). Left out with a note: other includes, {@code if}/{@code unless}/
 * {@code case}/{@code for} blocks with what they hold (Tidings has no includes and evaluates no logic), unknown tags (a
 * paired one keeps its inner text), unknown variables and filters. Liquid inside Markdown code stays as written, but
 * for the {@code raw} tags, which Jekyll removes there too. Thread-safe: each expansion has its own state.
 */
public final class JekyllLiquid implements Dialect {
    @Override
    public Expansion expand(Page page, String text) {
        var fragments = new Fragments();
        if ("false".equals(page.fields().get("render_with_liquid"))) {
            return KramdownSyntax.expand(text, fragments);  // the post asks Jekyll not to read its Liquid
        }
        var liquid = new LiquidRenderer(page, text, fragments);
        MappedText rendered = liquid.render();
        Expansion kramdown = KramdownSyntax.expand(rendered.text(), fragments);
        List<Note> notes = new ArrayList<>(liquid.notes());
        kramdown.notes().forEach(note -> notes.add(new Note(rendered.sourceLine(note.line()), note.message())));
        notes.sort(Comparator.comparingInt(Note::line));
        return new Expansion(kramdown.markdown(), fragments, notes);
    }

    /** Jekyll renders Liquid in an HTML post too; kramdown does not read it. */
    @Override
    public Expansion expandHtml(Page page, String text) {
        var fragments = new Fragments();
        if ("false".equals(page.fields().get("render_with_liquid"))) {
            return new Expansion(text, fragments, List.of());
        }
        var liquid = new LiquidRenderer(page, text, fragments);
        return new Expansion(liquid.render().text(), fragments, liquid.notes());
    }
}
