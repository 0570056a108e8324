package dev.tidings.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.parser.delimiter.DelimiterProcessor;
import org.commonmark.parser.delimiter.DelimiterRun;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * The {@link MarkdownExtras} a site turned on, as CommonMark delimiter runs: {@code ==x==} as {@code <mark>},
 * {@code ++x++} as {@code <ins>}, {@code ~x~} as {@code <sub>} and {@code ^x^} as {@code <sup>} — the last two, as
 * markdown-it-sub and -sup read them, only around text without spaces.
 */
final class InlineSpans {
    private InlineSpans() {}

    /** An element around inline content. */
    static final class Span extends CustomNode {
        final String tag;

        Span(String tag) {
            this.tag = tag;
        }
    }

    static void register(Parser.Builder builder, MarkdownExtras extras) {
        if (extras.mark()) {
            builder.customDelimiterProcessor(new Processor('=', 2, "mark", true));
        }
        if (extras.insert()) {
            builder.customDelimiterProcessor(new Processor('+', 2, "ins", true));
        }
        if (extras.subscript()) {
            builder.customDelimiterProcessor(new Processor('~', 1, "sub", false));
        }
        if (extras.superscript()) {
            builder.customDelimiterProcessor(new Processor('^', 1, "sup", false));
        }
    }

    private record Processor(char c, int length, String tag, boolean spaces) implements DelimiterProcessor {
        @Override
        public char getOpeningCharacter() {
            return c;
        }

        @Override
        public char getClosingCharacter() {
            return c;
        }

        @Override
        public int getMinLength() {
            return length;
        }

        @Override
        public int process(DelimiterRun opening, DelimiterRun closing) {
            if (opening.length() < length || closing.length() < length) {
                return 0;
            }
            Text opener = opening.getOpener();
            Text closer = closing.getCloser();
            List<Node> inside = new ArrayList<>();
            for (Node node = opener.getNext(); node != null && node != closer; node = node.getNext()) {
                if (!spaces && node instanceof Text text && text.getLiteral().chars().anyMatch(Character::isWhitespace)) {
                    return 0;
                }
                inside.add(node);
            }
            if (inside.isEmpty()) {
                return 0;
            }
            Span span = new Span(tag);
            inside.forEach(span::appendChild);
            opener.insertAfter(span);
            return length;
        }
    }

    /** Renders each child of {@code node} (read the next one first: rendering may move a node). */
    static void children(HtmlNodeRendererContext context, Node node) {
        for (Node child = node.getFirstChild(); child != null; ) {
            Node next = child.getNext();
            context.render(child);
            child = next;
        }
    }

    /** Renders a span as its element. */
    static final class Renderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        Renderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Span.class);
        }

        @Override
        public void render(Node node) {
            String tag = ((Span) node).tag;
            html.tag(tag);
            children(context, node);
            html.tag("/" + tag);
        }
    }
}
