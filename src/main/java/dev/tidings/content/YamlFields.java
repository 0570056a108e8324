package dev.tidings.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * Reads a YAML block into a {@link FieldBlock}. Works on SnakeYAML's node tree, so that aliases are bounded and
 * explicit tags such as {@code !!java.net.URL} are rejected before anything is built; lines are 1-based in the file.
 */
final class YamlFields {
    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.SEQ, Tag.MAP);
    private static final int MAX_DEPTH = 8;
    /** Immutable, so shared; the caller has already bounded the text's size. */
    private static final LoadSettings YAML = LoadSettings.builder()
            .setAllowDuplicateKeys(false)
            .setMaxAliasesForCollections(10)
            .setAllowRecursiveKeys(false)
            .setCodePointLimit(Integer.MAX_VALUE)
            .build();

    private final String path;
    private final int firstLine;
    private final boolean lenient;

    private YamlFields(String path, int firstLine, boolean lenient) {
        this.path = path;
        this.firstLine = firstLine;
        this.lenient = lenient;
    }

    /** Reads YAML whose first line is line {@code firstLine} of {@code path}; {@code what} names it in messages. */
    static FieldBlock read(String path, String text, int firstLine, String what) {
        return read(path, text, firstLine, what, false);
    }

    /**
     * @param lenient a value with a tag other than plain text, numbers, lists and maps ({@code !!js/regexp} in a
     *                plugin's settings) is left out instead of refusing the file: for a site generator's
     *                configuration, most of which Tidings never reads
     */
    static FieldBlock read(String path, String text, int firstLine, String what, boolean lenient) {
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
        var values = new LinkedHashMap<String, Object>();
        var lines = new LinkedHashMap<String, Integer>();
        if (root.isEmpty()) {
            return new FieldBlock(values, lines);
        }
        var reader = new YamlFields(path, firstLine, lenient);
        if (!(root.get() instanceof MappingNode mapping)) {
            throw new ContentException(path, reader.line(root.get()), what + " is a YAML "
                    + kind(root.get()) + "; expected 'key: value' lines");
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String key = reader.scalarKey(tuple.getKeyNode());
            int line = reader.line(tuple.getKeyNode());
            if (lines.containsKey(key)) {
                throw new ContentException(path, line, "'" + key + "' is given twice (first on line "
                        + lines.get(key) + "); expected each field once");
            }
            lines.put(key, line);
            Object value = reader.plain(tuple.getValueNode(), 1);
            if (value != null) {
                values.put(key, value);
            }
        }
        return new FieldBlock(values, lines);
    }

    private String scalarKey(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        throw new ContentException(path, line(node), "a field name is a YAML " + kind(node)
                + "; expected a plain name like 'title'");
    }

    private Object plain(Node node, int depth) {
        if (!PLAIN_TAGS.contains(node.getTag()) && lenient) {
            return null;  // left out, as absent
        }
        if (!PLAIN_TAGS.contains(node.getTag())) {
            throw new ContentException(path, line(node), "the YAML tag '"
                    + node.getTag().getValue().replace(Tag.PREFIX, "!!") + "' is not allowed; "
                    + "expected plain text, numbers, lists and maps");
        }
        if (depth > MAX_DEPTH) {
            throw new ContentException(path, line(node), "values are nested more than " + MAX_DEPTH
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
        Map<String, Object> map = new LinkedHashMap<>();
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            Object value = plain(tuple.getValueNode(), depth + 1);
            if (value != null) {
                map.put(scalarKey(tuple.getKeyNode()), value);
            }
        }
        return map;
    }

    private int line(Node node) {
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
