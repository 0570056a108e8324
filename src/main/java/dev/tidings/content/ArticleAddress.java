package dev.tidings.content;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Where an article lives and what it is called for good: its slug, permalink and id, as the front matter gives them or
 * as the site's rules ({@link Permalinks}) derive them, with a warning where the generator's rule could not be
 * followed. A bad field is a {@link ContentException} at its line.
 *
 * <p>An {@code id} that is not an absolute URI (a number or a bare UUID left by a migration) is ignored, as Hexo
 * ignores it: the article keeps the id it would have without the field, so the feed agrees with the generator's.
 */
record ArticleAddress(String slug, String permalink, String id, List<Warning> warnings) {
    private static final Pattern ABSOLUTE_URI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:\\S+");
    /** Hugo's translation of a page bundle: {@code post/x/index.en.md} is {@code post/x/index.md} in English. */
    private static final Pattern TRANSLATION = Pattern.compile(
            "((?:.*/)?index)\\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)(\\.[A-Za-z]+)");

    /**
     * The address of the article at {@code path} (relative, {@code /}-separated) published at {@code published}: by the
     * site generator's rules ({@code generator}) when the site follows them, else by Tidings' own. An {@code id} field
     * that is an absolute URI wins; else the id is minted, or (with {@code ids: feed}) what the generator's feed writes.
     * On a site that follows its generator's rules, a {@code slug} or file name Tidings cannot use as a slug is no
     * error (the generator makes the URL: Zola slugifies it, Hugo takes {@code slug = "2013/04/27/post"} as it is or
     * builds the URL from the title): the slug, which only mints the id then, is the last part of the generator's path.
     */
    static ArticleAddress of(Fields fields, String path, OffsetDateTime published, List<String> categories, Site site,
                             GeneratorAddresses generator) {
        Addressing addressing = site.addressing();
        Generator by = site.conventions().generator();
        String slug = slug(fields, path, () -> addressing.generatorPermalinks()
                ? generator.lastSegment(fields, path, published, categories) : Optional.empty());
        String permalink = addressing.generatorPermalinks() ? generator.permalink(fields, path, published, categories)
                : permalink(fields, slug, published, site);
        // jekyll-feed writes post.id, Zola's atom.xml the link unencoded; the others the link
        boolean generatorIds = addressing.generatorPermalinks() && (by == Generator.JEKYLL || by == Generator.ZOLA);
        String id = fields.text("id").map(String::strip).filter(raw -> ABSOLUTE_URI.matcher(raw).matches())
                .orElseGet(() -> !addressing.feedIds() ? Permalinks.mintId(site.idAuthority(), slug, published)
                        : generatorIds ? generator.feedId(fields, path, published, categories) : permalink);
        return new ArticleAddress(slug, permalink, id, addressing.generatorPermalinks()
                ? generator.warnings(fields, path, published, categories) : List.of());
    }

    /** The language a Hugo translation bundle's file name gives ({@code en} for {@code post/x/index.en.md}). */
    static Optional<String> languageOf(String path) {
        var m = TRANSLATION.matcher(path);
        return m.matches() ? Optional.of(m.group(2)) : Optional.empty();
    }

    private static String slug(Fields fields, String path, Supplier<Optional<String>> generatorSlug) {
        Optional<String> given = fields.text("slug").map(String::strip);
        var translation = TRANSLATION.matcher(path);
        String untranslated = translation.matches() ? translation.group(1) + translation.group(3) : path;
        String slug = given.orElseGet(() -> Permalinks.slugFromPath(untranslated));
        if (!Permalinks.isValidSlug(slug)) {
            Optional<String> generators = generatorSlug.get();  // Zola's may keep spaces ("safe"): its URL is so
            if (generators.isPresent()) {
                return generators.get();
            }
            if (given.isPresent()) {
                throw fields.error(new String[] {"slug"}, "must be one URL path segment of " + Permalinks.SLUG_RULE
                        + ", but was '" + slug + "'");
            }
            throw new ContentException(path, 1, "the file name gives the slug '" + slug + "', which is not one URL "
                    + "path segment of " + Permalinks.SLUG_RULE + "; rename the file or add a 'slug' field");
        }
        return slug;
    }

    private static String permalink(Fields fields, String slug, OffsetDateTime published, Site site) {
        String[] names = {"permalink", "url"};
        Optional<String> given = fields.text(names).map(String::strip);
        if (given.isEmpty()) {
            return Permalinks.fromPattern(site.permalinkPattern(), site.baseUrl(), slug, published).toString();
        }
        String raw = given.get();
        // Site-relative means relative to the base URL, which may have a path of its own (https://example.org/blog/).
        return Urls.resolve(site.baseUrl(), raw.replaceFirst("^/+", ""))
                .filter(url -> !raw.contains("..") && !raw.contains("#"))
                .orElseThrow(() -> fields.error(names, "must be an absolute http(s) URL or a site-relative path like "
                        + "/2024/hello/, but was '" + raw + "'"));
    }
}
