package dev.tidings.dialect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * The includes a post uses for an image or a video, read from their parameters, since Tidings does not render a
 * site's {@code _includes}: the common figure includes — {@code {% include image.html url="…" description="…" %}},
 * Minimal Mistakes' {@code {% include figure image_path="…" caption="…" %}}, al-folio's
 * {@code {% include figure.liquid path="…" caption="…" %}} — become a figure with its caption, and a video include
 * ({@code video.liquid path="…"}) a video with a link to the file. Any other include is not read.
 */
final class JekyllIncludes {
    private static final Pattern PARAMETER = Pattern.compile("([\\w-]+)\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s\"']+)");
    private static final List<String> SOURCES = List.of("path", "image_path", "url", "src", "file", "image", "img");
    private static final List<String> CAPTIONS = List.of("caption", "description", "title");
    private static final List<String> ALTS = List.of("alt", "description", "caption", "title");

    private JekyllIncludes() {}

    /**
     * The HTML the include in {@code markup} ({@code image.html url="/a.png" …}) stands for, or empty when it is not
     * an image or video include.
     *
     * @param value a parameter's value as Liquid evaluates it (a quoted string or a variable)
     * @param url   a path as Jekyll's {@code relative_url} writes it
     */
    static Optional<String> html(String markup, Function<String, String> value, Function<String, String> url) {
        Map<String, String> parameters = new LinkedHashMap<>();
        Matcher m = PARAMETER.matcher(markup);
        while (m.find()) {
            parameters.put(m.group(1), value.apply(m.group(2)));
        }
        Optional<String> source = SOURCES.stream().map(parameters::get).filter(s -> s != null
                && (MediaFiles.isImage(s) || MediaFiles.isVideo(s))).findFirst();
        if (source.isEmpty()) {
            return Optional.empty();
        }
        String src = url.apply(source.get());
        Optional<String> caption = first(parameters, CAPTIONS);
        if (MediaFiles.isVideo(source.get())) {
            return Optional.of(VideoFigure.html(src, caption));
        }
        String alt = first(parameters, ALTS).map(a -> " alt=\"" + Entities.escape(a) + "\"").orElse("");
        return Optional.of("<figure><img src=\"" + Entities.escape(src) + "\"" + alt + ">"
                + caption.map(c -> "<figcaption>" + Entities.escape(c) + "</figcaption>").orElse("") + "</figure>");
    }

    private static Optional<String> first(Map<String, String> parameters, List<String> names) {
        return names.stream().map(parameters::get).filter(v -> v != null && !v.isBlank()).findFirst();
    }
}
