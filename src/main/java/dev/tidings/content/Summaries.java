package dev.tidings.content;

import java.util.List;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Automatic summaries, cut on the document tree so that no tag, entity or formula is ever split: at the
 * {@code <!--more-->} marker, or after about {@link #LENGTH} characters of text — between any two CJK characters,
 * between words otherwise.
 */
final class Summaries {
    static final int LENGTH = 200;
    private static final String ELLIPSIS = "…";

    /** Removes the first {@code <!--more-->} comment and everything after it; false if there is none. */
    static boolean cutAtMore(Document document) {
        Comment more = findMore(document.body());
        if (more == null) {
            return false;
        }
        removeFollowing(more);
        more.remove();
        return true;
    }

    /**
     * The automatic summary: the leading paragraphs and lists, up to about {@link #LENGTH} characters of text, cut inside
     * the last one if needed and ending in an ellipsis. Headings, tables, code and display formulas before the first
     * text are left out, and the summary stops at the first one after it. {@code content} is changed.
     */
    static String automatic(Document content) {
        return automatic(content, SummaryLength.characters(LENGTH));
    }

    /** The same, up to {@code length} (a site's own summary length, such as Hugo's {@code summaryLength}). */
    static String automatic(Document content, SummaryLength length) {
        Document whole = content.clone();
        var truncation = new Truncation(length);
        boolean started = false;
        for (Node child : List.copyOf(content.body().childNodes())) {
            if (child instanceof Element e && !isProse(e)) {
                if (started) {
                    removeFollowing(e);
                    e.remove();
                    break;
                }
                e.remove();
                continue;
            }
            if (truncation.walkNode(child)) {
                break;
            }
            started |= truncation.count > 0;
        }
        if (!started) {  // nothing but tables, code or formulas: cut the whole tree instead
            new Truncation(length).walk(whole.body());
            return HtmlCleaner.html(whole).strip();
        }
        return HtmlCleaner.html(content).strip();
    }

    private static boolean isProse(Element e) {
        return switch (e.tagName()) {
            case "p", "ul", "ol", "dl", "blockquote", "section", "article" -> true;
            case "div" -> !e.hasClass("math");
            default -> false;
        };
    }

    private static Comment findMore(Node node) {
        for (Node child : node.childNodes()) {
            if (child instanceof Comment comment && comment.getData().strip().equalsIgnoreCase("more")) {
                return comment;
            }
            Comment found = findMore(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Removes every node after {@code node} in document order (its later siblings, and its ancestors' later siblings). */
    private static void removeFollowing(Node node) {
        for (Node at = node; at != null && !(at instanceof Element e && e.tagName().equals("body")); at = at.parent()) {
            while (at.nextSibling() != null) {
                at.nextSibling().remove();
            }
        }
    }

    private static final class Truncation {
        private final SummaryLength length;
        private int count;

        Truncation(SummaryLength length) {
            this.length = length;
        }

        /** True once the cut is made. */
        boolean walk(Element element) {
            for (Node child : List.copyOf(element.childNodes())) {
                if (walkNode(child)) {
                    return true;
                }
            }
            return false;
        }

        boolean walkNode(Node child) {
            if (child instanceof TextNode text) {
                String whole = text.getWholeText();
                int size = length.size(whole);
                if (count + size > length.budget()) {
                    text.text(whole.substring(0, length.cut(whole, length.budget() - count)).stripTrailing()
                            + ELLIPSIS);
                    removeFollowing(text);
                    return true;
                }
                count += whole.isBlank() ? 0 : size;
            } else if (child instanceof Element e) {
                if (isFormula(e)) {
                    int size = length.size(e.text());
                    if (count > 0 && count + size > length.budget()) {  // never split a formula: stop before it
                        e.before(new TextNode(ELLIPSIS));
                        removeFollowing(e);
                        e.remove();
                        return true;
                    }
                    count += size;
                } else {
                    return walk(e);
                }
            }
            return false;
        }

        private static boolean isFormula(Element e) {
            return e.tagName().equals("math") || e.hasClass("math");
        }
    }

    private Summaries() {}
}
