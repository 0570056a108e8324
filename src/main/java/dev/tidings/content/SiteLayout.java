package dev.tidings.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a folder sits in a Hugo, Jekyll or Hexo site: the generator, the site's root and its configuration files. A
 * folder is in a site when it is the site's root, or inside the part of it that holds posts (Hugo's content folder,
 * Jekyll's root, Hexo's source folder) of a site a few folders up.
 */
record SiteLayout(Generator generator, Path root, ConfigSources config) {
    /** How far up from the folder a site's root is looked for: {@code source/_posts/2024/notes} is four. */
    private static final int MAX_UP = 4;
    private static final List<String> FORMATS = List.of("toml", "yaml", "yml", "json");
    private static final List<String> HEXO_KEYS = List.of("new_post_name", "source_dir", "public_dir", "post_asset_folder");

    /** The site {@code folder} is in, if any; reads its configuration (a file that is not valid is an error). */
    static Optional<SiteLayout> find(Path folder) {
        Path start = folder.toAbsolutePath().normalize();
        Path candidate = start;
        for (int up = 0; up <= MAX_UP && candidate != null; up++, candidate = candidate.getParent()) {
            Optional<SiteLayout> site = at(candidate);
            if (site.isPresent()) {
                return site.filter(found -> start.equals(found.root()) || start.startsWith(found.postsArea()));
            }
        }
        return Optional.empty();
    }

    /** Where the site's posts are: Hugo's content folder, Jekyll's root (its _posts folders), Hexo's source/_posts. */
    Path posts() {
        return generator == Generator.HEXO ? postsArea().resolve("_posts") : postsArea();
    }

    private Path postsArea() {
        return switch (generator) {
            case HUGO -> root.resolve(config.value("contentDir").flatMap(ConfigValue::text).orElse("content"));
            case ZOLA -> root.resolve("content");
            case HEXO -> root.resolve(config.value("source_dir").flatMap(ConfigValue::text).orElse("source"));
            default -> root;
        };
    }

    private static Optional<SiteLayout> at(Path dir) {
        if (Files.isRegularFile(dir.resolve("config.toml")) && Files.isDirectory(dir.resolve("templates"))) {
            var config = ConfigSources.read(dir, List.of("config.toml"), List.of(""), false);
            if (config.value("base_url").isPresent()) {  // Zola's key; Hugo's is baseURL, and its folder layouts/
                return Optional.of(new SiteLayout(Generator.ZOLA, dir, config));
            }
        }
        Optional<String> hugo = first(dir, "hugo");
        Path defaults = dir.resolve("config/_default");
        if (hugo.isPresent() || Files.isDirectory(defaults)) {
            return Optional.of(hugo(dir, hugo));
        }
        if (Files.isRegularFile(dir.resolve("_config.yml"))) {
            var config = ConfigSources.read(dir, List.of("_config.yml"), List.of(""), false);
            boolean hexo = Files.isDirectory(dir.resolve("source/_posts")) || dependsOnHexo(dir)
                    || HEXO_KEYS.stream().anyMatch(key -> config.value(key).isPresent());
            return Optional.of(new SiteLayout(hexo ? Generator.HEXO : Generator.JEKYLL, dir, config));
        }
        Optional<String> config = first(dir, "config");
        if (config.isPresent() && Stream.of("content", "archetypes", "layouts", "themes")
                .anyMatch(name -> Files.isDirectory(dir.resolve(name)))) {  // config.yaml alone says little
            return Optional.of(hugo(dir, config));
        }
        return Optional.empty();
    }

    /**
     * Hugo merges the root's file with {@code config/_default/}: its hugo (or config) file, then one file per key
     * ({@code params.toml} holds {@code params}), each on top of the one before, so a key the folder sets wins over
     * the root's (as hugo 0.111.3 builds it, and Hugo's config loader does since).
     */
    private static SiteLayout hugo(Path dir, Optional<String> rootFile) {
        var files = new ArrayList<String>();  // highest precedence first
        var prefixes = new ArrayList<String>();
        Path defaults = dir.resolve("config/_default");
        if (Files.isDirectory(defaults)) {
            try (Stream<Path> listed = Files.list(defaults)) {
                listed.map(path -> path.getFileName().toString()).filter(name -> FORMATS.contains(extension(name)))
                        .filter(name -> !name.startsWith("hugo.") && !name.startsWith("config.")).sorted()
                        .forEach(name -> {
                            files.add("config/_default/" + name);
                            prefixes.add(name.substring(0, name.lastIndexOf('.')));
                        });
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list " + defaults, e);
            }
        }
        first(defaults, "hugo").or(() -> first(defaults, "config")).ifPresent(file -> {
            files.add("config/_default/" + file);
            prefixes.add("");
        });
        rootFile.or(() -> first(dir, "config")).ifPresent(file -> {
            files.add(file);
            prefixes.add("");
        });
        return new SiteLayout(Generator.HUGO, dir, ConfigSources.read(dir, files, prefixes, true));
    }

    /** The first of {@code name.toml}, {@code .yaml}, {@code .yml}, {@code .json} in {@code dir}, Hugo's order. */
    private static Optional<String> first(Path dir, String name) {
        return FORMATS.stream().map(format -> name + "." + format)
                .filter(file -> Files.isRegularFile(dir.resolve(file))).findFirst();
    }

    private static String extension(String name) {
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean dependsOnHexo(Path dir) {
        Path manifest = dir.resolve("package.json");
        try {
            return Files.isRegularFile(manifest) && Files.size(manifest) < 1 << 20
                    && Files.readString(manifest).contains("\"hexo\"");
        } catch (IOException e) {
            return false;  // an unreadable manifest says nothing about the generator
        }
    }
}
