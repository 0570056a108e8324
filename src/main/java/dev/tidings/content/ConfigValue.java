package dev.tidings.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One value of a site's configuration and where it was written.
 *
 * @param value plain as {@link Fields} reads it: a {@code String}, {@code List} or {@code Map}
 * @param file  the file, relative to the site's root: {@code hugo.toml}, {@code config/_default/params.toml}
 * @param line  the 1-based line of the top-level key that holds it
 * @param key   the key as the configuration writes it, dotted when nested: {@code params.author}
 */
public record ConfigValue(Object value, String file, int line, String key) {

    /** {@code hugo.toml:3: 'baseURL'}: the place, as a bad value's message names it. */
    public String origin() {
        return file + ":" + line + ": '" + key + "'";
    }

    /** The value as one stripped text, if it is one and not blank; a list gives its first item ({@code language}). */
    Optional<String> text() {
        Object first = value instanceof List<?> list && !list.isEmpty() ? list.get(0) : value;
        return first instanceof String text && !text.isBlank() ? Optional.of(text.strip()) : Optional.empty();
    }

    /** A field of a map value, as text. */
    Optional<String> field(String name) {
        return value instanceof Map<?, ?> map && map.get(name) instanceof String text && !text.isBlank()
                ? Optional.of(text.strip()) : Optional.empty();
    }

    /** The same place, holding {@code text} instead: a value Tidings composed from this one. */
    ConfigValue withText(String text) {
        return new ConfigValue(text, file, line, key);
    }
}
