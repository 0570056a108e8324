package dev.tidings.content;

import java.net.URI;
import java.util.ArrayList;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The pipeline's URL stage: every link, image, media and citation URL of a cleaned body made absolute against the
 * article's permalink (the document's base URI), so they work inside a reader, which shows the entry at another
 * address. {@code srcset} candidates that are not http(s) are dropped.
 */
final class AbsoluteUrls {
    private static final String[] URL_ATTRIBUTES = {"href", "src", "poster", "cite"};

    /** Rewrites {@code document} in place. */
    static void resolve(Document document) {
        for (String attribute : URL_ATTRIBUTES) {
            for (Element element : document.select("[" + attribute + "]")) {
                String absolute = element.absUrl(attribute);
                if (!absolute.isEmpty()) {
                    element.attr(attribute, absolute);
                }
            }
        }
        URI base = URI.create(document.location());
        for (Element element : document.select("[srcset]")) {
            element.attr("srcset", srcset(base, element.attr("srcset")));
        }
    }

    /** Each candidate's URL made absolute; candidates that are not http(s) are dropped. */
    private static String srcset(URI base, String srcset) {
        var candidates = new ArrayList<String>();
        for (String candidate : srcset.split(",")) {
            String[] parts = candidate.strip().split("\\s+", 2);
            Urls.resolve(base, parts[0]).ifPresent(url -> candidates.add(parts.length > 1 ? url + " " + parts[1] : url));
        }
        return String.join(", ", candidates);
    }

    private AbsoluteUrls() {}
}
