package dev.tidings.content;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.regex.Pattern;

/** Reads a TOML block (Hugo's {@code +++} front matter) into a {@link FieldBlock}; lines are 1-based in the file. */
final class TomlFields {
    private static final TomlMapper TOML = new TomlMapper();

    /** Reads TOML whose first line is line {@code firstLine} of the file {@code path}. */
    static FieldBlock read(String path, String text, int firstLine) {
        JsonNode root;
        try {
            root = TOML.readTree(text);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? firstLine : firstLine - 1 + Math.max(1, e.getLocation().getLineNr());
            throw new ContentException(path, line, "the front matter is not valid TOML: " + e.getOriginalMessage()
                    + "; expected 'key = value' lines");
        }
        var values = new LinkedHashMap<String, Object>();
        var lines = new LinkedHashMap<String, Integer>();
        String[] textLines = text.split("\n", -1);
        root.properties().forEach(entry -> {
            values.put(entry.getKey(), plain(entry.getValue()));
            lines.put(entry.getKey(), firstLine + keyLine(textLines, entry.getKey()));
        });
        return new FieldBlock(values, lines);
    }

    private static Object plain(JsonNode node) {
        if (node.isArray()) {
            var list = new ArrayList<>(node.size());
            node.forEach(item -> list.add(plain(item)));
            return list;
        }
        if (node.isObject()) {
            var map = new LinkedHashMap<String, Object>();
            node.properties().forEach(e -> map.put(e.getKey(), plain(e.getValue())));
            return map;
        }
        return XmlText.clean(node.asText());
    }

    /**
     * Jackson's TOML tree has no positions, so find the key's line in the text (0-based within the block): its
     * assignment before the first table header, or its own table's header ({@code [taxonomies]}).
     */
    private static int keyLine(String[] lines, String key) {
        Pattern assignment = Pattern.compile("^\\s*(?:" + Pattern.quote(key) + "|\"" + Pattern.quote(key) + "\")\\s*=");
        Pattern header = Pattern.compile("^\\s*\\[\\s*(?:" + Pattern.quote(key) + "|\"" + Pattern.quote(key)
                + "\")\\s*]");
        boolean inTable = false;  // after a table header there are no more top-level keys
        for (int i = 0; i < lines.length; i++) {
            if (header.matcher(lines[i]).find()) {
                return i;
            }
            inTable |= lines[i].trim().startsWith("[");
            if (!inTable && assignment.matcher(lines[i]).find()) {
                return i;
            }
        }
        return 0;
    }

    private TomlFields() {}
}
