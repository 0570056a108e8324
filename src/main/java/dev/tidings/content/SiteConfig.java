package dev.tidings.content;

import dev.tidings.dialect.SiteParams;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a Hugo, Jekyll or Hexo site's own configuration says that Tidings can use: values for Tidings' settings, each
 * with where it was written; the folder that holds the posts; the permalink and summary rules. Read once, at start-up.
 * Immutable.
 *
 * @param root        the site's root folder
 * @param posts       where its posts are: Hugo's content folder ({@code contentDir}), Jekyll's root (the loader reads
 *                    the {@code _posts} folders in it), Hexo's {@code source/_posts} ({@code source_dir})
 * @param files       the configuration files read, relative to the root, the one that wins first
 * @param settings    by Tidings setting key ({@code title}, {@code base_url}, {@code copyright}…), each a text value
 *                    not yet checked: {@code dev.tidings.Config} reads it as it reads tidings.yml
 * @param conventions permalink and summary rules, as written, and how the site's pipeline finds formulas
 */
public record SiteConfig(Generator generator, Path root, Path posts, List<String> files,
                         Map<String, ConfigValue> settings, Conventions conventions) {
    public SiteConfig {
        files = List.copyOf(files);
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));  // in the order read
    }

    /**
     * The configuration of the site whose root {@code folder} is, or inside whose posts it is; empty when it is in no
     * site Tidings recognises. A configuration file that cannot be read is an error naming its line.
     */
    public static Optional<SiteConfig> find(Path folder) {
        return SiteLayout.find(folder).map(SiteConfig::of);
    }

    private static SiteConfig of(SiteLayout layout) {
        ConfigSources config = layout.config();
        var settings = new LinkedHashMap<String, ConfigValue>();
        Conventions conventions = switch (layout.generator()) {
            case HUGO -> {
                put(settings, "base_url", config.value("baseURL"));
                put(settings, "title", config.value("title"));
                put(settings, "subtitle", config.value("params.description", "params.subtitle"));
                author(settings, config.value("params.author", "author"), Optional.empty());
                put(settings, "language", config.value("languageCode", "defaultContentLanguage"));
                put(settings, "time_zone", config.value("timeZone"));
                put(settings, "copyright", config.value("copyright"));
                put(settings, "logo", config.value("params.logo"));
                Map<String, String> permalinks = hugoPermalinks(config.value("permalinks"));
                // Which folders are sections matters only to a rule for a nested section or one using :sections:
                // else the content folder is not walked for them.
                boolean sections = permalinks.keySet().stream().anyMatch(key -> key.contains("/"))
                        || permalinks.values().stream().anyMatch(rule -> rule.contains(":sections"));
                SiteParams params = SiteParams.merged(config.tables("params"));  // for the param shortcode
                yield new Conventions(Generator.HUGO, permalinks,
                        config.value("summaryLength").flatMap(ConfigValue::text).flatMap(SiteConfig::count).orElse(0),
                        "").with(new Conventions.Naming(config.flag("uglyURLs", false),
                        sections ? HugoSections.nested(layout.posts()) : java.util.Set.of(),
                        Conventions.Naming.DEFAULT.newPostName(), Conventions.Naming.DEFAULT.defaultCategory(), "",
                        otherLanguages(config, "defaultContentLanguage", 2))).with(params)
                        .withFuture(config.flag("buildFuture", false));
            }
            case JEKYLL -> {
                put(settings, "base_url", config.value("url").flatMap(url -> joined(url,
                        config.value("baseurl").flatMap(ConfigValue::text).orElse(""))));
                put(settings, "title", config.value("title"));
                put(settings, "subtitle", config.value("description"));
                author(settings, config.value("author"), Optional.empty());
                put(settings, "language", config.value("lang", "locale"));
                put(settings, "time_zone", config.value("timezone"));
                put(settings, "copyright", config.value("copyright", "license"));
                put(settings, "logo", config.value("logo"));
                yield new Conventions(Generator.JEKYLL, rule(JekyllPermalinks.forPosts(config.value("permalink"),
                        config.value("defaults"))), 0,
                        config.value("excerpt_separator").flatMap(ConfigValue::text).orElse(""))
                        .withFuture(config.flag("future", false));
            }
            case HEXO -> {
                put(settings, "base_url", config.value("url").flatMap(url -> hexoBase(url,
                        config.value("root").flatMap(ConfigValue::text).orElse("/"))));
                put(settings, "title", config.value("title"));
                put(settings, "subtitle", config.value("subtitle", "description"));
                author(settings, config.value("author"), config.value("email").flatMap(ConfigValue::text));
                put(settings, "language", config.value("language").filter(lang -> !lang.text().orElse("")
                        .equals("default")));  // Hexo's own name for "no translation"
                put(settings, "time_zone", config.value("timezone"));
                put(settings, "copyright", config.value("copyright", "license"));
                put(settings, "icon", config.value("feed.icon"));  // hexo-generator-feed's
                yield new Conventions(Generator.HEXO, rule(config.value("permalink")), 0, "").with(
                        new Conventions.Naming(false, java.util.Set.of(), config.value("new_post_name")
                                .flatMap(ConfigValue::text).orElse(Conventions.Naming.DEFAULT.newPostName()),
                                config.value("default_category").flatMap(ConfigValue::text)
                                        .orElse(Conventions.Naming.DEFAULT.defaultCategory())))
                        .withFuture(config.flag("future", true));  // Hexo's default
            }
            case ZOLA -> {
                put(settings, "base_url", config.value("base_url"));
                put(settings, "title", config.value("title"));
                put(settings, "subtitle", config.value("description"));
                put(settings, "language", config.value("default_language"));
                put(settings, "author", config.value("author", "extra.author"));
                var rules = new LinkedHashMap<String, String>();
                for (String key : List.of("slugify.paths", "slugify.paths_keep_dates")) {
                    config.value(key).flatMap(ConfigValue::text).ifPresent(rule -> rules.put(key, rule));
                }
                yield new Conventions(Generator.ZOLA, rules, 0, "").with(new Conventions.Naming(false,
                        java.util.Set.of(), Conventions.Naming.DEFAULT.newPostName(),
                        Conventions.Naming.DEFAULT.defaultCategory(), "",
                        otherLanguages(config, "default_language", 1), ZolaSections.drafted(layout.posts())));
            }
            case NONE -> throw new IllegalStateException("a site layout always has a generator");
        };
        settings.computeIfPresent("language", (key, language) ->  // Jekyll's locale is written en_US
                language.withText(language.text().orElseThrow().replace('_', '-')));
        return new SiteConfig(layout.generator(), layout.root(), layout.posts(), config.files(), settings,
                conventions.with(SiteMath.of(layout.generator(), layout.root(), config)).with(switch (layout.generator()) {
                    case HUGO -> MarkdownExtras.hugo(config);
                    case HEXO -> MarkdownExtras.hexo(config);
                    default -> MarkdownExtras.NONE;
                }));
    }

    /**
     * A multilingual site's languages other than its default ({@code defaultKey}, which is {@code en} unset): the keys
     * of its {@code languages} table when that has at least {@code minimum} (Hugo lists the default language there
     * too, Zola only the others).
     */
    private static java.util.Set<String> otherLanguages(ConfigSources config, String defaultKey, int minimum) {
        String main = config.value(defaultKey).flatMap(ConfigValue::text).orElse("en")
                .toLowerCase(java.util.Locale.ROOT);
        return config.value("languages").map(ConfigValue::value)
                .filter(languages -> languages instanceof Map<?, ?> map && map.size() >= minimum)
                .map(languages -> ((Map<?, ?>) languages).keySet().stream().map(String::valueOf)
                        .map(name -> name.toLowerCase(java.util.Locale.ROOT)).filter(name -> !name.equals(main))
                        .collect(java.util.stream.Collectors.toSet()))
                .orElse(java.util.Set.of());
    }

    /** A yes/no value as YAML or TOML writes it: {@code true}, {@code false}; absent or anything else is false. */
    private static void put(Map<String, ConfigValue> settings, String key, Optional<ConfigValue> value) {
        value.flatMap(found -> found.text().map(found::withText)).ifPresent(found -> settings.put(key, found));
    }

    /** A name, or a map with {@code name} and {@code email}: as Tidings' author setting writes it, {@code Name <email>}. */
    private static void author(Map<String, ConfigValue> settings, Optional<ConfigValue> value, Optional<String> email) {
        value.ifPresent(author -> author.text().or(() -> author.field("name")).ifPresent(name -> {
            Optional<String> address = author.field("email").or(() -> email);
            settings.put("author", author.withText(address.map(a -> name + " <" + a + ">").orElse(name)));
        }));
    }

    /** Jekyll's {@code url} and {@code baseurl}, which its {@code absolute_url} joins. */
    private static Optional<ConfigValue> joined(ConfigValue url, String baseurl) {
        return url.text().map(text -> url.withText(trimSlashes(text) + (baseurl.isEmpty() || baseurl.equals("/") ? ""
                : "/" + baseurl.replaceAll("^/+", ""))));
    }

    /** Hexo's {@code url} already holds the sub-folder its {@code root} names (the docs' advice); add it if not. */
    private static Optional<ConfigValue> hexoBase(ConfigValue url, String root) {
        return url.text().map(text -> {
            String path = URI.create(trimSlashes(text).replace(" ", "%20")).getPath();
            String sub = trimSlashes(root);
            return url.withText(sub.isEmpty() || sub.equals("/") || trimSlashes(path).endsWith(sub.replaceAll("^/+", ""))
                    ? text : trimSlashes(text) + "/" + sub.replaceAll("^/+", ""));
        });
    }

    private static String trimSlashes(String text) {
        return text.replaceAll("/+$", "");
    }

    /** Hugo's {@code permalinks}: a rule per section, or (newer) per kind; pages' rules are the ones posts follow. */
    private static Map<String, String> hugoPermalinks(Optional<ConfigValue> value) {
        var rules = new LinkedHashMap<String, String>();
        if (value.isPresent() && value.get().value() instanceof Map<?, ?> map) {
            map.forEach((section, rule) -> {
                if (rule instanceof String text) {
                    rules.put((String) section, text);
                }
            });
            map.forEach((kind, byKind) -> {
                if ("page".equalsIgnoreCase((String) kind) && byKind instanceof Map<?, ?> pages) {
                    pages.forEach((section, rule) -> rules.put((String) section, String.valueOf(rule)));
                }
            });
        }
        return rules;
    }

    private static Map<String, String> rule(Optional<ConfigValue> value) {
        return value.flatMap(ConfigValue::text).map(text -> Map.of("", text)).orElse(Map.of());
    }

    private static Optional<Integer> count(String text) {
        return text.matches("\\d{1,6}") ? Optional.of(Integer.parseInt(text)) : Optional.empty();
    }
}
