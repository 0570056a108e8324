package dev.tidings.dialect;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Hugo shortcode tags paired into nodes: an opening tag with the next closing tag of its name at its level holds what
 * is between them; an opening tag that is never closed stands alone (Hugo decides by the shortcode's template, which
 * a feed does not have, so a closing tag is what makes a pair). Stray closing tags stand alone too.
 */
final class ShortcodeTree {
    private ShortcodeTree() {}

    /**
     * One shortcode: a lone tag ({@code close == open}), or a pair with the nodes between its tags.
     *
     * @param children the nodes between the tags, in order; empty for a lone tag
     */
    record Node(ShortcodeTag open, ShortcodeTag close, List<Node> children) {
        Node {
            children = List.copyOf(children);
        }

        static Node lone(ShortcodeTag tag) {
            return new Node(tag, tag, List.of());
        }

        boolean paired() {
            return close != open;
        }

        int start() {
            return open.start();
        }

        int end() {
            return close.end();
        }
    }

    /** The top-level nodes of {@code tags} (in text order). */
    static List<Node> of(List<ShortcodeTag> tags) {
        Deque<Frame> open = new ArrayDeque<>();
        open.push(new Frame(ShortcodeTag.malformed(0, "")));  // the root: never matched by a closing tag
        for (ShortcodeTag tag : tags) {
            switch (tag.kind()) {
                case OPEN -> open.push(new Frame(tag));
                case CLOSE -> close(open, tag);
                default -> open.peek().children.add(Node.lone(tag));
            }
        }
        while (open.size() > 1) {
            unwind(open);
        }
        return open.peek().children;
    }

    private static void close(Deque<Frame> open, ShortcodeTag tag) {
        boolean opened = open.stream().limit(open.size() - 1L)
                .anyMatch(frame -> frame.tag.name().equals(tag.name()));
        if (!opened) {
            open.peek().children.add(Node.lone(tag));
            return;
        }
        while (!open.peek().tag.name().equals(tag.name())) {
            unwind(open);
        }
        Frame frame = open.pop();
        open.peek().children.add(new Node(frame.tag, tag, frame.children));
    }

    /** The innermost open tag was never closed: it stands alone, and what followed it belongs to its parent. */
    private static void unwind(Deque<Frame> open) {
        Frame frame = open.pop();
        open.peek().children.add(Node.lone(frame.tag));
        open.peek().children.addAll(frame.children);
    }

    private static final class Frame {
        final ShortcodeTag tag;
        final List<Node> children = new ArrayList<>();

        Frame(ShortcodeTag tag) {
            this.tag = tag;
        }
    }
}
