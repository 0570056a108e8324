package dev.tidings.content;

import dev.tidings.dialect.SiteParams;
import java.util.Map;

/**
 * How a site's generator publishes, as its configuration writes it: read by the stages that build addresses
 * ({@link GeneratorAddresses}) and summaries the generator's way. Immutable.
 *
 * @param generator        the generator whose rules these are ({@link Generator#NONE} for a plain collection)
 * @param permalinks       permalink rules as written: Hugo's by section ({@code posts -> /:year/:slug/}), Jekyll's and
 *                         Hexo's one rule under the key {@code ""}, Zola's {@code slugify.paths} and
 *                         {@code slugify.paths_keep_dates} by those names; no entry means the generator's default
 * @param summaryLength    Hugo's {@code summaryLength} in words, 0 when not set
 * @param excerptSeparator Jekyll's {@code excerpt_separator}, empty when not set
 * @param naming           how the generator names posts beyond the permalink rules: Hugo's {@code uglyURLs} and its
 *                         nested sections (folders below the top with an {@code _index} page), Hexo's
 *                         {@code new_post_name} and {@code default_category}, Zola's drafted sections
 * @param math             how the site's pipeline finds formulas: its Markdown engine and its theme's MathJax or KaTeX
 * @param extras           the inline syntaxes beyond CommonMark that the site's Markdown engine has turned on
 * @param params           Hugo's site params, which its {@code param} shortcode prints for a field the article lacks
 * @param future           whether the generator publishes an article dated in the future at once (Hexo's
 *                         {@code future}, true unless set false; Jekyll's {@code future}; Hugo's {@code buildFuture}),
 *                         rather than when its date comes, as Tidings does by default
 */
