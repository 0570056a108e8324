package dev.tidings.dialect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A Hugo site's {@code params}, as its configuration writes them ({@code [params]} of {@code hugo.toml},
 * {@code params:} of {@code hugo.yaml}, {@code config/_default/params.toml}), for the templates that read them. Keys
 * are lower case, as Hugo keeps them; values are plain, as the configuration reader reads them: a {@code String} (a
 * number, a date or yes/no as the text written), a {@code List} or a {@code Map}. Immutable.
 */
public record SiteParams(Map<String, Object> values) {
    public static final SiteParams NONE = new SiteParams(Map.of());

    public SiteParams {
        values = frozen(values);
    }

    /**
     * The {@code params} of each configuration file, the winning file's first, merged as Hugo merges them: key by key,
     * maps within maps too, a key in any case being one key.
     */
    public static SiteParams merged(List<Map<String, Object>> tables) {
        var merged = new LinkedHashMap<String, Object>();
        tables.forEach(table -> merge(merged, table));
        return new SiteParams(merged);
    }

    /**
     * The value at {@code key}, in any case: the key as one name first ({@code social.mastodon} as written), else a
     * dotted path through maps ({@code social.mastodon}: {@code mastodon} in the map {@code social}).
     */
    public Optional<Object> find(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        if (values.containsKey(lower)) {
            return Optional.of(values.get(lower));
        }
        Object value = values;
        for (String part : lower.split("\\.", -1)) {
            if (!(value instanceof Map<?, ?> map) || !map.containsKey(part)) {
                return Optional.empty();
            }
            value = map.get(part);
        }
        return Optional.of(value);
    }

    private static void merge(Map<String, Object> into, Map<?, ?> from) {
        from.forEach((key, value) -> {
            String name = String.valueOf(key).toLowerCase(Locale.ROOT);
            Object there = into.get(name);
            if (there == null) {
                into.put(name, value instanceof Map<?, ?> map ? lowered(map) : value);
            } else if (there instanceof Map<?, ?> && value instanceof Map<?, ?> more) {
                @SuppressWarnings("unchecked")
                var nested = (Map<String, Object>) there;
                merge(nested, more);
            }
        });
    }

    private static Map<String, Object> lowered(Map<?, ?> map) {
        var copy = new LinkedHashMap<String, Object>();
        merge(copy, map);
        return copy;
    }

    /** A deep copy that cannot change, keys lower case; anything but text, lists and maps is read as text. */
    private static Map<String, Object> frozen(Map<?, ?> map) {
        var copy = new LinkedHashMap<String, Object>();
        map.forEach((key, value) -> copy.putIfAbsent(String.valueOf(key).toLowerCase(Locale.ROOT), frozenValue(value)));
        return Collections.unmodifiableMap(copy);
    }

    private static Object frozenValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            return frozen(map);
        }
        if (value instanceof List<?> list) {
            var copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(frozenValue(item)));
            return Collections.unmodifiableList(copy);
        }
        return String.valueOf(value);
    }
}
