package dev.tidings.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;

/**
 * HTML a dialect rendered itself (a figure, a code block), kept out of Markdown's way: the text holds an HTML comment
 * in its place, which Markdown passes through untouched, and {@link #restore} puts the HTML back in the rendered tree.
 * Filled by one expansion, then only read.
 */
public final class Fragments {
    private static final Pattern PLACEHOLDER = Pattern.compile("tidings-fragment-(\\d+)");

    private final List<String> html = new ArrayList<>();

    /** No fragments: for a dialect that rendered nothing itself. */
    public static Fragments none() {
        return new Fragments();
    }

    /** The placeholder for {@code fragment} inside a line of text (a link, an inline image). */
    public String inline(String fragment) {
        html.add(fragment);
        return "<!--tidings-fragment-" + (html.size() - 1) + "-->";
    }

    /**
     * The placeholder for {@code fragment} as a block of its own: a line of its own with {@code indent} before it (the
     * indentation of the construct it replaces, so it stays inside a list item), ending in a line break.
     */
    public String block(String fragment, String indent) {
        return "\n" + indent + inline(fragment) + "\n";
    }

    public boolean isEmpty() {
        return html.isEmpty();
    }

    /** Replaces every placeholder in {@code document} by its fragment; a block fragment alone in a paragraph replaces it. */
    public void restore(Document document) {
        if (html.isEmpty()) {
            return;
        }
        List<Comment> placeholders = new ArrayList<>();
        document.body().traverse((node, depth) -> {
            if (node instanceof Comment comment && PLACEHOLDER.matcher(comment.getData()).matches()) {
                placeholders.add(comment);
            }
        });
        for (Comment placeholder : placeholders) {
            Matcher m = PLACEHOLDER.matcher(placeholder.getData());
            m.matches();
            int index = Integer.parseInt(m.group(1));
            if (index >= html.size()) {
                continue;  // the author's own comment that looks like ours: leave it, cleaning removes it
            }
            Node target = placeholder;
            Element parent = placeholder.parent();
            if (parent != null && parent.normalName().equals("p") && parent.childNodeSize() == 1) {
                target = parent;
            }
            Element context = target.parent() instanceof Element e ? e : document.body();
            List<Node> nodes = Parser.parseFragment(html.get(index), context, document.baseUri());
            for (Node node : nodes) {
                target.before(node);
            }
            target.remove();
        }
    }
}
