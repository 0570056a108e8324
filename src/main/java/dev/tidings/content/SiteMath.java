package dev.tidings.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which {@link MathSyntax} a site's pipeline is, from its configuration and files: Hugo's goldmark {@code passthrough}
 * extension and {@code typographer}; Jekyll's {@code markdown} engine (kramdown unless another is named); Hexo's
 * Markdown renderer among {@code package.json}'s dependencies and marked's {@code smartypants}; and the delimiters
 * its theme's MathJax or KaTeX uses ({@link ThemeScripts}), read from the site's own templates before its theme's.
 */
final class SiteMath {
    private static final Set<String> MARKDOWN_IT_MATH = Set.of("markdown-it-katex", "@iktakahiro/markdown-it-katex",
            "markdown-it-mathjax3", "markdown-it-texmath", "@traptitech/markdown-it-katex", "markdown-it-math",
            "@neilsustc/markdown-it-katex", "markdown-it-latex", "@renbaoshuo/markdown-it-katex");

    private SiteMath() {}

    static MathSyntax of(Generator generator, Path root, ConfigSources config) {
        return switch (generator) {
            case HUGO -> hugo(root, config);
            case JEKYLL -> new MathSyntax(config.value("markdown").flatMap(ConfigValue::text)
                    .filter(engine -> !engine.equalsIgnoreCase("kramdown")).isPresent()
                    ? MathSyntax.Name.COMMONMARK : MathSyntax.Name.KRAMDOWN, theme(List.of(root.resolve("_includes"),
                    root.resolve("_layouts"), root.resolve("assets"))).orElse(MathDelimiters.GUESSED), List.of(), true);
            case HEXO -> hexo(root, config);
            case NONE, ZOLA -> MathSyntax.tidings();
        };
    }

    private static MathSyntax hugo(Path root, ConfigSources config) {
        String extensions = "markup.goldmark.extensions.";
        boolean passthrough = config.flag(extensions + "passthrough.enable", false);
        List<MathDelimiters.Pair> pairs = new ArrayList<>();
        if (passthrough) {
            pairs.addAll(pairs(config.value(extensions + "passthrough.delimiters.block"), true));
            pairs.addAll(pairs(config.value(extensions + "passthrough.delimiters.inline"), false));
        }
        // typographer = false (older Hugo) or typographer.disable = true (newer)
        Optional<ConfigValue> typographer = config.value(extensions + "typographer");
        boolean typography = typographer.map(ConfigValue::value).filter(Map.class::isInstance).isPresent()
                ? !config.flag(extensions + "typographer.disable", false) : config.flag(extensions + "typographer", true);
        var folders = new ArrayList<>(List.of(root.resolve("layouts"), root.resolve("assets")));
        config.value("theme").map(ConfigValue::value).ifPresent(theme -> (theme instanceof List<?> list ? list
                : List.of(theme)).forEach(name -> {
                    folders.add(root.resolve("themes").resolve(String.valueOf(name)).resolve("layouts"));
                    folders.add(root.resolve("themes").resolve(String.valueOf(name)).resolve("assets"));
                }));
        MathDelimiters page = theme(folders).orElse(passthrough
                ? MathDelimiters.MATHJAX.with(pairs) : MathDelimiters.GUESSED);
        return new MathSyntax(passthrough ? MathSyntax.Name.HUGO_PASSTHROUGH : MathSyntax.Name.HUGO, page, pairs,
                typography);
    }

    private static MathSyntax hexo(Path root, ConfigSources config) {
        Set<String> dependencies = dependencies(root.resolve("package.json"));
        MathSyntax.Name name;
        if (dependencies.contains("hexo-renderer-pandoc")) {
            name = MathSyntax.Name.PANDOC;
        } else if (dependencies.contains("hexo-renderer-markdown-it-plus") || dependencies.contains(
                "hexo-renderer-markdown-it") && dependencies.stream().anyMatch(MARKDOWN_IT_MATH::contains)) {
            name = MathSyntax.Name.MARKDOWN_IT;  // its math plugins find $…$ and $$…$$ first, by Pandoc's rule
        } else if (dependencies.contains("hexo-renderer-markdown-it")) {
            name = MathSyntax.Name.COMMONMARK;
        } else if (dependencies.contains("hexo-renderer-kramed")) {
            name = MathSyntax.Name.KRAMDOWN;  // kramed's $$…$$ is kramdown's
        } else {
            name = MathSyntax.Name.MARKED;  // Hexo's default renderer
        }
        var folders = new ArrayList<>(List.of(root.resolve("scripts"), root.resolve("source/js")));
        config.value("theme").flatMap(ConfigValue::text).ifPresent(theme -> {
            folders.add(root.resolve("themes").resolve(theme));
            folders.add(root.resolve("node_modules").resolve("hexo-theme-" + theme));
        });
        return new MathSyntax(name, theme(folders).orElse(MathDelimiters.GUESSED), List.of(),
                config.flag("marked.smartypants", true));
    }

    private static Optional<MathDelimiters> theme(List<Path> folders) {
        return ThemeScripts.read(folders);
    }

    /** A TOML or YAML list of {@code [open, close]} pairs. */
    private static List<MathDelimiters.Pair> pairs(Optional<ConfigValue> value, boolean display) {
        var pairs = new ArrayList<MathDelimiters.Pair>();
        if (value.isPresent() && value.get().value() instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof List<?> pair && pair.size() == 2 && pair.get(0) instanceof String open
                        && pair.get(1) instanceof String close && !open.isEmpty() && !close.isEmpty()) {
                    pairs.add(new MathDelimiters.Pair(open, close, display));
                }
            }
        }
        return pairs;
    }

    /** The names of {@code package.json}'s dependencies and devDependencies; none if it cannot be read. */
    private static Set<String> dependencies(Path packageJson) {
        try {
            Fields fields = Fields.siteYamlFile("package.json", new String(Files.readAllBytes(packageJson),
                    StandardCharsets.UTF_8));
            var names = new java.util.HashSet<String>();
            for (String key : List.of("dependencies", "devDependencies")) {
                fields.value(key).filter(Map.class::isInstance).ifPresent(map -> ((Map<?, ?>) map).keySet()
                        .forEach(name -> names.add(String.valueOf(name))));
            }
            return names;
        } catch (IOException | ContentException e) {
            return Set.of();  // no package.json, or one Tidings cannot read: Hexo's default renderer
        }
    }
}
