package dev.tidings.content;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A block of YAML or TOML settings read into plain values — {@code String}, {@code List<Object>} and
 * {@code Map<String, Object>}, nothing else — with the 1-based line of each top-level key, so errors can point at it.
 * Numbers and booleans stay as the text that was written. YAML aliases are bounded and explicit tags such as
 * {@code !!java.net.URL} are rejected before anything is built. Immutable.
 */
public final class Fields {
    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.SEQ, Tag.MAP);
    private static final int MAX_DEPTH = 8;
    private static final TomlMapper TOML = new TomlMapper();
    /** Immutable, so shared; the caller has already bounded the text's size. */
    private static final LoadSettings YAML = LoadSettings.builder()
            .setAllowDuplicateKeys(false)
            .setMaxAliasesForCollections(10)
            .setAllowRecursiveKeys(false)
            .setCodePointLimit(Integer.MAX_VALUE)
            .build();

    private final String path;
    private final int firstLine;
    private final Map<String, Object> values;
    private final Map<String, Integer> lines;

    private Fields(String path, int firstLine, Map<String, Object> values, Map<String, Integer> lines) {
        this.path = path;
        this.firstLine = firstLine;
        this.values = values;
        this.lines = lines;
    }

    /** Reads front matter in YAML whose first line is line {@code firstLine} of the file {@code path}. */
    public static Fields yaml(String path, String text, int firstLine) {
        return yaml(path, text, firstLine, "the front matter");
    }

    /** Reads a whole YAML settings file. */
    public static Fields yamlFile(String path, String text) {
        return yaml(path, text, 1, "the file");
    }

    private static Fields yaml(String path, String text, int firstLine, String what) {
        Optional<Node> root;
        try {
            root = new Compose(YAML).composeString(text);
        } catch (MarkedYamlEngineException e) {
            // At the end of the text ("found unexpected end of stream") the problem is where the construct began.
            int line = e.getProblemMark().filter(m -> m.getIndex() < text.stripTrailing().length())
                    .or(e::getContextMark).or(e::getProblemMark)
                    .map(m -> firstLine + m.getLine()).orElse(firstLine);
            throw new ContentException(path, line, what + " is not valid YAML: " + describe(e)
                    + "; expected 'key: value' lines");
        } catch (YamlEngineException e) {  // e.g. the alias limit: no position, so point at the block
            throw new ContentException(path, firstLine - 1, what + " is not usable YAML: " + e.getMessage()
                    + "; expected plain 'key: value' lines (aliases are limited to guard against alias bombs)");
        }
        var fields = new Fields(path, firstLine, new LinkedHashMap<>(), new LinkedHashMap<>());
        if (root.isEmpty()) {
            return fields;
        }
        if (!(root.get() instanceof MappingNode mapping)) {
            throw new ContentException(path, line(root.get(), firstLine), what + " is a YAML "
                    + kind(root.get()) + "; expected 'key: value' lines");
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String key = fields.scalarKey(tuple.getKeyNode());
            int line = line(tuple.getKeyNode(), firstLine);
            if (fields.lines.containsKey(key)) {
                throw new ContentException(path, line, "'" + key + "' is given twice (first on line "
                        + fields.lines.get(key) + "); expected each field once");
            }
            fields.lines.put(key, line);
            Object value = fields.plain(tuple.getValueNode(), 1);
            if (value != null) {
                fields.values.put(key, value);
            }
        }
        return fields;
    }

    /** Reads TOML whose first line is line {@code firstLine} of the file {@code path}. */
    public static Fields toml(String path, String text, int firstLine) {
        JsonNode root;
        try {
            root = TOML.readTree(text);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? firstLine : firstLine - 1 + Math.max(1, e.getLocation().getLineNr());
            throw new ContentException(path, line, "the front matter is not valid TOML: " + e.getOriginalMessage()
                    + "; expected 'key = value' lines");
        }
        var fields = new Fields(path, firstLine, new LinkedHashMap<>(), new LinkedHashMap<>());
        String[] textLines = text.split("\n", -1);
        root.properties().forEach(entry -> {
            fields.values.put(entry.getKey(), tomlPlain(entry.getValue()));
            fields.lines.put(entry.getKey(), firstLine + tomlKeyLine(textLines, entry.getKey()));
        });
        return fields;
    }

    public static Fields empty(String path) {
        return new Fields(path, 1, Map.of(), Map.of());
    }

    public String path() {
        return path;
    }

    public Set<String> names() {
        return values.keySet();
    }

    /** The value of the first of {@code names} that is present (aliases: {@code "updated", "lastmod"}). */
    public Optional<Object> value(String... names) {
        for (String name : names) {
            if (values.containsKey(name)) {
                return Optional.of(values.get(name));
            }
        }
        return Optional.empty();
    }

    /** The first of {@code names} that is present, for messages. */
    public String nameOf(String... names) {
        for (String name : names) {
            if (values.containsKey(name)) {
                return name;
            }
        }
        return names[0];
    }

    /** The line of the first present key among {@code names}; the line before the block when none is. */
    public int lineOf(String... names) {
        for (String name : names) {
            Integer line = lines.get(name);
            if (line != null) {
                return line;
            }
        }
        return Math.max(1, firstLine - 1);
    }

    /** A text value; a list or map there is an error naming the field. */
    public Optional<String> text(String... names) {
        return value(names).map(value -> {
            if (value instanceof String text) {
                return text;
            }
            throw error(names, "must be a single value, but was a " + (value instanceof List ? "list" : "map"));
        });
    }

    /** An error about the first present field among {@code names}, at its line. */
    public ContentException error(String[] names, String problem) {
        return new ContentException(path, lineOf(names), "'" + nameOf(names) + "' " + problem);
    }

    private String scalarKey(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        throw new ContentException(path, line(node, firstLine), "a field name is a YAML " + kind(node)
                + "; expected a plain name like 'title'");
    }

    private Object plain(Node node, int depth) {
        if (!PLAIN_TAGS.contains(node.getTag())) {
            throw new ContentException(path, line(node, firstLine), "the YAML tag '"
                    + node.getTag().getValue().replace(Tag.PREFIX, "!!") + "' is not allowed; "
                    + "expected plain text, numbers, lists and maps");
        }
        if (depth > MAX_DEPTH) {
            throw new ContentException(path, line(node, firstLine), "values are nested more than " + MAX_DEPTH
                    + " levels deep; expected plain text, lists and maps");
        }
        if (node instanceof ScalarNode scalar) {
            return node.getTag().equals(Tag.NULL) ? null : XmlText.clean(scalar.getValue());
        }
        if (node instanceof SequenceNode sequence) {
            var list = new ArrayList<>(sequence.getValue().size());
            for (Node item : sequence.getValue()) {
                Object value = plain(item, depth + 1);
                if (value != null) {
                    list.add(value);
                }
            }
            return list;
        }
        var map = new LinkedHashMap<String, Object>();
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            Object value = plain(tuple.getValueNode(), depth + 1);
            if (value != null) {
                map.put(scalarKey(tuple.getKeyNode()), value);
            }
        }
        return map;
    }

    private static Object tomlPlain(JsonNode node) {
        if (node.isArray()) {
            var list = new ArrayList<>(node.size());
            node.forEach(item -> list.add(tomlPlain(item)));
            return list;
        }
        if (node.isObject()) {
            var map = new LinkedHashMap<String, Object>();
            node.properties().forEach(e -> map.put(e.getKey(), tomlPlain(e.getValue())));
            return map;
        }
        return XmlText.clean(node.asText());
    }

    /** Jackson's TOML tree has no positions, so find the key's line in the text (0-based within the block). */
    private static int tomlKeyLine(String[] lines, String key) {
        Pattern assignment = Pattern.compile("^\\s*(?:" + Pattern.quote(key) + "|\"" + Pattern.quote(key) + "\")\\s*=");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].trim().startsWith("[")) {
                break;  // a table header: no more top-level keys
            }
            if (assignment.matcher(lines[i]).find()) {
                return i;
            }
        }
        return 0;
    }

    private static int line(Node node, int firstLine) {
        return node.getStartMark().map(mark -> firstLine + mark.getLine()).orElse(firstLine);
    }

    private static String kind(Node node) {
        return node instanceof ScalarNode ? "single value" : node instanceof SequenceNode ? "list" : "map";
    }

    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        return (context.isEmpty() ? problem : context + ", " + problem).replaceAll("\\s+", " ").trim();
    }
}
