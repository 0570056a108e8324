package dev.tidings.content;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where an article lives and what it is called for good: its slug, permalink and id, as the front matter gives them or
 * as the site's rules ({@link Permalinks}) derive them. A bad field is a {@link ContentException} at its line.
 */
record ArticleAddress(String slug, String permalink, String id) {
    private static final Pattern ABSOLUTE_URI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:\\S+");

    /** The address of the article at {@code path} (relative, {@code /}-separated) published at {@code published}. */
    static ArticleAddress of(Fields fields, String path, OffsetDateTime published, Site site) {
        String slug = slug(fields, path);
        String permalink = permalink(fields, slug, published, site);
        String id = fields.text("id").map(String::strip).map(raw -> {
            if (!ABSOLUTE_URI.matcher(raw).matches()) {
                throw fields.error(new String[] {"id"}, "must be an absolute URI like tag:example.org,2024:hello or "
                        + "urn:uuid:…, but was '" + raw + "'");
            }
            return raw;
        }).orElseGet(() -> Permalinks.mintId(site.idAuthority(), slug, published));
        return new ArticleAddress(slug, permalink, id);
    }

    private static String slug(Fields fields, String path) {
        Optional<String> given = fields.text("slug").map(String::strip);
        String slug = given.orElseGet(() -> Permalinks.slugFromPath(path));
        if (!Permalinks.isValidSlug(slug)) {
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
