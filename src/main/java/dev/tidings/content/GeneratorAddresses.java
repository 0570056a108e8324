package dev.tidings.content;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * An article's link and feed id as its site's generator makes them, from the rules its configuration gives
 * ({@link Conventions}): Hugo's, Jekyll's, Hexo's or Zola's permalinks, and the id the generator's own feed writes (the
 * link for Hugo's RSS and hexo-generator-feed, {@code post.id} for jekyll-feed, the link as written, not
 * percent-encoded, for Zola's atom.xml). Thread-safe.
 */
final class GeneratorAddresses {
    /** The front matter a permalink rule may read. */
    private static final List<String> FIELDS = List.of("title", "slug", "url", "permalink", "id", "path");

    private final URI baseUrl;
    private final String folder;  // the collection's folder below the generator's posts folder, with a '/', or empty
    private final Function<PostFacts, String> path;
    private final Function<PostFacts, String> id;
    private final boolean rawIds;  // the id is the link as written, characters outside ASCII and spaces included
    private final Function<PostFacts, Optional<String>> doubt;

    private GeneratorAddresses(Site site, Function<PostFacts, String> path, Function<PostFacts, String> id,
                               boolean rawIds, Function<PostFacts, Optional<String>> doubt) {
        this.baseUrl = site.baseUrl();
        String below = site.conventions().naming().folder();
        this.folder = below.isEmpty() ? "" : below + "/";
        this.path = path;
        this.id = id;
        this.rawIds = rawIds;
        this.doubt = doubt;
    }

    private GeneratorAddresses(Site site, Function<PostFacts, String> path, Function<PostFacts, String> id) {
        this(site, path, id, false, post -> Optional.empty());
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
            case ZOLA -> {
                var zola = new ZolaPermalinks(conventions.permalinks());
                yield new GeneratorAddresses(site, zola::path, zola::path, true, zola::doubt);
            }
            case NONE -> new GeneratorAddresses(site, GeneratorAddresses::none, GeneratorAddresses::none);
        };
    }

    /** The article's link: its generator's path, each segment percent-encoded, under the base URL. */
    String permalink(Fields fields, String path, OffsetDateTime date, List<String> categories) {
        return absolute(this.path.apply(facts(fields, path, date, categories)));
    }

    /** The id the generator's own feed gives the article. */
    String feedId(Fields fields, String path, OffsetDateTime date, List<String> categories) {
        String id = this.id.apply(facts(fields, path, date, categories));
        return rawIds ? baseUrl + id.replaceFirst("^/+", "") : absolute(id);
    }

    /** The last part of the article's path, unescaped, if it has one: its slug on a Zola site. */
    Optional<String> lastSegment(Fields fields, String path, OffsetDateTime date, List<String> categories) {
        String[] segments = this.path.apply(facts(fields, path, date, categories)).split("/");
        return segments.length == 0 || segments[segments.length - 1].isEmpty() ? Optional.empty()
                : Optional.of(segments[segments.length - 1]);
    }

    /**
     * Where the link may not be the generator's, because Tidings cannot follow its rule there: a warning at the line
     * of the field that would settle it ({@code slug}, else {@code title}).
     */
    List<Warning> warnings(Fields fields, String path, OffsetDateTime date, List<String> categories) {
        return doubt.apply(facts(fields, path, date, categories)).stream()
                .map(message -> new Warning(path, fields.lineOf("slug", "title"), message)).toList();
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
        for (String name : fields.names()) {  // any other single value: Hexo's rule may name it (:abbrlink)
            fields.value(name).filter(String.class::isInstance).map(String.class::cast)
                    .ifPresent(value -> values.putIfAbsent(name, value));
        }
        return new PostFacts(folder + path, date, values, categories);
    }
}
