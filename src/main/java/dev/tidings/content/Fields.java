package dev.tidings.content;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A block of YAML or TOML settings read into plain values — {@code String}, {@code List<Object>} and
 * {@code Map<String, Object>}, nothing else — with the 1-based line of each top-level key, so errors can point at it.
 * Numbers and booleans stay as the text that was written. YAML aliases are bounded and explicit tags such as
 * {@code !!java.net.URL} are rejected before anything is built. Immutable.
 */
public final class Fields {
    private final String path;
    private final int firstLine;
    private final Map<String, Object> values;
    private final Map<String, Integer> lines;
    private final Map<String, String> anyCase;  // each key lower-cased -> as written; empty when case matters

    private Fields(String path, int firstLine, FieldBlock block) {
        this(path, firstLine, block, false);
    }

    private Fields(String path, int firstLine, FieldBlock block, boolean anyCase) {
        this.path = path;
        this.firstLine = firstLine;
        this.values = block.values();
        this.lines = block.lines();
        var keys = new HashMap<String, String>();
        if (anyCase) {
            values.keySet().forEach(key -> keys.putIfAbsent(key.toLowerCase(Locale.ROOT), key));
        }
        this.anyCase = keys.isEmpty() ? Map.of() : keys;
    }

    /** The same fields, their keys matched in any case, as Hugo reads front matter: {@code Categories = [...]}. */
    Fields inAnyCase() {
        return new Fields(path, firstLine, new FieldBlock(values, lines), true);
    }

    /** The key as written that {@code name} means. */
    private String key(String name) {
        return anyCase.isEmpty() || values.containsKey(name) ? name
                : anyCase.getOrDefault(name.toLowerCase(Locale.ROOT), name);
    }

    /** Reads front matter in YAML whose first line is line {@code firstLine} of the file {@code path}. */
    public static Fields yaml(String path, String text, int firstLine) {
        return new Fields(path, firstLine, YamlFields.read(path, text, firstLine, "the front matter"));
    }

    /** Reads a whole YAML settings file. */
    public static Fields yamlFile(String path, String text) {
        return new Fields(path, 1, YamlFields.read(path, text, 1, "the file"));
    }

    /** Reads a site generator's YAML configuration: values with other tags than plain ones are left out. */
    static Fields siteYamlFile(String path, String text) {
        return new Fields(path, 1, YamlFields.read(path, text, 1, "the file", true));
    }

    /** Reads TOML whose first line is line {@code firstLine} of the file {@code path}. */
    public static Fields toml(String path, String text, int firstLine) {
        return new Fields(path, firstLine, TomlFields.read(path, text, firstLine));
    }

    public static Fields empty(String path) {
        return new Fields(path, 1, new FieldBlock(Map.of(), Map.of()));
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
            if (values.containsKey(key(name))) {
                return Optional.of(values.get(key(name)));
            }
        }
        return Optional.empty();
    }

    /**
     * The map under {@code name} (Zola's {@code [taxonomies]}) as fields of their own, each at that map's line; no
     * fields when there is no map there.
     */
    public Fields table(String name) {
        if (!(values.get(key(name)) instanceof Map<?, ?> map)) {
            return empty(path);
        }
        var nested = new LinkedHashMap<String, Object>();
        var nestedLines = new LinkedHashMap<String, Integer>();
        map.forEach((key, item) -> {
            nested.put(String.valueOf(key), item);
            nestedLines.put(String.valueOf(key), lineOf(name));
        });
        return new Fields(path, firstLine, new FieldBlock(nested, nestedLines), !anyCase.isEmpty());
    }

    /** The first of {@code names} that is present, for messages. */
    public String nameOf(String... names) {
        for (String name : names) {
            if (values.containsKey(key(name))) {
                return key(name);
            }
        }
        return names[0];
    }

    /** The line of the first present key among {@code names}; the line before the block when none is. */
    public int lineOf(String... names) {
        for (String name : names) {
            Integer line = lines.get(key(name));
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
}
