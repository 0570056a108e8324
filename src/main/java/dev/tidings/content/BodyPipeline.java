package dev.tidings.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The stages an article's text goes through to become its {@link Body}, registered here and run in this order:
 * Markdown ({@link MarkdownRenderer}; an HTML article is HTML already, and its formulas are marked up by
 * {@link HtmlFormulas} as Markdown's parser marks up its own), cleaning ({@link HtmlCleaner}), absolute URLs
 * ({@link AbsoluteUrls}), then the summary ({@link SummaryStage}). Formulas stay TeX here; {@link MathStage} renders
 * them for the feeds that want MathML. A source dialect (a generator's shortcodes or tags) is a stage on the text
 * before Markdown, or on the tree before cleaning (Hexo's post asset folder links: {@link AssetFolderLinks}).
 * Thread-safe.
 */
final class BodyPipeline {
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final SummaryStage summary;
    private final boolean hexo;

    /** The stages every site's articles go through. */
    BodyPipeline() {
        this(Conventions.none());
    }

    /** With the dialect stages of the site's generator too, and its summary length if it sets one. */
    BodyPipeline(Conventions conventions) {
        this.hexo = conventions.generator() == Generator.HEXO;
        SummaryLength length = conventions.generator() == Generator.HUGO && conventions.summaryLength() > 0
                ? SummaryLength.words(conventions.summaryLength()) : SummaryLength.characters(Summaries.LENGTH);
        this.summary = new SummaryStage(markdown, BodyPipeline::clean, length);
    }

    /** The body of {@code article} from its {@code text} (as written), with formulas as TeX. */
    Body render(Article article, String text) {
        boolean isMarkdown = article.source().format() == Article.Format.MARKDOWN;
        Document dirty = Jsoup.parseBodyFragment(isMarkdown ? markdown.render(text) : text, article.permalink());
        if (!isMarkdown) {
            HtmlFormulas.markUp(dirty);
        }
        if (hexo) {
            AssetFolderLinks.resolve(dirty, article.path());
        }
        Document content = clean(dirty);
        return new Body(HtmlCleaner.html(content), summary.summary(article, dirty, content));
    }

    private static Document clean(Document dirty) {
        Document clean = HtmlCleaner.clean(dirty);
        AbsoluteUrls.resolve(clean);
        return clean;
    }
}
