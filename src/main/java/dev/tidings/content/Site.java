package dev.tidings.content;

import dev.tidings.math.TexConfig;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;

/**
 * The blog-wide settings that loading and feeds depend on, already validated (see {@code dev.tidings.Config}).
 *
 * @param baseUrl          absolute http(s) URL of the blog, ending in {@code /}; permalinks are resolved against it
 * @param zone             zone for dates written without an offset
 * @param idAuthority      the RFC 4151 authority in minted {@code tag:} ids: a domain or e-mail the owner controls;
 *                         must never change once feeds are published
 * @param permalinkPattern path pattern with {@code {slug} {year} {month} {day}}, e.g. {@code /posts/{slug}/}
 * @param icon             icon URL or empty
 * @param logo             logo URL or empty
 * @param maxFileBytes     articles larger than this are reported and skipped
 * @param bodyCacheBytes   bound on the rendered bodies kept in memory
 * @param copyright        the feeds' rights statement (a licence, a copyright line) or empty
 * @param conventions      the permalink and summary rules of the site's generator, as its configuration writes them
 * @param addressing       whether links and ids follow those rules or Tidings' own
 * @param tex              what the blog's MathJax is configured with: macros ({@code math_macros}, the theme's) and
 *                         equation numbering ({@code math_tags})
 */
public record Site(String title, String subtitle, URI baseUrl, String language, List<Author> authors, ZoneId zone,
                   String idAuthority, String permalinkPattern, int feedSize, String icon, String logo,
                   long maxFileBytes, long bodyCacheBytes, String copyright, Conventions conventions,
                   Addressing addressing, TexConfig tex) {

    public static final String DEFAULT_PERMALINK = "/posts/{slug}/";

    public Site {
        // List.of refuses nulls
        List.of(title, subtitle, language, zone, idAuthority, icon, logo, copyright, conventions, addressing, tex);
        authors = List.copyOf(authors);
        if (!baseUrl.isAbsolute() || !baseUrl.getPath().endsWith("/")) {
            throw new IllegalArgumentException("baseUrl must be absolute and end in '/', but was " + baseUrl);
        }
        try {
            Permalinks.checkPattern(permalinkPattern);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("permalinkPattern must be a path pattern like /posts/{slug}/, but was '"
                    + permalinkPattern + "': " + e.getMessage(), e);
        }
    }

    /** A site with no rights statement and no generator's rules. */
    public Site(String title, String subtitle, URI baseUrl, String language, List<Author> authors, ZoneId zone,
                String idAuthority, String permalinkPattern, int feedSize, String icon, String logo,
                long maxFileBytes, long bodyCacheBytes) {
        this(title, subtitle, baseUrl, language, authors, zone, idAuthority, permalinkPattern, feedSize, icon, logo,
                maxFileBytes, bodyCacheBytes, "", Conventions.none(), Addressing.OWN, TexConfig.DEFAULT);
    }

    /**
     * Throws {@link IllegalArgumentException} saying what is wrong with a permalink pattern, in words that follow the
     * pattern: {@code {title} is not one of {slug}, {year}, {month} and {day}}.
     */
    public static void checkPermalinkPattern(String pattern) {
        Permalinks.checkPattern(pattern);
    }

    /** A site with every other setting at its default: for tests and for the bundled sample. */
    public static Site of(String baseUrl, ZoneId zone) {
        URI base = URI.create(baseUrl);
        return new Site("Tidings", "", base, "en", List.of(), zone, base.getHost(), DEFAULT_PERMALINK, 20, "", "",
                4L << 20, 64L << 20);
    }

    /**
     * The site's summary marker in article bodies (Jekyll's site-wide {@code excerpt_separator}), or empty for none; an
     * article's own {@code excerpt_separator} wins, {@code <!--more-->} always works.
     */
    public String excerptSeparator() {
        return conventions.excerptSeparator();
    }

    /** The same site with {@code separator} as its summary marker (as a Jekyll site's config sets it). */
    public Site withExcerptSeparator(String separator) {
        return new Site(title, subtitle, baseUrl, language, authors, zone, idAuthority, permalinkPattern, feedSize,
                icon, logo, maxFileBytes, bodyCacheBytes, copyright, new Conventions(conventions.generator(),
                conventions.permalinks(), conventions.summaryLength(), separator, conventions.naming(),
                conventions.math(), conventions.extras(), conventions.params()), addressing, tex);
    }

    /** The same site with {@code bytes} of memory for rendered bodies. */
    public Site withBodyCacheBytes(long bytes) {
        return new Site(title, subtitle, baseUrl, language, authors, zone, idAuthority, permalinkPattern, feedSize,
                icon, logo, maxFileBytes, bytes, copyright, conventions, addressing, tex);
    }

    public Site withMaxFileBytes(long bytes) {
        return new Site(title, subtitle, baseUrl, language, authors, zone, idAuthority, permalinkPattern, feedSize,
                icon, logo, bytes, bodyCacheBytes, copyright, conventions, addressing, tex);
    }

    /** The same site with {@code config} as its MathJax configuration. */
    public Site withTex(TexConfig config) {
        return new Site(title, subtitle, baseUrl, language, authors, zone, idAuthority, permalinkPattern, feedSize,
                icon, logo, maxFileBytes, bodyCacheBytes, copyright, conventions, addressing, config);
    }
}
