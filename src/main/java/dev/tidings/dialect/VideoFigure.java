package dev.tidings.dialect;

import java.util.Optional;
import org.jsoup.nodes.Entities;

/**
 * A theme's video (Hugo's {@code {{< video src="clip.mp4" >}}}, a Jekyll video include) as HTML a reader can show: a
 * {@code <video>} with controls holding a link to the file, for readers that drop the element but keep its content,
 * and the caption when there is one.
 */
final class VideoFigure {
    private VideoFigure() {}

    /** The figure for the video at {@code src} (written as it should appear), with {@code caption} as text. */
    static String html(String src, Optional<String> caption) {
        String url = Entities.escape(src);
        return "<figure><video src=\"" + url + "\" controls><a href=\"" + url + "\">" + url + "</a></video>"
                + caption.filter(c -> !c.isBlank()).map(c -> "<figcaption>" + Entities.escape(c) + "</figcaption>")
                .orElse("") + "</figure>";
    }
}
