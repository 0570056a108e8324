package dev.tidings.content;

import dev.tidings.dialect.CodeSpans;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Footnotes as Hugo's Markdown and kramdown write them — {@code text[^q]} and, anywhere outside code,
 * {@code [^q]: the note} with indented lines continuing it — rewritten into plain CommonMark before parsing: each
 * reference a superscript number linking to its note, the notes a numbered list at the end, each linking back, with
 * the ids the site's generator gives ({@code fn:1} and {@code fnref:1} as Hugo numbers them, {@code fn:q} as kramdown
 * names them), so a link opened on the blog lands on its note. A reference without a note is left as written, and a
 * note never referred to is dropped (as goldmark does).
 */
final class Footnotes {
    /** How the generator names a note's id: by its number, or by its label. */
    enum Ids { NUMBERS, LABELS }

    private static final Pattern DEFINITION = Pattern.compile("^ {0,3}\\[\\^([^\\]\\s]+)]:[ \\t]?(.*)$");
    private static final Pattern REFERENCE = Pattern.compile("\\[\\^([^\\]\\s]+)]");

    private Footnotes() {}

    static String apply(String markdown, Ids ids) {
        if (!markdown.contains("[^")) {
            return markdown;
        }
        CodeSpans code = CodeSpans.of(markdown);
        Map<String, String> notes = new LinkedHashMap<>();
        var text = new StringBuilder();
        List<String> lines = List.of(markdown.split("\n", -1));
        int offset = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher definition = DEFINITION.matcher(line);
            if (!code.contains(offset) && definition.matches() && !notes.containsKey(definition.group(1))) {
                var note = new StringBuilder(definition.group(2));
                int next = i + 1;
                for (; next < lines.size() && continues(lines, next); next++) {
                    note.append('\n').append(lines.get(next).replaceFirst("^( {1,4}|\\t)", ""));
                }
                for (int j = i; j < next; j++) {
                    offset += lines.get(j).length() + 1;
                }
                notes.put(definition.group(1), note.toString().strip());
                i = next - 1;
                continue;
            }
            text.append(line).append('\n');
            offset += line.length() + 1;
        }
        return notes.isEmpty() ? markdown : referenced(text.toString(), notes, ids);
    }

    /** Whether line {@code i} still belongs to the note above: indented, or a lazy line right after its text. */
    private static boolean continues(List<String> lines, int i) {
        String line = lines.get(i);
        if (line.startsWith("    ") || line.startsWith("\t")) {
            return true;
        }
        if (line.isBlank()) {
            return i + 1 < lines.size() && (lines.get(i + 1).startsWith("    ") || lines.get(i + 1).startsWith("\t"));
        }
        return !lines.get(i - 1).isBlank() && !DEFINITION.matcher(line).matches();
    }

    private static String referenced(String text, Map<String, String> notes, Ids ids) {
        CodeSpans code = CodeSpans.of(text);
        Map<String, Integer> numbers = new LinkedHashMap<>();
        var out = new StringBuilder();
        Matcher reference = REFERENCE.matcher(text);
        int last = 0;
        while (reference.find()) {
            String label = reference.group(1);
            if (code.contains(reference.start()) || !notes.containsKey(label)) {
                continue;
            }
            boolean first = !numbers.containsKey(label);
            int number = numbers.computeIfAbsent(label, l -> numbers.size() + 1);
            String id = ids == Ids.LABELS ? label : String.valueOf(number);
            out.append(text, last, reference.start())
                    .append("<sup").append(first ? " id=\"fnref:" + id + "\"" : "").append("><a href=\"#fn:")
                    .append(id).append("\" class=\"footnote-ref\">").append(number).append("</a></sup>");
            last = reference.end();
        }
        out.append(text, last, text.length());
        if (numbers.isEmpty()) {
            return out.toString();
        }
        out.append("\n\n<div class=\"footnotes\">\n<hr>\n<ol>\n");
        List<String> labels = new ArrayList<>(numbers.keySet());
        for (String label : labels) {
            String id = ids == Ids.LABELS ? label : String.valueOf(numbers.get(label));
            out.append("<li id=\"fn:").append(id).append("\">\n\n").append(notes.get(label))
                    .append("&#160;<a href=\"#fnref:").append(id).append("\" class=\"footnote-backref\">↩︎</a>")
                    .append("\n\n</li>\n");
        }
        return out.append("</ol>\n</div>\n").toString();
    }
}
