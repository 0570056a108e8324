package dev.tidings.content;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * Heading ids from the heading's text, unique within the article: {@code 重参数}, {@code setup}, {@code setup-1};
 * or the id its attributes give.
 */
final class HeadingIds implements AttributeProvider {
    private final Set<String> used = new HashSet<>();

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        if (!(node instanceof Heading)) {
            return;
        }
        String base;
        if (node.getLastChild() instanceof HeadingAttributes.Marker marker && !marker.id.isEmpty()) {
            base = marker.id;
        } else {
            var text = new StringBuilder();
            collectText(node, text);
            base = slugify(text.toString());
        }
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
