package dev.tidings.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Heading attributes as Hugo's Markdown and kramdown write them: {@code ## Setup {#install .wide}} gives the heading
 * the id {@code install} (and drops the braces from its text). A Markdown post-processor: the attributes become a
 * {@link Marker} as the heading's last child, which renders nothing and tells the heading-id provider the id.
 */
final class HeadingAttributes {
    private static final Pattern TRAILING = Pattern.compile("\\s*\\{:?\\s*((?:[#.][\\w\\-:\\p{L}]+|[\\w\\-]+=(?:\"[^\"]*\"|'[^']*'|\\S+))(?:\\s+(?:[#.][\\w\\-:\\p{L}]+|[\\w\\-]+=(?:\"[^\"]*\"|'[^']*'|\\S+)))*)\\s*}\\s*$");
    private static final Pattern ID = Pattern.compile("(?:^|\\s)#([\\w\\-:\\p{L}]+)");

    private HeadingAttributes() {}

    /** The id a heading's attributes give it, or empty. Renders nothing. */
    static final class Marker extends CustomNode {
        final String id;

        Marker(String id) {
            this.id = id;
        }
    }

    static Node apply(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                if (heading.getLastChild() instanceof Text text) {
                    Matcher m = TRAILING.matcher(text.getLiteral());
                    if (m.find()) {
                        text.setLiteral(text.getLiteral().substring(0, m.start()));
                        Matcher id = ID.matcher(m.group(1));
                        heading.appendChild(new Marker(id.find() ? id.group(1) : ""));
                    }
                }
            }
        });
        return document;
    }
}
