package dev.tidings.content;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Markdown to (uncleaned) HTML: CommonMark with GFM tables, strikethrough and autolinks, formulas kept byte-for-byte
 * (see {@link TexSpan}), fenced code with {@code class="language-x"}, and headings with stable ids. Thread-safe.
 */
final class MarkdownRenderer {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), StrikethroughExtension.create(),
            AutolinkExtension.create());

    private final Parser parser = Parser.builder()
            .extensions(EXTENSIONS)
            .customInlineContentParserFactory(new MathInlineParser.Factory())
            .customBlockParserFactory(new MathBlockParser.Factory())
            .postProcessor(MarkdownRenderer::restoreTablePipes)
            .maxOpenBlockParsers(64)  // hostile nesting ("> > > > …") stays shallow and cannot overflow the stack
            .maxInlineNesting(64)
            .build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(false)  // raw HTML is allowed in Markdown; the allowlist cleans it afterwards
            .sanitizeUrls(false)
            .percentEncodeUrls(true)
            .softbreak("\n")
            .nodeRendererFactory(FormulaRenderer::new)
            .attributeProviderFactory(context -> new HeadingIds())
            .build();

    String render(String markdown) {
        return renderer.render(parser.parse(markdown));
    }

    /**
     * GFM turns {@code \|} into {@code |} in table cells before inline parsing. An unescaped pipe would have ended
     * the cell, so every pipe left in a formula in a cell was written {@code \|}: put the backslash back.
     */
    private static Node restoreTablePipes(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                visitChildren(block);
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof TableCell) {
                    restorePipesIn(node);
                } else {
                    visitChildren(node);
                }
            }
        });
        return document;
    }

    private static void restorePipesIn(Node cell) {
        for (Node child = cell.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof MathInlineParser.Node math) {
                TexSpan f = math.formula;
                child.insertAfter(new MathInlineParser.Node(new TexSpan(f.tex().replace("|", "\\|"), f.form())));
                Node replaced = child;
                child = child.getNext();
                replaced.unlink();
            } else {
                restorePipesIn(child);
            }
        }
    }

    /** Renders both kinds of formula node with the markup {@link TexSpan} documents. */
    private static final class FormulaRenderer implements NodeRenderer {
        private final HtmlWriter html;

        FormulaRenderer(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(MathInlineParser.Node.class, MathBlockParser.Node.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof MathInlineParser.Node inline) {
                write("span", inline.formula);
                return;
            }
            var block = (MathBlockParser.Node) node;
            html.line();
            if (block.formula == null) {
                paragraph(block.literal);
                return;
            }
            write("div", block.formula);
            html.line();
            if (!block.trailing.isEmpty()) {
                paragraph(block.trailing);
            }
        }

        private void write(String element, TexSpan formula) {
            html.tag(element, Map.of("class", formula.cssClass()));
            html.text(formula.delimited());
            html.tag("/" + element);
        }

        private void paragraph(String text) {
            html.tag("p");
            html.text(text);
            html.tag("/p");
            html.line();
        }
    }

    /** Heading ids from the heading's text, unique within the article: {@code 重参数}, {@code setup}, {@code setup-1}. */
    private static final class HeadingIds implements AttributeProvider {
        private final Set<String> used = new HashSet<>();

        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (!(node instanceof Heading)) {
                return;
            }
            var text = new StringBuilder();
            collectText(node, text);
            String base = slugify(text.toString());
            String id = base;
            for (int n = 1; !used.add(id); n++) {
                id = base + "-" + n;
            }
            attributes.put("id", id);
        }

        private static void collectText(Node node, StringBuilder out) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Text text) {
                    out.append(text.getLiteral());
                } else if (child instanceof Code code) {
                    out.append(code.getLiteral());
                } else if (child instanceof MathInlineParser.Node math) {
                    out.append(math.formula.tex());
                } else {
                    collectText(child, out);
                }
            }
        }

        private static String slugify(String text) {
            var out = new StringBuilder();
            text.toLowerCase(Locale.ROOT).codePoints().forEach(cp -> {
                if (Character.isLetterOrDigit(cp)) {
                    out.appendCodePoint(cp);
                } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                    out.append('-');
                }
            });
            int end = out.length();
            while (end > 0 && out.charAt(end - 1) == '-') {
                end--;
            }
            return end == 0 ? "section" : out.substring(0, end);
        }
    }
}
