package dev.tidings.feed;

import static dev.tidings.feed.FeedListPage.escape;

import dev.tidings.content.Article;
import dev.tidings.content.Author;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The HTML page a person gets who opens a feed URL in a browser: what the feed is, how to subscribe (the address to
 * copy, the formats on offer), and its entries with their summaries, formulas shown as written. Every value is
 * escaped; summaries are already allowlisted HTML. The one inline style is allowed by its hash in {@link #CSP}.
 */
final class PreviewPage {
    private static final String STYLE = "body{font:16px/1.6 system-ui,sans-serif;max-width:46rem;margin:2rem auto;"
            + "padding:0 1rem;color:#222}header{border-bottom:1px solid #ddd;margin-bottom:1.5rem}"
            + ".subscribe{background:#f4f6f8;border-radius:6px;padding:.75rem 1rem}code{word-break:break-all}"
            + "article{margin:1.5rem 0}article h2{font-size:1.2rem;margin:0}.meta{color:#666;font-size:.9rem}"
            + "img{max-width:100%}pre{overflow:auto}";
    /** A strict policy: nothing runs, only the inline style above and images may load. */
    static final String CSP = "default-src 'none'; style-src '" + hash(STYLE) + "'; img-src https: http:; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    static byte[] write(FeedDocument doc, Map<FeedFormat, String> formats, String feedList) {
        boolean chinese = doc.language().toLowerCase().startsWith("zh");
        var page = new StringBuilder(32 * 1024);
        page.append("<!DOCTYPE html>\n<html lang=\"").append(escape(doc.language())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width\">\n")
                .append("<title>").append(escape(doc.title())).append("</title>\n");
        formats.forEach((format, url) -> page.append("<link rel=\"alternate\" type=\"").append(format.mediaType())
                .append("\" href=\"").append(escape(url)).append("\">\n"));
        page.append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n<header>\n<h1>")
                .append(escape(doc.title())).append("</h1>\n");
        if (!doc.subtitle().isEmpty()) {
            page.append("<p>").append(escape(doc.subtitle())).append("</p>\n");
        }
        page.append("<div class=\"subscribe\">\n<p>");
        if (chinese) {
            page.append("这是一个订阅源。把下面的地址复制到你的阅读器(Feedly、Inoreader、NetNewsWire……)中即可订阅。<br>");
        }
        page.append("This is a web feed. To subscribe, copy this address into your feed reader:</p>\n<p><code>")
                .append(escape(doc.selfUrl())).append("</code></p>\n<p>")
                .append(formats.entrySet().stream().map(e -> "<a href=\"" + escape(e.getValue()) + "\">"
                        + label(e.getKey()) + "</a>").collect(Collectors.joining(" · ")))
                .append(" · <a href=\"").append(escape(feedList)).append("\">")
                .append(chinese ? "全部订阅源 · " : "").append("all feeds</a></p>\n</div>\n</header>\n<main>\n");
        for (FeedDocument.Entry entry : doc.entries()) {
            Article article = entry.article();
            page.append("<article lang=\"").append(escape(article.lang())).append("\">\n<h2><a href=\"")
                    .append(escape(article.permalink())).append("\">").append(escape(article.title()))
                    .append("</a></h2>\n<p class=\"meta\"><time datetime=\"")
                    .append(XmlBytes.rfc3339(article.published())).append("\">")
                    .append(article.published().toLocalDate()).append("</time>");
            for (Author author : article.authors()) {
                page.append(" · ").append(escape(author.name()));
            }
            page.append("</p>\n<div>").append(entry.body().summary()).append("</div>\n</article>\n");
        }
        page.append("</main>\n</body>\n</html>\n");
        return page.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String label(FeedFormat format) {
        return switch (format) {
            case ATOM -> "Atom";
            case RSS -> "RSS";
            case JSON -> "JSON Feed";
        };
    }

    private static String hash(String text) {
        try {
            return "sha256-" + Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private PreviewPage() {}
}
