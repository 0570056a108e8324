package dev.tidings.content;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A run of a page's text as a script reads it: sibling nodes (text, and what joins text, such as a {@code <br>})
 * read as one text, in which a part can be replaced by a node or rewritten. Changes go from the run's end to its
 * start: splitting a text node keeps the node's start in the node, where the offsets of earlier parts point.
 */
final class TextRun {
    /** A node of the run, and where its text is in the run's text. */
    private record Piece(Node node, int from, int to) {}

    private final List<Piece> pieces;
    private final String text;

    /** @param texts what each of {@code nodes} adds to the run's text, in order */
    TextRun(List<Node> nodes, List<String> texts) {
        var pieces = new ArrayList<Piece>();
        var all = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            int from = all.length();
            all.append(texts.get(i));
            pieces.add(new Piece(nodes.get(i), from, all.length()));
        }
        this.pieces = List.copyOf(pieces);
        this.text = all.toString();
    }

    /** The run's text, as it was read. */
    String text() {
        return text;
    }

    /** The element the run's nodes are in. */
    Element parent() {
        return (Element) pieces.get(0).node().parent();
    }

    /** Replaces the text from {@code start} to {@code end} with {@code replacement}. */
    void replace(int start, int end, Node replacement) {
        Piece first = pieces.get(containing(start));
        Piece last = pieces.get(containing(end - 1));
        if (last.node() instanceof TextNode node && end - last.from() < node.getWholeText().length()) {
            node.splitText(end - last.from());  // its length, not last.to(): a later change may have split it
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

    /** The text from {@code from} to {@code to} as {@code typeset} writes it (characters of nodes other than text stay). */
    void rewrite(int from, int to, Typeset typeset) {
        if (typeset.edits().isEmpty() || from >= to) {
            return;
        }
        for (int k = pieces.size() - 1; k >= 0; k--) {
            Piece piece = pieces.get(k);
            if (piece.node() instanceof TextNode node && piece.from() < to && piece.to() > from) {
                int start = Math.max(from, piece.from());
                int end = Math.min(to, piece.to());
                String written = typeset.slice(start, end);
                if (!written.equals(text.substring(start, end))) {
                    String now = node.getWholeText();
                    node.text(now.substring(0, start - piece.from()) + written + now.substring(end - piece.from()));
                }
            }
        }
    }

    /** The index of the piece whose text holds the run's character {@code at}: the pieces are in order. */
    private int containing(int at) {
        int low = 0;
        int high = pieces.size() - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (pieces.get(middle).from() <= at) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        while (pieces.get(low).to() <= at) {
            low++;  // past empty pieces (comments) that start where the character is
        }
        return low;
    }
}
