package dev.tidings.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.content.MathDelimiters.Pair;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which pipeline a site's formulas go through, as its configuration, package.json and theme say. */
final class SiteMathTest {
    private static final Pair DOLLAR = new Pair("$", "$", false);
    private static final Pair PARENS = new Pair("\\(", "\\)", false);
    private static final Pair DOLLARS = new Pair("$$", "$$", true);
    private static final Pair BRACKETS = new Pair("\\[", "\\]", true);

    @TempDir
    Path site;

    private void write(String path, String text) throws IOException {
        Files.createDirectories(site.resolve(path).getParent());
        Files.writeString(site.resolve(path), text);
    }

    private MathSyntax math() {
        return SiteConfig.find(site).orElseThrow().conventions().math();
    }

    @Test
    void hugoWithoutPassthroughGuessesTheThemeItCannotSee() throws IOException {
        write("hugo.toml", "baseURL = 'https://a.example/'\ntheme = 'gone'\n");
        write("content/posts/a.md", "---\ntitle: A\n---\n");
        assertThat(math()).isEqualTo(new MathSyntax(MathSyntax.Name.HUGO, MathDelimiters.GUESSED, List.of(), true));
    }

    @Test
    void hugoWithPassthroughAndItsThemesPartial() throws IOException {
        write("hugo.toml", """
                baseURL = 'https://a.example/'
                theme = ['paper']
                [markup.goldmark.extensions.passthrough]
                enable = true
                [markup.goldmark.extensions.passthrough.delimiters]
                block = [['\\[', '\\]'], ['$$', '$$']]
                inline = [['\\(', '\\)']]
                [markup.goldmark.extensions.typographer]
                disable = true
                """);
        write("content/posts/a.md", "---\ntitle: A\n---\n");
        assertThat(math()).isEqualTo(new MathSyntax(MathSyntax.Name.HUGO_PASSTHROUGH,
                MathDelimiters.MATHJAX.with(List.of(BRACKETS, DOLLARS, PARENS)), List.of(BRACKETS, DOLLARS, PARENS),
                false));
        write("themes/paper/layouts/partials/math.html",
                "<script>MathJax = {tex: {inlineMath: [['$', '$']]}};</script>");
        assertThat(math().page()).isEqualTo(MathDelimiters.mathJax(List.of(DOLLAR), List.of(DOLLARS, BRACKETS)));
        write("layouts/partials/math.html", "<script>MathJax = {tex: {inlineMath: [['\\\\(', '\\\\)']]}};</script>");
        assertThat(math().page()).as("the site's own layouts before its theme's")
                .isEqualTo(MathDelimiters.mathJax(List.of(PARENS), List.of(DOLLARS, BRACKETS)));
    }

    @Test
    void jekyllIsKramdownUnlessItNamesAnotherEngine() throws IOException {
        write("_config.yml", "title: A\n");
        write("_posts/2024-01-01-a.md", "---\ntitle: A\n---\n");
        write("_includes/head.html", "<script>MathJax = {tex: {inlineMath: [['$', '$']]}};</script>");
        assertThat(math()).isEqualTo(new MathSyntax(MathSyntax.Name.KRAMDOWN,
                MathDelimiters.mathJax(List.of(DOLLAR), List.of(DOLLARS, BRACKETS)), List.of(), true));
        write("_config.yml", "title: A\nmarkdown: CommonMarkGhPages\n");
        assertThat(math().name()).isEqualTo(MathSyntax.Name.COMMONMARK);
    }

    @Test
    void hexosRendererIsTheOnePackageJsonDependsOn() throws IOException {
        write("_config.yml", "title: A\ntheme: next\nmarked:\n  smartypants: false\n");
        write("source/_posts/a.md", "---\ntitle: A\n---\n");
        assertThat(math()).isEqualTo(new MathSyntax(MathSyntax.Name.MARKED, MathDelimiters.GUESSED, List.of(), false));
        for (var renderer : List.of(List.of("hexo-renderer-marked", "MARKED"),
                List.of("hexo-renderer-pandoc", "PANDOC"),
                List.of("hexo-renderer-kramed", "KRAMDOWN"), List.of("hexo-renderer-markdown-it", "COMMONMARK"),
                List.of("hexo-renderer-markdown-it\": \"*\", \"@iktakahiro/markdown-it-katex", "MARKDOWN_IT"),
                List.of("hexo-renderer-markdown-it-plus", "MARKDOWN_IT"))) {
            write("package.json", "{\"dependencies\": {\"hexo\": \"^7.0.0\", \"" + renderer.get(0) + "\": \"*\"}}");
            assertThat(math().name()).as(renderer.get(0)).isEqualTo(MathSyntax.Name.valueOf(renderer.get(1)));
        }
        write("node_modules/hexo-theme-next/source/js/third-party/math/mathjax.js",
                "window.MathJax = {tex: {inlineMath: {'[+]': [['$', '$']]}}};");
        assertThat(math().page())
                .isEqualTo(MathDelimiters.mathJax(List.of(PARENS, DOLLAR), List.of(DOLLARS, BRACKETS)));
    }

    @Test
    void aPlainCollectionIsTidingsOwn() {
        assertThat(SiteConfig.find(site)).isEmpty();
        assertThat(Conventions.none().math()).isEqualTo(MathSyntax.tidings());
    }
}
