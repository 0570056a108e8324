package dev.tidings.dialect;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Where Hugo's {@code ref} and {@code relref} point: the permalink of the article at a content path
 * ({@code "post/b.md"}, {@code post/b}, {@code /post/b}, {@code b}, {@code ./b.md}, {@code ../notes/c}), with the
 * extension optional and its {@code #anchor} kept; {@code "#anchor"} alone is a place on the article itself.
 */
final class HugoReference {
    private HugoReference() {}

    /** The address {@code target} points at, found among {@code page}'s references; empty when no article is there. */
    static Optional<String> resolve(String target, Page page) {
        int hash = target.indexOf('#');
        String path = (hash < 0 ? target : target.substring(0, hash)).strip();
        String anchor = hash < 0 ? "" : target.substring(hash);
        if (path.isEmpty()) {
            return anchor.isEmpty() ? Optional.empty() : Optional.of(anchor);
        }
        if (path.startsWith("./") || path.startsWith("../")) {
            path = relative(page.path(), path);
        }
        String name = path.replaceAll("^/+|/+$", "").replaceAll("\\.(md|markdown|mdown|html|htm)$", "")
                .replaceAll("(^|/)_?index$", "");
        return name.isEmpty() ? Optional.empty() : page.references().permalink(name).map(link -> link + anchor);
    }

    /** {@code path} resolved against the folder of {@code from} (both collection-relative). */
    private static String relative(String from, String path) {
        Deque<String> segments = new ArrayDeque<>();
        String folder = from.contains("/") ? from.substring(0, from.lastIndexOf('/')) : "";
        for (String segment : (folder + "/" + path).split("/")) {
            if (segment.equals("..")) {
                segments.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }
}
