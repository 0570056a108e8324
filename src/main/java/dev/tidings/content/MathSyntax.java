package dev.tidings.content;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a site's pipeline finds its formulas, so that each formula's TeX is what the blog's own MathJax or KaTeX
 * received: either before Markdown, which then never touches them (Tidings' own format, Pandoc), or in the page
 * Markdown rendered, with the delimiters the theme's script uses ({@link MathDelimiters}) — all of them (Hugo's
 * goldmark without its passthrough extension, marked, CommonMark), or those the Markdown engine did not touch first
 * (Hugo's passthrough delimiters, kramdown's {@code $$}). Immutable.
 *
 * @param name        the pipeline, as the {@code math_syntax} setting names it
 * @param page        the delimiters the page's script finds formulas by, where it finds them after Markdown
 * @param passthrough Hugo's passthrough delimiters, display (block) ones first, for {@link Name#HUGO_PASSTHROUGH}
 * @param typographer whether the Markdown engine turns {@code '}, {@code --} and {@code ...} into typographic
 *                    characters in text, formulas it leaves for the page's script included (goldmark's typographer,
 *                    marked's smartypants, kramdown's smart quotes and symbols)
 */
public record MathSyntax(Name name, MathDelimiters page, List<MathDelimiters.Pair> passthrough, boolean typographer) {

    /** The pipelines, by the name the {@code math_syntax} setting gives them. */
    public enum Name {
        TIDINGS("tidings"), PANDOC("pandoc"), MARKDOWN_IT("markdown-it"), HUGO("hugo"),
        HUGO_PASSTHROUGH("hugo-passthrough"), KRAMDOWN("kramdown"), MARKED("marked"), COMMONMARK("commonmark");

        private final String key;

        Name(String key) {
            this.key = key;
        }

        /** As the setting writes it: {@code hugo-passthrough}. */
        public String key() {
            return key;
        }

        public static Optional<Name> parse(String text) {
            String key = text.strip().toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(name -> name.key.equals(key)).findFirst();
        }

        /** Every name, as the setting's help lists them. */
        public static String keys() {
            return String.join(", ", Arrays.stream(values()).map(Name::key).toList());
        }
    }

    /** Hugo's documented passthrough delimiters: {@code \[…\]} and {@code $$…$$} blocks, {@code \(…\)} inline. */
    static final List<MathDelimiters.Pair> HUGO_DOCS_PASSTHROUGH = List.of(new MathDelimiters.Pair("\\[", "\\]", true),
            new MathDelimiters.Pair("$$", "$$", true), new MathDelimiters.Pair("\\(", "\\)", false));

    public MathSyntax {
        passthrough = List.copyOf(passthrough);
    }

    /** Tidings' own: formulas found before Markdown. */
    public static MathSyntax tidings() {
        return new MathSyntax(Name.TIDINGS, MathDelimiters.GUESSED, List.of(), false);
    }

    /** The pipeline a generator's sites use by default, the theme's settings unknown. */
    public static MathSyntax of(Generator generator) {
        return switch (generator) {
            case HUGO -> new MathSyntax(Name.HUGO, MathDelimiters.GUESSED, List.of(), true);
            case JEKYLL -> new MathSyntax(Name.KRAMDOWN, MathDelimiters.GUESSED, List.of(), true);
            case HEXO -> new MathSyntax(Name.MARKED, MathDelimiters.GUESSED, List.of(), true);
            case NONE, ZOLA -> tidings();
        };
    }

    /** This site's formulas found by the pipeline {@code other} instead (the {@code math_syntax} setting). */
    public MathSyntax named(Name other) {
        return new MathSyntax(other, page, other == Name.HUGO_PASSTHROUGH && passthrough.isEmpty()
                ? HUGO_DOCS_PASSTHROUGH : passthrough, typographer);
    }

    /** Whether formulas are found in the rendered page (all, or those Markdown left alone) rather than before it. */
    boolean findsInPage() {
        return name != Name.TIDINGS && name != Name.PANDOC && name != Name.MARKDOWN_IT;
    }

    /** The typographic substitutions the Markdown engine makes in text the page's script then reads. */
    Typography typography() {
        if (!typographer) {
            return Typography.NONE;
        }
        return switch (name) {
            case HUGO, HUGO_PASSTHROUGH -> Typography.GOLDMARK;
            case MARKED -> Typography.SMARTYPANTS;
            case KRAMDOWN -> Typography.KRAMDOWN;
            case TIDINGS, PANDOC, MARKDOWN_IT, COMMONMARK -> Typography.NONE;
        };
    }
}
