package dev.tidings.dialect;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What Liquid in a Jekyll post can ask about its site and itself: {@code site.url} and {@code site.baseurl} (the
 * site's URL split where Jekyll's {@code url} ends and its {@code baseurl} begins: at the path), the page's own
 * variables, and the paths of other posts ({@code post_url}) and files ({@code link}), written as Jekyll writes them:
 * the path from the site's root, with the base path. Immutable.
 */
final class JekyllSite {
    private static final Pattern DOCUMENT = Pattern.compile(".*\\.(md|markdown|mkd|mkdn|html|htm)");

    private final Page page;
    private final Map<String, String> variables = new HashMap<>();

    JekyllSite(Page page) {
        this.page = page;
        URI site = URI.create(page.siteUrl());
        variables.put("site.url", site.getScheme() + "://" + site.getRawAuthority());
        variables.put("site.baseurl", site.getRawPath().replaceAll("/+$", ""));
        page.fields().forEach((name, value) -> variables.put("page." + name, value));
        variables.put("page.url", page.permalink().startsWith(page.siteUrl())
                ? "/" + page.permalink().substring(page.siteUrl().length()) : page.permalink());
        Optional.ofNullable(page.fields().get("date")).flatMap(LiquidDates::parse)
                .ifPresent(date -> variables.put("page.date", LiquidDates.ruby(date)));
    }

    /** The variables by dotted name: {@code site.url}, {@code page.title} … */
    Map<String, String> variables() {
        return Map.copyOf(variables);
    }

    /**
     * The path of the post {@code {% post_url name %}} names: {@code 2019-03-01-notes} is
     * {@code _posts/2019-03-01-notes.md}, {@code sub/2019-03-01-notes} is in {@code _posts/sub/} or
     * {@code sub/_posts/}.
     */
    Optional<String> postUrl(String name) {
        String path = name.strip().replaceFirst("^/", "");
        String folder = path.substring(0, path.lastIndexOf('/') + 1);
        String file = path.substring(folder.length());
        Page.References references = page.references();
        return references.permalink("_posts/" + folder + file)
                .or(() -> folder.isEmpty() ? Optional.empty() : references.permalink(folder + "_posts/" + file))
                .map(this::sitePath);
    }

    /** The path of the file {@code {% link path %}} names: an article's permalink, or a static file's own path. */
    Optional<String> link(String path) {
        String file = path.strip();
        if (!DOCUMENT.matcher(file).matches()) {
            return Optional.of(relativeUrl(file));
        }
        return page.references().permalink(file.substring(0, file.lastIndexOf('.'))).map(this::sitePath);
    }

    private String sitePath(String permalink) {
        String origin = variables.get("site.url");
        return permalink.startsWith(origin + "/") ? permalink.substring(origin.length()) : permalink;
    }

    /** {@code path} as Jekyll's {@code relative_url} writes it: below the site's base path. */
    String relativeUrl(String path) {
        return LiquidFilters.apply("relative_url", path, List.of(), name -> variables.get("site." + name))
                .orElseThrow();
    }
}
