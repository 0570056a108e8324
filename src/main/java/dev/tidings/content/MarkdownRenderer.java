package dev.tidings.content;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Markdown to (uncleaned) HTML: CommonMark with GFM tables, strikethrough and autolinks, footnotes ({@link Footnotes}),
 * task lists (as
 * ☑/☐, which every reader shows, where a checkbox is removed by most), definition lists ({@link DefinitionLists}),
 * formulas kept byte-for-byte (see {@link TexSpan}), fenced code with {@code class="language-x"}, and headings with
 * stable ids, or the id their attributes give ({@link HeadingAttributes}). Thread-safe.
 */
final class MarkdownRenderer {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), StrikethroughExtension.create(),
            AutolinkExtension.create());
    /** A single tilde is a subscript where subscripts are on: strikethrough takes two. */
    private static final List<Extension> PARSED_WITH_SUBSCRIPTS = List.of(TablesExtension.create(),
            StrikethroughExtension.builder().requireTwoTildes(true).build(), AutolinkExtension.create());

    private final Parser parser;
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(false)  // raw HTML is allowed in Markdown; the allowlist cleans it afterwards
            .sanitizeUrls(false)
            .percentEncodeUrls(true)
            .softbreak("\n")
            .nodeRendererFactory(FormulaRenderer::new)
            .nodeRendererFactory(DefinitionLists.Renderer::new)
            .nodeRendererFactory(MarkRenderer::new)
            .nodeRendererFactory(InlineSpans.Renderer::new)
            .attributeProviderFactory(context -> new HeadingIds())
            .build();

    private final Footnotes.Ids footnoteIds;

    /** With footnote ids as Hugo numbers them, and formulas found as Tidings finds them. */
    MarkdownRenderer() {
        this(Footnotes.Ids.NUMBERS, MathSyntax.tidings(), MarkdownExtras.NONE);
    }

    /** @param math which formulas Markdown must leave as written (the rest are found in the page it renders) */
    MarkdownRenderer(Footnotes.Ids footnoteIds, MathSyntax math, MarkdownExtras extras) {
        this.footnoteIds = footnoteIds;
        Parser.Builder builder = Parser.builder()
                .extensions(extras.subscript() ? PARSED_WITH_SUBSCRIPTS : EXTENSIONS)
                .extensions(List.of(TaskListItemsExtension.create()));  // parsed only: MarkRenderer renders the marks
        FormulaParsers.register(builder, math);
        if (math.name() == MathSyntax.Name.HUGO || math.name() == MathSyntax.Name.HUGO_PASSTHROUGH) {
            builder.customInlineContentParserFactory(new GoldmarkBackslashes.Factory());  // after the passthrough's
        }
        InlineSpans.register(builder, extras);
        if (!math.findsInPage()) {
            builder.postProcessor(MarkdownRenderer::restoreTablePipes);
        }
        this.parser = builder.postProcessor(HeadingAttributes::apply)
                .postProcessor(DefinitionLists::apply)
                .maxOpenBlockParsers(64)  // hostile nesting ("> > > > …") stays shallow and cannot overflow the stack
                .maxInlineNesting(64)
                .build();
    }

    String render(String markdown) {
        return RENDERER.render(parser.parse(Footnotes.apply(markdown, footnoteIds)));
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

    /**
     * Renders a task list item's mark as text, and a heading's attributes as nothing (the heading-id provider reads
     * them).
     */
    private static final class MarkRenderer implements NodeRenderer {
        private final HtmlWriter html;

        MarkRenderer(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(TaskListItemMarker.class, HeadingAttributes.Marker.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof TaskListItemMarker marker) {
                html.text(marker.isChecked() ? "☑ " : "☐ ");
            }
        }
    }
}
