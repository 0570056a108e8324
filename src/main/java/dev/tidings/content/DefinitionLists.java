package dev.tidings.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Definition lists as Hugo's Markdown (goldmark) and kramdown write them — a term on its line, then its definitions
 * each on a line starting with {@code ": "}, right below or after a blank line — as {@code <dl>}. A Markdown
 * post-processor (CommonMark reads them as paragraphs) and the renderer of its nodes.
 */
final class DefinitionLists {
    private DefinitionLists() {}

    static final class ListBlock extends CustomBlock {}

    static final class Term extends CustomBlock {}

    static final class Description extends CustomBlock {}

    static Node apply(Node document) {
        List<Paragraph> paragraphs = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                paragraphs.add(paragraph);
            }
        });
        for (Paragraph paragraph : paragraphs) {
            if (paragraph.getParent() != null) {
                convert(paragraph);
            }
        }
        return document;
    }

    /** Turns a paragraph holding definitions (its terms in it, or in the paragraph before) into a list. */
    private static void convert(Paragraph paragraph) {
        List<List<Node>> lines = lines(paragraph);
        int first = -1;
        for (int i = 0; i < lines.size() && first < 0; i++) {
            if (startsDefinition(lines.get(i))) {
                first = i;
            }
        }
        if (first < 0) {
            return;
        }
        ListBlock list = new ListBlock();
        if (first == 0) {
            if (!(paragraph.getPrevious() instanceof Paragraph terms) || lines(terms).stream()
                    .anyMatch(DefinitionLists::startsDefinition)) {
                if (!(paragraph.getPrevious() instanceof ListBlock earlier)) {
                    return;
                }
                list = earlier;  // a further definition after a blank line
            } else {
                if (terms.getPrevious() instanceof ListBlock earlier) {
                    list = earlier;  // the next term of a list
                }
                for (List<Node> term : lines(terms)) {
                    list.appendChild(block(new Term(), term));
                }
                terms.unlink();
            }
        }
        if (first > 0 && paragraph.getPrevious() instanceof ListBlock earlier) {
            list = earlier;
        }
        for (int i = 0; i < first; i++) {
            list.appendChild(block(new Term(), lines.get(i)));
        }
        Description current = null;
        for (int i = first; i < lines.size(); i++) {
            List<Node> line = lines.get(i);
            if (startsDefinition(line)) {
                Text marker = (Text) line.get(0);
                marker.setLiteral(marker.getLiteral().substring(2).stripLeading());
                current = new Description();
                list.appendChild(current);
            } else {
                current.appendChild(new SoftLineBreak());
            }
            for (Node node : line) {
                current.appendChild(node);
            }
        }
        if (list.getParent() == null) {
            paragraph.insertBefore(list);
        }
        paragraph.unlink();
    }

    private static boolean startsDefinition(List<Node> line) {
        return !line.isEmpty() && line.get(0) instanceof Text text && text.getLiteral().startsWith(": ");
    }

    private static Node block(Node block, List<Node> inline) {
        inline.forEach(block::appendChild);
        return block;
    }

    private static List<List<Node>> lines(Paragraph paragraph) {
        List<List<Node>> lines = new ArrayList<>();
        List<Node> line = new ArrayList<>();
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof SoftLineBreak) {
                lines.add(line);
                line = new ArrayList<>();
            } else {
                line.add(child);
            }
        }
        lines.add(line);
        return lines;
    }

    /** Renders the list as {@code <dl>}, {@code <dt>} and {@code <dd>}. */
    static final class Renderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        Renderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(ListBlock.class, Term.class, Description.class);
        }

        @Override
        public void render(Node node) {
            String tag = node instanceof ListBlock ? "dl" : node instanceof Term ? "dt" : "dd";
            html.line();
            html.tag(tag);
            if (node instanceof ListBlock) {
                html.line();
            }
            InlineSpans.children(context, node);
            html.tag("/" + tag);
            html.line();
        }
    }
}
