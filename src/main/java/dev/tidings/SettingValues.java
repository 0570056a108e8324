package dev.tidings;

import dev.tidings.content.Author;
import dev.tidings.content.ConfigValue;
import dev.tidings.content.Fields;
import dev.tidings.content.ThemeMath;
import dev.tidings.math.TexConfig;
import dev.tidings.math.TexMacros;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The layered lookup of {@link Settings}: a flag, else the environment, else tidings.yml, else the site generator's
 * own configuration, else the default; each value read by its setting's parser and reported, when bad, with where it
 * came from. A value from the generator's configuration that Tidings cannot read (Hugo's {@code baseURL = "/"}) is
 * not an error, as the site is built with it: it is set aside with a warning, and the default applies.
 */
final class SettingValues {
    private final Map<String, String> flags;
    private final Map<String, String> env;
    private final Fields yml;
    private final Map<String, ConfigValue> site;
    private final Map<String, String> fromSite = new LinkedHashMap<>();
    private final List<String> siteWarnings = new ArrayList<>();

    /**
     * @param flags values given on the command line, by setting key
     * @param site  the values a site generator's configuration gives, by setting key
     */
    SettingValues(Map<String, String> flags, Map<String, String> env, Fields yml, Map<String, ConfigValue> site) {
        this.flags = flags;
        this.env = env;
        this.yml = yml;
        this.site = site;
    }

    /** Where each setting taken from the site's configuration came from, in the order read: {@code title -> hugo.toml}. */
    Map<String, String> fromSite() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(fromSite));
    }

    /** The site's values that could not be read, each with where it was and why it was set aside. */
    List<String> siteWarnings() {
        return List.copyOf(siteWarnings);
    }

    /** A warning for each key in tidings.yml that is not a setting: {@code tidings.yml:3: unknown setting 'x' …}. */
    List<String> unknownKeys() {
        var known = Settings.ALL.stream().map(Setting::key).toList();
        return yml.names().stream().filter(name -> !known.contains(name)).map(name -> yml.path() + ":"
                + yml.lineOf(name) + ": unknown setting '" + name + "' is ignored; known settings: "
                + String.join(", ", known)).toList();
    }

    /** The value given, or else the default. */
    <T> T get(Setting<T> setting) {
        if (setting.computed()) {
            throw new IllegalStateException(setting.key() + "'s default is computed: read it with given()");
        }
        return given(setting).orElseGet(() -> setting.parse(setting.fallback(), "the default of " + setting.key()));
    }

    /** The value given, if one is: for a setting whose default is computed from other values. */
    <T> Optional<T> given(Setting<T> setting) {
        if (Settings.ALL.stream().noneMatch(declared -> declared.key().equals(setting.key()))) {
            throw new IllegalStateException("'" + setting.key() + "' is not declared in Settings.ALL");
        }
        if (flags.containsKey(setting.key())) {
            return Optional.of(setting.parse(flags.get(setting.key()), setting.flag()));
        }
        if (env.containsKey(setting.env())) {
            return Optional.of(setting.parse(env.get(setting.env()), setting.env()));
        }
        if (yml.value(setting.key()).isPresent()) {
            return yml.value(setting.key()).map(value -> setting.parse(value instanceof String s ? s
                    : String.valueOf(value), yml.path() + ":" + yml.lineOf(setting.key()) + ": '" + setting.key() + "'"));
        }
        return fromSiteConfig(setting);
    }

    private <T> Optional<T> fromSiteConfig(Setting<T> setting) {
        ConfigValue value = site.get(setting.key());
        if (value == null) {
            return Optional.empty();
        }
        try {
            T parsed = setting.parse((String) value.value(), value.origin());
            fromSite.put(setting.key(), value.file());
            return Optional.of(parsed);
        } catch (IllegalArgumentException | DateTimeException e) {
            String warning = e.getMessage() + "; Tidings leaves it aside (set " + setting.key() + " in tidings.yml)";
            if (!siteWarnings.contains(warning)) {
                siteWarnings.add(warning);
            }
            return Optional.empty();
        }
    }

    /** {@link Settings#AUTHOR}, which in tidings.yml may also be a map with name, email and uri. */
    List<Author> authors() {
        if (!flags.containsKey(Settings.AUTHOR.key()) && !env.containsKey(Settings.AUTHOR.env())
                && yml.value(Settings.AUTHOR.key()).orElse("") instanceof Map<?, ?> map) {
            if (!(map.get("name") instanceof String name) || name.isBlank()) {
                throw new IllegalArgumentException(yml.path() + ":" + yml.lineOf("author")
                        + ": 'author' must have a 'name', but has only " + map.keySet());
            }
            return List.of(new Author(name.strip(), text(map.get("email")), text(map.get("uri"))));
        }
        return get(Settings.AUTHOR);
    }

    /**
     * The site's MathJax configuration: the theme's macros, and over them {@link Settings#MATH_MACROS}' (a map in
     * tidings.yml, an object literal elsewhere); {@link Settings#MATH_TAGS}, else the theme's, else AMS numbering.
     */
    TexConfig tex(ThemeMath theme) {
        Setting<TexMacros> setting = Settings.MATH_MACROS;
        TexMacros own;
        if (!flags.containsKey(setting.key()) && !env.containsKey(setting.env())
                && yml.value(setting.key()).orElse("") instanceof Map<?, ?> map) {
            try {
                own = TexMacros.of(map);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(yml.path() + ":" + yml.lineOf(setting.key()) + ": '" + setting.key()
                        + "' must be " + setting.expected() + ", but " + e.getMessage(), e);
            }
        } else {
            own = given(setting).orElse(TexMacros.NONE);
        }
        if (!theme.macrosFrom().isEmpty()) {
            fromSite.put(setting.key(), theme.macrosFrom());
        }
        Optional<TexConfig.Tags> tags = given(Settings.MATH_TAGS);
        if (tags.isEmpty() && theme.tags().isPresent()) {
            fromSite.put(Settings.MATH_TAGS.key(), theme.tagsFrom());
        }
        return new TexConfig(theme.macros().with(own), tags.or(theme::tags).orElse(TexConfig.Tags.AMS));
    }

    private static String text(Object value) {
        return value instanceof String s ? s.strip() : "";
    }
}
