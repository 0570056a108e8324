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
    private static final int MAX_WORD_BACKTRACK = 30;

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
        Document whole = content.clone();
        var truncation = new Truncation();
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
            new Truncation().walk(whole.body());
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
        private int count;

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
                int length = visibleLength(whole);
                if (count + length > LENGTH) {
                    text.text(whole.substring(0, cutIndex(whole, LENGTH - count)).stripTrailing() + ELLIPSIS);
                    removeFollowing(text);
                    return true;
                }
                count += whole.isBlank() ? 0 : length;
            } else if (child instanceof Element e) {
                if (isFormula(e)) {
                    int length = visibleLength(e.text());
                    if (count > 0 && count + length > LENGTH) {  // never split a formula: stop before it
                        e.before(new TextNode(ELLIPSIS));
                        removeFollowing(e);
                        e.remove();
                        return true;
                    }
                    count += length;
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

    /** Characters a reader sees: each run of whitespace counts once. */
    static int visibleLength(String text) {
        int length = 0;
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean isSpace = Character.isWhitespace(cp);
            if (!isSpace || !space) {
                length++;
            }
            space = isSpace;
            i += Character.charCount(cp);
        }
        return length;
    }

    /** The index in {@code text} after {@code budget} visible characters, moved back to a word boundary in Latin text. */
    static int cutIndex(String text, int budget) {
        int index = 0;
        int seen = 0;
        boolean space = false;
        while (index < text.length() && seen < budget) {
            int cp = text.codePointAt(index);
            boolean isSpace = Character.isWhitespace(cp);
            if (!isSpace || !space) {
                seen++;
            }
            space = isSpace;
            index += Character.charCount(cp);
        }
        while (index < text.length() && isMark(text.codePointAt(index))) {
            index += Character.charCount(text.codePointAt(index));  // keep accents with their letter
        }
        if (index > 0 && index < text.length() && isWordChar(text.codePointBefore(index))
                && isWordChar(text.codePointAt(index))) {
            for (int back = index; back > 0 && index - back < MAX_WORD_BACKTRACK; back--) {
                if (Character.isWhitespace(text.charAt(back - 1))) {
                    return back;
                }
            }
        }
        return index;
    }

    /** A character inside a space-separated word: letters and digits of scripts that are not written without spaces. */
    private static boolean isWordChar(int cp) {
        if (!Character.isLetterOrDigit(cp)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script != Character.UnicodeScript.HAN && script != Character.UnicodeScript.HIRAGANA
                && script != Character.UnicodeScript.KATAKANA && script != Character.UnicodeScript.THAI;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private Summaries() {}
}
