package dev.tidings.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The files of one site's configuration, read as {@link Fields} (YAML, TOML, or JSON read as YAML), highest precedence
 * first; looks a dotted key up across them. Hugo's keys are case-insensitive; Jekyll's and Hexo's are not. Immutable.
 */
final class ConfigSources {
    /** A file whose keys all sit under {@code prefix} (Hugo's {@code config/_default/params.toml}), or at the top. */
    private record Source(String file, Fields fields, String prefix) {}

    private final List<Source> sources;
    private final boolean ignoreCase;

    private ConfigSources(List<Source> sources, boolean ignoreCase) {
        this.sources = List.copyOf(sources);
        this.ignoreCase = ignoreCase;
    }

    /**
     * Reads {@code files} (relative to {@code root}, highest precedence first), each under the key {@code prefixes}
     * gives it ({@code ""}: at the top).
     */
    static ConfigSources read(Path root, List<String> files, List<String> prefixes, boolean ignoreCase) {
        var sources = new ArrayList<Source>();
        for (int i = 0; i < files.size(); i++) {
            sources.add(new Source(files.get(i), fields(root, files.get(i)), prefixes.get(i)));
        }
        return new ConfigSources(sources, ignoreCase);
    }

    /** The files read, highest precedence first. */
    List<String> files() {
        return sources.stream().map(Source::file).toList();
    }

    /** Whether {@code key} is set to {@code true}; {@code otherwise} when it is not set to true or false. */
    boolean flag(String key, boolean otherwise) {
        return value(key).map(ConfigValue::value).map(String::valueOf)
                .map(text -> text.strip().toLowerCase(Locale.ROOT))
                .filter(text -> text.equals("true") || text.equals("false")).map(text -> text.equals("true"))
                .orElse(otherwise);
    }

    /**
     * The first of {@code keys} (dotted: {@code params.author}) that a file gives, from the file that wins. A blank
     * text counts as not given: Hexo's own config writes {@code subtitle: ''}.
     */
    Optional<ConfigValue> value(String... keys) {
        for (String key : keys) {
            for (Source source : sources) {
                Optional<ConfigValue> found = lookUp(source, key)
                        .filter(value -> !(value.value() instanceof String text && text.isBlank()));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The map under the top-level {@code key} in each file that has one, the winning file's first: a file of its own
     * ({@code config/_default/params.toml}) is the whole file.
     */
    List<Map<String, Object>> tables(String key) {
        var tables = new ArrayList<Map<String, Object>>();
        for (Source source : sources) {
            var table = new LinkedHashMap<String, Object>();
            if (!source.prefix().isEmpty() && same(source.prefix(), key)) {
                source.fields().names().forEach(name -> table.put(name, source.fields().value(name).orElseThrow()));
            } else if (lookUp(source, key).map(ConfigValue::value).orElse("") instanceof Map<?, ?> map) {
                map.forEach((name, value) -> table.put(String.valueOf(name), value));
            }
            if (!table.isEmpty()) {
                tables.add(table);
            }
        }
        return tables;
    }

    private Optional<ConfigValue> lookUp(Source source, String dotted) {
        List<String> all = List.of(dotted.split("\\."));
        boolean prefixed = !source.prefix().isEmpty();
        if (prefixed && (!same(all.get(0), source.prefix()) || all.size() == 1)) {
            return Optional.empty();
        }
        List<String> parts = prefixed ? all.subList(1, all.size()) : all;
        Optional<String> top = source.fields().names().stream().filter(name -> same(name, parts.get(0))).findFirst();
        if (top.isEmpty()) {
            return Optional.empty();
        }
        Object value = source.fields().value(top.get()).orElseThrow();
        for (String part : parts.subList(1, parts.size())) {
            if (!(value instanceof Map<?, ?> map)) {
                return Optional.empty();
            }
            Optional<?> key = map.keySet().stream().filter(name -> same((String) name, part)).findFirst();
            if (key.isEmpty()) {
                return Optional.empty();
            }
            value = map.get(key.get());
        }
        return Optional.of(new ConfigValue(value, source.file(), source.fields().lineOf(top.get()), dotted));
    }

    private boolean same(String a, String b) {
        return ignoreCase ? a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT)) : a.equals(b);
    }

    private static Fields fields(Path root, String file) {
        String text;
        try {
            text = Files.readString(root.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the site's configuration " + root.resolve(file), e);
        }
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        // JSON is YAML too, and YAML's reader gives lines
        return file.endsWith(".toml") ? Fields.toml(file, text, 1) : Fields.siteYamlFile(file, text);
    }
}
