package dev.tidings.content;

import dev.tidings.math.TexConfig;
import dev.tidings.math.TexMacros;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a site's templates configure MathJax or KaTeX with, where Tidings can read it: the {@code macros} and
 * {@code tags} (MathJax 2: {@code Macros}, {@code autoNumber}) written as plain literals in its templates and scripts
 * (Hugo's {@code layouts}, Jekyll's {@code _includes} and {@code _layouts}, Hexo's and Zola's themes, their
 * {@code static} or {@code assets} scripts). A value a template fills in ({@code {{ .Site.Params.macros }}}) is not
 * read: {@code math_macros} and {@code math_tags} say it instead. Read once, at start-up. Immutable.
 *
 * @param macrosFrom the files the macros came from, relative to the site's root; empty for none
 * @param tagsFrom   the file {@code tags} came from; empty for none
 */
public record ThemeMath(TexMacros macros, String tagsValue, String macrosFrom, String tagsFrom) {
    public static final ThemeMath NONE = new ThemeMath(TexMacros.NONE, "", "", "");
    private static final int MAX_FILES = 5_000;
    /** Configuration snippets are small; the MathJax and KaTeX libraries themselves (with their own defaults) are not. */
    private static final long MAX_BYTES = 64 << 10;
    private static final Pattern TEMPLATE = Pattern.compile(
            ".*\\.(html?|js|mjs|ejs|njk|swig|pug|jade|liquid|tpl|hbs|tera)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIBRARY = Pattern.compile("(?i)(.*\\.min\\.js|.*/(mathjax|katex|es5|node_modules)/.*)");

    /** The theme's numbering, if its configuration sets it. */
    public Optional<TexConfig.Tags> tags() {
        return TexConfig.Tags.parse(tagsValue);
    }

    /** What the site's templates say, looked for where its generator keeps them. */
    public static ThemeMath find(SiteConfig site) {
        TexMacros macros = TexMacros.NONE;
        var macroFiles = new ArrayList<String>();
        String tags = "";
        String tagsFrom = "";
        for (Path file : templates(site.root(), folders(site.generator()))) {
            String text = read(file);
            String lower = text.toLowerCase(Locale.ROOT);
            if (!lower.contains("mathjax") && !lower.contains("katex")) {
                continue;
            }
            String name = site.root().relativize(file).toString().replace('\\', '/');
            TexMacros found = TexMacros.inScript(text);
            if (!found.names().isEmpty()) {
                macros = macros.with(found);
                macroFiles.add(name);
            }
            var tagged = TexConfig.Tags.inScript(text);
            if (tags.isEmpty() && tagged.isPresent()) {
                tags = tagged.get().setting();
                tagsFrom = name;
            }
        }
        return new ThemeMath(macros, tags, String.join(", ", macroFiles), tagsFrom);
    }

    /** Where each generator's sites keep templates and scripts, relative to the root ({@code *} for any theme). */
    private static List<String> folders(Generator generator) {
        return switch (generator) {
            case HUGO -> List.of("layouts", "static", "assets", "themes/*/layouts", "themes/*/static", "themes/*/assets");
            case JEKYLL -> List.of("_includes", "_layouts", "assets");
            case HEXO -> List.of("themes/*/layout", "themes/*/source/js", "node_modules/*/layout", "source/js", "scripts");
            case ZOLA -> List.of("templates", "static", "themes/*/templates", "themes/*/static");
            case NONE -> List.of();
        };
    }

    /** The template and script files under {@code folders}, in a fixed order, at most {@link #MAX_FILES}. */
    private static List<Path> templates(Path root, List<String> folders) {
        var files = new ArrayList<Path>();
        for (String folder : folders) {
            for (Path base : expand(root, folder)) {
                try (Stream<Path> walk = Files.walk(base, 8)) {
                    walk.filter(Files::isRegularFile)
                            .filter(file -> TEMPLATE.matcher(file.getFileName().toString()).matches())
                            .filter(file -> !LIBRARY.matcher("/" + base.relativize(file).toString().replace('\\', '/'))
                                    .matches())
                            .filter(file -> size(file) <= MAX_BYTES)
                            .sorted().limit(MAX_FILES - files.size()).forEach(files::add);
                } catch (IOException | UncheckedIOException e) {
                    // a folder that cannot be walked holds nothing we can read
                }
            }
        }
        return files;
    }

    /** {@code themes/*}{@code /layouts}: the folder in each theme; other folders as they are, if they exist. */
    private static List<Path> expand(Path root, String folder) {
        if (!folder.contains("*")) {
            return Files.isDirectory(root.resolve(folder)) ? List.of(root.resolve(folder)) : List.of();
        }
        Path parent = root.resolve(folder.substring(0, folder.indexOf("/*")));
        String rest = folder.substring(folder.indexOf("/*") + 3);
        if (!Files.isDirectory(parent)) {
            return List.of();
        }
        try (Stream<Path> themes = Files.list(parent)) {
            return themes.map(theme -> theme.resolve(rest)).filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
