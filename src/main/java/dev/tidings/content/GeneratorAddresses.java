package dev.tidings.content;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An article's link and feed id as its site's generator makes them, from the rules its configuration gives
 * ({@link Conventions}): Hugo's, Jekyll's or Hexo's permalinks, and the id the generator's own feed writes (the link
 * for Hugo's RSS and hexo-generator-feed, {@code post.id} for jekyll-feed). Thread-safe.
 */
final class GeneratorAddresses {
    /** The front matter a permalink rule may read. */
    private static final List<String> FIELDS = List.of("title", "slug", "url", "permalink", "id");

    private final URI baseUrl;
    private final String folder;  // the collection's folder below the generator's posts folder, with a '/', or empty
    private final Function<PostFacts, String> path;
    private final Function<PostFacts, String> id;

    private GeneratorAddresses(Site site, Function<PostFacts, String> path, Function<PostFacts, String> id) {
        this.baseUrl = site.baseUrl();
        String below = site.conventions().naming().folder();
        this.folder = below.isEmpty() ? "" : below + "/";
        this.path = path;
        this.id = id;
    }

    /** The rules of {@code site}'s generator; for a site without one, rules that must not be asked. */
    static GeneratorAddresses of(Site site) {
        Conventions conventions = site.conventions();
        String rule = conventions.permalinks().getOrDefault("", "");
        return switch (conventions.generator()) {
            case HUGO -> {
                var hugo = new HugoPermalinks(conventions.permalinks(), conventions.naming().uglyUrls(),
                        conventions.naming().nestedSections());
                yield new GeneratorAddresses(site, hugo::path, hugo::path);
            }
            case JEKYLL -> {
                var jekyll = new JekyllPermalinks(rule, site.zone());
                yield new GeneratorAddresses(site, jekyll::path, jekyll::id);
            }
            case HEXO -> {
                var hexo = new HexoPermalinks(rule.isEmpty() ? ":year/:month/:day/:title/" : rule,
                        conventions.naming().newPostName(), site.zone(), conventions.naming().defaultCategory());
                yield new GeneratorAddresses(site, hexo::path, hexo::path);
            }
            case NONE, ZOLA -> new GeneratorAddresses(site, GeneratorAddresses::none, GeneratorAddresses::none);
        };
    }

    /** The article's link: its generator's path, each segment percent-encoded, under the base URL. */
    String permalink(Fields fields, String path, OffsetDateTime date, List<String> categories) {
        return absolute(this.path.apply(facts(fields, path, date, categories)));
    }

    /** The id the generator's own feed gives the article. */
    String feedId(Fields fields, String path, OffsetDateTime date, List<String> categories) {
        return absolute(id.apply(facts(fields, path, date, categories)));
    }

    private static String none(PostFacts post) {
        throw new IllegalStateException("Tidings knows no generator's rules that " + post.path() + " could follow");
    }

    private String absolute(String path) {
        var encoded = new StringBuilder();
        for (String segment : path.split("/", -1)) {
            encoded.append(encoded.length() == 0 && segment.isEmpty() ? "" : "/")
                    .append(Permalinks.encode(segment).replace("?", "%3F").replace("#", "%23"));
        }
        String relative = encoded.toString().replaceFirst("^/+", "");
        return baseUrl.resolve(relative).toString();
    }

    private PostFacts facts(Fields fields, String path, OffsetDateTime date, List<String> categories) {
        Map<String, String> values = new HashMap<>();
        for (String name : FIELDS) {
            fields.text(name).ifPresent(value -> values.put(name, value));
        }
        return new PostFacts(folder + path, date, values, categories);
    }
}
