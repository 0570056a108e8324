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
 * engine wrote into the text ({@link Typography}), but for text Markdown never saw ({@value #VERBATIM}), and so does the
 * text around them, as the page shows it. A display
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

    /**
     * Marks up every formula found in {@code root}'s text, and gives the text around them the typographic characters
     * the Markdown engine wrote ({@code "it's"} → {@code “it’s”} on Hugo, Jekyll and Hexo by default), as the site's
     * page shows it.
     *
     * @param markdown whether Markdown rendered the text: an HTML article's text is as its author wrote it
     */
    void markUp(Element root, boolean markdown) {
        var runs = new ArrayList<TextRun>();
        collect(root, runs);
        Typesetter typesetter = (markdown ? typography : Typography.NONE).start();
        for (TextRun run : runs) {
            markUp(run, typesetter);
        }
    }

    private void collect(Element element, List<TextRun> runs) {
        var run = new ArrayList<Node>();
        var texts = new ArrayList<String>();
        for (Node child : element.childNodes()) {
            Optional<String> joined = joined(child);
            if (joined.isPresent()) {
                run.add(child);
                texts.add(joined.get());
                continue;
            }
            if (!run.isEmpty()) {
                runs.add(new TextRun(run, texts));
                run.clear();
                texts.clear();
            }
            if (child instanceof Element e && !SKIPPED.contains(e.normalName())
                    && e.classNames().stream().noneMatch(IGNORED_CLASSES::contains)) {
                collect(e, runs);
            }
        }
        if (!run.isEmpty()) {
            runs.add(new TextRun(run, texts));
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

    private void markUp(TextRun run, Typesetter typesetter) {
        String all = run.text();
        Typeset typeset = run.parent().hasAttr(VERBATIM) ? Typography.NONE.start().typeset(all)
                : typesetter.typeset(all);  // every run: goldmark counts quotes across them
        List<TexFinder.Found> found = finder.find(all);
        // From the last to the first, as a TextRun changes
        int gapEnd = all.length();
        for (int i = found.size() - 1; i >= 0; i--) {
            TexFinder.Found item = found.get(i);
            run.rewrite(item.end(), gapEnd, typeset);
            gapEnd = item.start();
            if (item instanceof TexFinder.Formula formula) {
                var tex = new TexSpan(typeset.slice(formula.texFrom(), formula.texTo()), formula.form());
                Element element = element("span", tex);
                run.replace(item.start(), item.end(), element);
                if (found.size() == 1 && tex.form() != TexSpan.Form.INLINE) {
                    standAlone(element, tex);
                }
            } else {
                run.replace(item.start(), item.end(), new TextNode(((TexFinder.Escape) item).text()));
            }
        }
        run.rewrite(0, gapEnd, typeset);
    }

    private static Element element(String name, TexSpan tex) {
        return new Element(name).addClass("math").addClass(tex.form() == TexSpan.Form.INLINE ? "inline" : "display")
                .appendText(tex.delimited());
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
