package dev.tidings;

import dev.tidings.content.SiteConfig;
import java.util.List;
import java.util.Map;

/**
 * What a run took from a site generator's configuration.
 *
 * @param summary  one line: the generator, the site, and where each setting taken came from; empty for no site
 * @param warnings the site's values Tidings could not use, each with its place and why
 */
record FromSite(String summary, List<String> warnings) {
    static final FromSite NONE = new FromSite("", List.of());

    public FromSite {
        warnings = List.copyOf(warnings);
    }

    /** {@code Hugo site /srv/blog, articles in content: title from hugo.toml, base_url from hugo.toml}. */
    static FromSite of(SiteConfig site, Map<String, String> taken, List<String> warnings) {
        String origins = taken.isEmpty() ? "no setting taken from its configuration" : String.join(", ",
                Settings.ALL.stream().filter(setting -> taken.containsKey(setting.key()))  // in the README's order
                        .map(setting -> setting.key() + " from " + taken.get(setting.key())).toList());
        String posts = site.posts().equals(site.root()) ? "" : ", articles in " + site.root().relativize(site.posts());
        return new FromSite(site.generator().displayName() + " site " + site.root() + posts + ": " + origins, warnings);
    }
}