public record Conventions(Generator generator, Map<String, String> permalinks, int summaryLength,
                          String excerptSeparator, Naming naming, MathSyntax math, MarkdownExtras extras,
                          SiteParams params, boolean future) {
    public Conventions {
        java.util.Objects.requireNonNull(extras, "extras");
        java.util.Objects.requireNonNull(params, "params");
        java.util.Objects.requireNonNull(generator, "generator");
        java.util.Objects.requireNonNull(excerptSeparator, "excerptSeparator");
        java.util.Objects.requireNonNull(naming, "naming");
        java.util.Objects.requireNonNull(math, "math");
        permalinks = Map.copyOf(permalinks);
        if (summaryLength < 0) {
            throw new IllegalArgumentException("summaryLength must not be negative, but was " + summaryLength);
        }
    }

    /** Publishing future articles when their date comes. */
    public Conventions(Generator generator, Map<String, String> permalinks, int summaryLength, String excerptSeparator,
                       Naming naming, MathSyntax math, MarkdownExtras extras, SiteParams params) {
        this(generator, permalinks, summaryLength, excerptSeparator, naming, math, extras, params, false);
    }

    /** Without site params. */
    public Conventions(Generator generator, Map<String, String> permalinks, int summaryLength, String excerptSeparator,
                       Naming naming, MathSyntax math, MarkdownExtras extras) {
        this(generator, permalinks, summaryLength, excerptSeparator, naming, math, extras, SiteParams.NONE);
    }

    /** With the generator's default math pipeline. */
    public Conventions(Generator generator, Map<String, String> permalinks, int summaryLength, String excerptSeparator,
                       Naming naming) {
        this(generator, permalinks, summaryLength, excerptSeparator, naming, MathSyntax.of(generator),
                MarkdownExtras.NONE);
    }

    /** With no Markdown extras turned on. */
    public Conventions(Generator generator, Map<String, String> permalinks, int summaryLength, String excerptSeparator,
                       Naming naming, MathSyntax math) {
        this(generator, permalinks, summaryLength, excerptSeparator, naming, math, MarkdownExtras.NONE);
    }

    /** With the generator's default naming and math pipeline. */
    public Conventions(Generator generator, Map<String, String> permalinks, int summaryLength, String excerptSeparator) {
        this(generator, permalinks, summaryLength, excerptSeparator, Naming.DEFAULT, MathSyntax.of(generator),
                MarkdownExtras.NONE);
    }

    /** No generator: Tidings' own rules. */
    public static Conventions none() {
        return new Conventions(Generator.NONE, Map.of(), 0, "");
    }

    /** The same rules with {@code naming}. */
    Conventions with(Naming naming) {
        return new Conventions(generator, permalinks, summaryLength, excerptSeparator, naming, math, extras, params,
                future);
    }

    /** The same rules with formulas found by {@code math}. */
    public Conventions with(MathSyntax math) {
        return new Conventions(generator, permalinks, summaryLength, excerptSeparator, naming, math, extras, params,
                future);
    }

    /** The same rules with {@code extras} turned on in Markdown. */
    Conventions with(MarkdownExtras extras) {
        return new Conventions(generator, permalinks, summaryLength, excerptSeparator, naming, math, extras, params,
                future);
    }

    /** The same rules, publishing an article dated in the future at once if {@code future}. */
    Conventions withFuture(boolean future) {
        return new Conventions(generator, permalinks, summaryLength, excerptSeparator, naming, math, extras, params,
                future);
    }

    /** The same rules with {@code params} as the site's params. */
    public Conventions with(SiteParams params) {
        return new Conventions(generator, permalinks, summaryLength, excerptSeparator, naming, math, extras, params,
                future);
    }

    /**
     * The same rules for a collection folder {@code folder} below the generator's posts folder ({@code posts} for
     * {@code --content content/posts} on a Hugo site): the rules see each article's path as the generator does.
     */
    public Conventions below(String folder) {
        return with(new Naming(naming.uglyUrls(), naming.nestedSections(), naming.newPostName(),
                naming.defaultCategory(), folder, naming.otherLanguages(), naming.leftOut()));
    }

    /**
     * @param uglyUrls        Hugo's {@code uglyURLs}: {@code /post/x.html} instead of {@code /post/x/}
     * @param nestedSections  Hugo: content folders below the top level that hold an {@code _index} page
     * @param newPostName     Hexo's {@code new_post_name}, e.g. {@code :title.md}
     * @param defaultCategory Hexo's {@code default_category}, what {@code :category} writes for a post without one
     * @param folder          where the collection folder Tidings reads lies below the generator's posts folder
     *                        ({@code /}-separated, empty when it is that folder)
     * @param otherLanguages  a multilingual Hugo or Zola site's languages other than its default language: pages in
     *                        them ({@code x.en.md}, {@code x/index.en.md}) are translations, in feeds of their own
     * @param leftOut         folders below the generator's posts folder ({@code /}-separated) whose pages it leaves
     *                        out: Zola's sections whose {@code _index.md} says {@code draft = true}
     */
    public record Naming(boolean uglyUrls, java.util.Set<String> nestedSections, String newPostName,
                         String defaultCategory, String folder, java.util.Set<String> otherLanguages,
                         java.util.Set<String> leftOut) {
        public static final Naming DEFAULT = new Naming(false, java.util.Set.of(), ":title.md", "uncategorized", "",
                java.util.Set.of(), java.util.Set.of());

        public Naming {
            nestedSections = java.util.Set.copyOf(nestedSections);
            otherLanguages = java.util.Set.copyOf(otherLanguages);
            leftOut = java.util.Set.copyOf(leftOut);
        }

        /** Leaving no folder out. */
        public Naming(boolean uglyUrls, java.util.Set<String> nestedSections, String newPostName,
                      String defaultCategory, String folder, java.util.Set<String> otherLanguages) {
            this(uglyUrls, nestedSections, newPostName, defaultCategory, folder, otherLanguages, java.util.Set.of());
        }

        /** In the generator's posts folder itself, in one language. */
        public Naming(boolean uglyUrls, java.util.Set<String> nestedSections, String newPostName,
                      String defaultCategory) {
            this(uglyUrls, nestedSections, newPostName, defaultCategory, "", java.util.Set.of());
        }

        /** Whether the file at {@code path} (relative to the collection) is in a folder the generator leaves out. */
        boolean isLeftOut(String path) {
            if (leftOut.contains("")) {
                return true;  // the posts folder itself: Zola's content/_index.md is a draft
            }
            String full = folder.isEmpty() ? path : folder + "/" + path;
            for (int slash = full.indexOf('/'); slash >= 0; slash = full.indexOf('/', slash + 1)) {
                if (leftOut.contains(full.substring(0, slash))) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the file at {@code path} is a translation into another language than the site's default. */
        boolean isTranslation(String path) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            String[] parts = name.split("\\.");
            return parts.length >= 3
                    && otherLanguages.contains(parts[parts.length - 2].toLowerCase(java.util.Locale.ROOT));
        }
    }
}
