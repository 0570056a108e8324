package dev.tidings.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Marks up the formulas a page's MathJax (or KaTeX's auto-render) would find in the rendered page, with the markup
 * {@link TexSpan} documents: for pipelines where Markdown touched the text first and the script found the formulas in
 * what the browser shows. The page's text is read as MathJax 3 reads it: each run of text between two elements is
 * searched on its own ({@code $a<em>b</em>c$} is no formula), except that a {@code <br>} counts as a line break and a
 * comment as nothing; text in {@code pre}, {@code code}, {@code script}, {@code style}, {@code textarea}, MathML, SVG,
 * formulas already marked up, and elements of class {@code mathjax_ignore} or {@code tex2jax_ignore} is not read. An
 * escape ({@code \$}) becomes the character it shows. A formula's TeX has the typographic characters the Markdown
 * engine wrote into the text ({@link Typography}), but for text Markdown never saw ({@value #VERBATIM}). A display
 * formula that is all its paragraph holds becomes a {@code <div>}, as one on lines of its own in Markdown does.
 * Thread-safe.
 */
final class PageFormulas {
    private static final Set<String> SKIPPED = Set.of("script", "noscript", "style", "textarea", "pre", "code",
            "annotation", "annotation-xml", "math", "svg");
    private static final Set<String> IGNORED_CLASSES = Set.of("math", "mathjax_ignore", "tex2jax_ignore");
    // On an element a dialect wrote (a theme's formula shortcode): Markdown never saw its text, nor its typographer
    static final String VERBATIM = "data-tidings-verbatim";

    private final MathDelimiters delimiters;
    private final TexFinder finder;
    private final Typography typography;

    /** @param typography what the Markdown engine did to the text the script reads, formulas included */
    PageFormulas(MathDelimiters delimiters, Typography typography) {
        this.delimiters = delimiters;
        this.finder = new TexFinder(delimiters);
        this.typography = typography;
    }

    /** Marks up every formula found in {@code root}'s text. */
    void markUp(Element root) {
        var runs = new ArrayList<List<Piece>>();
        collect(root, runs);
        Typesetter typesetter = typography.start();
        for (List<Piece> run : runs) {
            markUp(run, typesetter);
        }
    }

    /** A node of a run of text, and where its text is in the run's text. */
    private record Piece(Node node, int from, int to) {}

    private void collect(Element element, List<List<Piece>> runs) {
        var run = new ArrayList<Piece>();
        int length = 0;
        for (Node child : element.childNodes()) {
            Optional<String> text = joined(child);
            if (text.isPresent()) {
                run.add(new Piece(child, length, length + text.get().length()));
                length += text.get().length();
                continue;
            }
            if (!run.isEmpty()) {
                runs.add(List.copyOf(run));
                run.clear();
                length = 0;
            }
            if (child instanceof Element e && !SKIPPED.contains(e.normalName())
                    && e.classNames().stream().noneMatch(IGNORED_CLASSES::contains)) {
                collect(e, runs);
            }
        }
        if (!run.isEmpty()) {
            runs.add(List.copyOf(run));
        }
    }

    /** What {@code node} adds to the run of text it is in; empty when it ends the run (an element). */
    private Optional<String> joined(Node node) {
        if (node instanceof TextNode text) {
            return Optional.of(text.getWholeText());
        }
        if (delimiters.katex()) {
            return Optional.empty();  // auto-render searches each text node's text alone
        }
        if (node instanceof Comment) {
            return Optional.of("");
        }
        if (node instanceof Element e && (e.normalName().equals("br") || e.normalName().equals("wbr"))) {
            return Optional.of(e.normalName().equals("br") ? "\n" : "");
        }
        return Optional.empty();
    }

    private void markUp(List<Piece> run, Typesetter typesetter) {
        var text = new StringBuilder();
        run.forEach(piece -> text.append(joined(piece.node()).orElseThrow()));
        String all = text.toString();
        Element parent = (Element) run.get(0).node().parent();
        Typeset typeset = parent.hasAttr(VERBATIM) ? Typography.NONE.start().typeset(all)
                : typesetter.typeset(all);  // every run: goldmark counts quotes across them
        List<TexFinder.Found> found = finder.find(all);
        // From the last to the first: splitting a text node keeps its start in the node, where earlier ones point
        for (int i = found.size() - 1; i >= 0; i--) {
            TexFinder.Found item = found.get(i);
            if (item instanceof TexFinder.Formula formula) {
                var tex = new TexSpan(typeset.slice(formula.texFrom(), formula.texTo()), formula.form());
                Element element = element("span", tex);
                replace(run, item.start(), item.end(), element);
                if (found.size() == 1 && tex.form() != TexSpan.Form.INLINE) {
                    standAlone(element, tex);
                }
            } else {
                replace(run, item.start(), item.end(), new TextNode(((TexFinder.Escape) item).text()));
            }
        }
    }

    private static Element element(String name, TexSpan tex) {
        return new Element(name).addClass("math").addClass(tex.form() == TexSpan.Form.INLINE ? "inline" : "display")
                .appendText(tex.delimited());
    }

    /** Replaces the text from {@code start} to {@code end} of the run with {@code replacement}. */
    private static void replace(List<Piece> run, int start, int end, Node replacement) {
        Piece first = run.get(containing(run, start));
        Piece last = run.get(containing(run, end - 1));
        if (last.node() instanceof TextNode text && end - last.from() < text.getWholeText().length()) {
            text.splitText(end - last.from());  // its length, not last.to(): a later formula may have split it
        }
        Node from = first.node();
        if (start > first.from()) {
            from = ((TextNode) first.node()).splitText(start - first.from());
        }
        Node to = first == last ? from : last.node();
        from.before(replacement);
        for (Node node = from; node != null; ) {
            Node next = node.nextSibling();
            node.remove();
            node = node == to ? null : next;
        }
    }

    /** The index of the piece whose text holds the run's character {@code at}: the pieces are in order. */
    private static int containing(List<Piece> run, int at) {
        int low = 0;
        int high = run.size() - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (run.get(middle).from() <= at) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        while (run.get(low).to() <= at) {
            low++;  // past empty pieces (comments) that start where the character is
        }
        return low;
    }

    /** A display formula that is all its paragraph holds takes the paragraph's place, as a block. */
    private static void standAlone(Element formula, TexSpan tex) {
        Element parent = formula.parent();
        if (parent != null && parent.normalName().equals("p") && parent.childNodes().stream()
                .allMatch(n -> n == formula || n instanceof TextNode t && t.isBlank())) {
            parent.replaceWith(element("div", tex));
        }
    }
}
