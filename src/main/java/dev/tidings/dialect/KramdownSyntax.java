package dev.tidings.dialect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * kramdown's own syntax (Jekyll's Markdown is kramdown's) turned into what CommonMark renders as kramdown does, outside
 * code: attribute lists removed — block IALs and ALDs on lines of their own (a blank line, which ends a paragraph as
 * they do), span IALs right after an element, a list item's leading IAL, the separator {@code {::}} — and a
 * {@code {:toc}} list with them (a feed has no page table of contents); {@code {::comment}} and {@code {::options}}
 * removed; {@code {::nomarkdown}} kept as raw HTML; the end-of-block marker {@code ^} a blank line; then
 * {@code markdown="1"} HTML blocks ({@link KramdownHtmlBlocks}). An attribute list after a space is text to kramdown
 * and stays. Notes: an extension kramdown does not know, one never closed.
 */
final class KramdownSyntax {
    private static final Pattern SYNTAX = Pattern.compile(
            "\\{::(?<name>\\w+)(?:\\s[^}]*?)?(?<self>/)?}"   // an extension's start: {::comment}, {::options … /}
            + "|\\{:/[\\w-]*}"                               // an extension's stop
            + "|\\{:(?<ial>[^}\\n]+)}"                       // an attribute list, its definition, {:toc}, {::}
            + "|(?m)^[ \\t]*\\^[ \\t]*$");                    // the end-of-block marker
    private static final Pattern LIST_ITEM = Pattern.compile("[ \\t]*(?:[*+-]|[0-9]+[.)])[ \\t]+.*");
    private static final Pattern QUOTE_PREFIX = Pattern.compile("[ \\t>]*");
    private static final Pattern LIST_MARKER = Pattern.compile("[ \\t]*(?:[*+-]|[0-9]+[.)])[ \\t]+");

    private final String text;
    private final Fragments fragments;
    private final CodeSpans code;
    private final StringBuilder out = new StringBuilder();
    private final List<Expansion.Note> notes = new ArrayList<>();
    private final Map<String, ForwardSearch> stops = new HashMap<>();
    private int notedOffset;
    private int notedLine = 1;

    private KramdownSyntax(String text, Fragments fragments) {
        this.text = text;
        this.fragments = fragments;
        this.code = CodeSpans.of(text);
    }

    /** The Markdown for CommonMark, what it kept as HTML added to {@code fragments}; notes by line of {@code text}. */
    static Expansion expand(String text, Fragments fragments) {
        var syntax = new KramdownSyntax(text, fragments);
        String markdown = syntax.run();
        return new Expansion(KramdownHtmlBlocks.open(markdown), fragments, syntax.notes);
    }

    private String run() {
        Matcher m = SYNTAX.matcher(text);
        int copied = 0;
        int from = 0;
        while (m.find(from)) {
            if (code.contains(m.start()) || (m.start() > 0 && text.charAt(m.start() - 1) == '\\')) {
                from = Math.max(code.skip(m.start()), m.start() + 1);
                continue;
            }
            out.append(text, copied, m.start());
            copied = m.group("name") != null ? extension(m)
                    : m.group("ial") != null ? attributes(m)
                    : m.end();  // a stray stop or the end-of-block marker: nothing
            from = copied;
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** Where the text goes on after an attribute list, written or left out. */
    private int attributes(Matcher m) {
        String before = text.substring(lineStart(m.start()), m.start());
        boolean ownLine = QUOTE_PREFIX.matcher(before).matches() && text.substring(m.end(), lineEnd(m.end())).isBlank();
        if (ownLine && m.group("ial").strip().equals("toc")) {
            out.setLength(out.length() - before.length());
            dropListAbove();
            return lineEnd(m.end());
        }
        if (ownLine) {
            return lineEnd(m.end());  // the line is left blank (inside a quote, a blank line of the quote)
        }
        if (LIST_MARKER.matcher(before).matches()) {
            return skipSpaces(m.end());  // "* {:.cls} item": the item's own attributes
        }
        if (before.isEmpty() || Character.isWhitespace(before.charAt(before.length() - 1))) {
            out.append(m.group());  // after a space kramdown shows it as text
            return m.end();
        }
        char previous = before.charAt(before.length() - 1);
        char next = m.end() < text.length() ? text.charAt(m.end()) : ' ';
        if ((previous == '*' || previous == '_') && (next == '*' || next == '_')) {
            out.append("<!---->");  // keeps *a*{::}*b* two emphases, as the separator meant
        }
        return m.end();
    }

    /** The list a {@code {:toc}} stands under, which kramdown replaces by the page's table of contents. */
    private void dropListAbove() {
        int end = out.length();
        while (end > 0) {
            int start = out.lastIndexOf("\n", end - 2) + 1;
            if (!LIST_ITEM.matcher(out.substring(start, end).stripTrailing()).matches()) {
                break;
            }
            end = start;
        }
        out.setLength(end);
    }

    private int extension(Matcher m) {
        String name = m.group("name");
        boolean known = name.equals("comment") || name.equals("nomarkdown") || name.equals("options");
        if (!known) {
            note(m.start(), "kramdown's extension '{::" + name + "}' is not known to Tidings; its tags are left out");
            return m.end();
        }
        if (m.group("self") != null || name.equals("options")) {
            return m.end();
        }
        ForwardSearch stop = stops.computeIfAbsent(name, n -> new ForwardSearch(text, Pattern.compile(
                "\\{:/(" + n + ")?}")));
        if (stop.from(m.end()) < 0) {
            note(m.start(), "'{::" + name + "}' has no '{:/" + name + "}', so only its tag is left out");
            return m.end();
        }
        if (name.equals("nomarkdown")) {
            String inner = text.substring(m.end(), stop.from(m.end()));
            String before = text.substring(lineStart(m.start()), m.start());
            boolean block = before.isBlank() && text.substring(m.end(), lineEnd(m.end())).isBlank()
                    && text.substring(stop.end(), lineEnd(stop.end())).isBlank();
            if (block) {
                out.setLength(out.length() - before.length());
                out.append(fragments.block(inner.strip(), before));
            } else {
                out.append(fragments.inline(inner));
            }
        }
        return stop.end();
    }

    /** Notes come in the order of their offsets, so lines are counted on from the last one. */
    private void note(int offset, String message) {
        for (int i = notedOffset; i < offset; i++) {
            notedLine += text.charAt(i) == '\n' ? 1 : 0;
        }
        notedOffset = Math.max(notedOffset, offset);
        notes.add(new Expansion.Note(notedLine, message));
    }

    private int lineStart(int offset) {
        return text.lastIndexOf('\n', offset - 1) + 1;
    }

    private int lineEnd(int offset) {
        return CodeSpans.lineEnd(text, offset);
    }

    private int skipSpaces(int offset) {
        int i = offset;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
