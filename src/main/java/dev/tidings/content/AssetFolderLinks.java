package dev.tidings.content;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A Hexo dialect stage: links and images written relative to the article's file into its post asset folder
 * ({@code ![](my-post/figure.png)} in {@code my-post.md}, as Typora and hexo-image-link write them) made relative to
 * the article's page, where Hexo publishes that folder's files ({@code figure.png} next to the page).
 */
final class AssetFolderLinks {
    private static final String[] URL_ATTRIBUTES = {"src", "href", "poster"};

    private AssetFolderLinks() {}

    private static String decoded(String url) {
        try {
            return URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return url;  // a stray '%': not one of ours to rewrite
        }
    }

    /**
     * Rewrites {@code document}, the body of the article at {@code path}, in place. A page that is a file
     * ({@code /2024/05/post.html}) has its asset folder beside it ({@code /2024/05/post/}): its links already resolve.
     */
    static void resolve(Document document, String path, String permalink) {
        if (!permalink.endsWith("/")) {
            return;
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        String folder = (name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name) + "/";
        for (String attribute : URL_ATTRIBUTES) {
            for (Element element : document.select("[" + attribute + "]")) {
                String url = decoded(element.attr(attribute));  // Markdown percent-encodes the folder's name
                if (url.startsWith(folder)) {
                    element.attr(attribute, url.substring(folder.length()));
                } else if (url.startsWith("./" + folder)) {
                    element.attr(attribute, url.substring(folder.length() + 2));
                }
            }
        }
    }
}
