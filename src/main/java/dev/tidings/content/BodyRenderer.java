package dev.tidings.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Renders an article's body text (Markdown or an HTML fragment) into its cleaned {@link Body}: the full HTML and the
 * summary. Thread-safe.
 */
final class BodyRenderer {
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    Body render(Article article, String text) {
        String html = article.source().format() == Article.Format.MARKDOWN ? markdown.render(text) : text;
        Document dirty = Jsoup.parseBodyFragment(html, article.permalink());
        if (article.source().format() == Article.Format.HTML) {
            HtmlFormulas.markUp(dirty);  // Markdown's formulas were marked up while parsing
        }
        Document content = HtmlCleaner.clean(dirty);
        return new Body(HtmlCleaner.html(content), summary(article, dirty, content));
    }

    private String summary(Article article, Document dirty, Document content) {
        String given = article.source().summary();
        if (!given.isBlank()) {
            return HtmlCleaner.html(HtmlCleaner.clean(Jsoup.parseBodyFragment(markdown.render(given),
                    article.permalink()))).strip();
        }
        if (Summaries.cutAtMore(dirty)) {  // the marker is a comment, which cleaning removes: look before cleaning
            return HtmlCleaner.html(HtmlCleaner.clean(dirty)).strip();
        }
        return Summaries.automatic(content);  // the full HTML is already taken: cut the cleaned tree itself
    }
}
