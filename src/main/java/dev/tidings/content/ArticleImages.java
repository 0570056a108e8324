package dev.tidings.content;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * An article's image as themes give it: {@code image}, or its aliases {@code cover}, {@code featured_image} and
 * {@code thumbnail}, written as a URL or as a map holding one ({@code image: {path: …}}, {@code {feature: …}},
 * {@code {src: …}}, {@code {url: …}}, Hugo themes' {@code cover: {image: …}}). A map or list with none of those keys is
 * no image, not a broken article; a URL that cannot be resolved is an error at its line.
 */
final class ArticleImages {
    static final String[] NAMES = {"image", "cover", "featured_image", "thumbnail"};
    private static final String[] MAP_KEYS = {"path", "feature", "src", "url", "image"};

    /** The absolute URL of the article's image, or empty. */
    static String image(Fields fields, String permalink) {
        return fields.value(NAMES).flatMap(ArticleImages::url).map(String::strip).filter(raw -> !raw.isEmpty())
                .map(raw -> Urls.resolve(URI.create(permalink), raw).orElseThrow(() -> fields.error(NAMES,
                        "must be an http(s) URL or a path relative to the article, like images/cover.png, but was '"
                                + raw + "'"))).orElse("");
    }

    private static Optional<String> url(Object value) {
        if (value instanceof String text) {
            return Optional.of(text);
        }
        if (value instanceof Map<?, ?> map) {
            for (String key : MAP_KEYS) {
                if (map.get(key) instanceof String text && !text.isBlank()) {
                    return Optional.of(text);
                }
            }
        }
        return Optional.empty();
    }

    private ArticleImages() {}
}
