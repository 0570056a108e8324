package dev.tidings.dialect;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * kramdown's {@code markdown="1"} on an HTML element, whose inner text kramdown renders as Markdown: the attribute is
 * removed, and an element that starts a line gets a blank line after its opening tag's line and before its closing
 * tag, so that CommonMark too renders its inner text as Markdown (inline, CommonMark does already). Code is left alone.
 */
final class KramdownHtmlBlocks {
    private static final Pattern OPENING = Pattern.compile(
            "<(?<name>[a-zA-Z][\\w-]*)(?<before>\\s[^<>]*?)?\\s+markdown\\s*=\\s*(?<q>[\"']?)(?<value>[a-z0-9]+)\\k<q>"
            + "(?<after>[^<>]*)>");

    private KramdownHtmlBlocks() {}

    static String open(String markdown) {
        if (!markdown.contains("markdown")) {
            return markdown;
        }
        CodeSpans code = CodeSpans.of(markdown);
        List<Edit> edits = new ArrayList<>();
        Map<String, Map<Integer, Integer>> closings = new HashMap<>();
        Matcher m = OPENING.matcher(markdown);
        while (m.find()) {
            if (code.contains(m.start())) {
                continue;
            }
            String value = m.group("value");
            String indent = markdown.substring(lineStart(markdown, m.start()), m.start());
            String tag = "<" + m.group("name") + (Objects.toString(m.group("before"), "") + m.group("after"))
                    .stripTrailing() + ">";
            if (!indent.isBlank() || value.equals("0") || value.equals("span")) {
                edits.add(new Edit(m.start(), m.end(), tag));  // inline, CommonMark renders the Markdown anyway
                continue;
            }
            edits.add(new Edit(m.start(), m.end(), tag + "\n\n" + indent));
            int lineEnd = CodeSpans.lineEnd(markdown, m.end());
            if (!markdown.substring(m.end(), lineEnd).isBlank()) {
                edits.add(new Edit(lineEnd, lineEnd, "\n"));  // "<details markdown=1><summary>…": a block of its own
            }
            int close = closings.computeIfAbsent(m.group("name").toLowerCase(Locale.ROOT), name -> closings(markdown,
                    name)).getOrDefault(m.start(), -1);
            if (close >= 0) {
                int start = lineStart(markdown, close);
                boolean alone = markdown.substring(start, close).isBlank();
                edits.add(alone ? new Edit(start, start, "\n") : new Edit(close, close, "\n\n" + indent));
            }
        }
        edits.sort(Comparator.comparingInt(Edit::start));
        var out = new StringBuilder();
        int copied = 0;
        for (Edit edit : edits) {
            out.append(markdown, copied, edit.start()).append(edit.text());
            copied = edit.end();
        }
        return out.append(markdown, copied, markdown.length()).toString();
    }

    /** The text from {@code start} to {@code end} is replaced by {@code text}. */
    private record Edit(int start, int end, String text) {}

    /**
     * Where each element named {@code name} closes, by where it opens (the {@code <}), found in one pass over the
     * text: nested elements of the name close first.
     */
    private static Map<Integer, Integer> closings(String markdown, String name) {
        Matcher tags = Pattern.compile("<(/?)" + Pattern.quote(name) + "(?=[\\s>/])", Pattern.CASE_INSENSITIVE)
                .matcher(markdown);
        Map<Integer, Integer> closings = new HashMap<>();
        Deque<Integer> open = new ArrayDeque<>();
        while (tags.find()) {
            if (tags.group(1).isEmpty()) {
                open.push(tags.start());
            } else if (!open.isEmpty()) {
                closings.put(open.pop(), tags.start());
            }
        }
        return closings;
    }

    private static int lineStart(String text, int offset) {
        return text.lastIndexOf('\n', offset - 1) + 1;
    }
}
