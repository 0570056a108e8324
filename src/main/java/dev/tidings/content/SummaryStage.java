package dev.tidings.content;

import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The pipeline's summary stage: which summary an article gets. The front matter's {@code summary} (Markdown) when
 * given, else everything before {@code <!--more-->}, else an automatic cut of the cleaned body ({@link Summaries}).
 */
final class SummaryStage {
    private final MarkdownRenderer markdown;
    private final UnaryOperator<Document> formulas;
    private final Function<Document, Document> clean;
    private final SummaryLength length;

    /**
     * @param formulas marks up the formulas the site's pipeline finds in a page Markdown rendered
     * @param clean    the stages a body goes through after Markdown (cleaning, absolute URLs), for a summary too
     * @param length   how long an automatic summary may be
     */
    SummaryStage(MarkdownRenderer markdown, UnaryOperator<Document> formulas, Function<Document, Document> clean,
                 SummaryLength length) {
        this.markdown = markdown;
        this.formulas = formulas;
        this.clean = clean;
        this.length = length;
    }

    /**
     * @param dirty   the body before cleaning (the marker is a comment, which cleaning removes); cut if it has one
     * @param content the cleaned body, whose HTML is already taken: the automatic cut changes it
     */
    String summary(Article article, Document dirty, Document content) {
        String given = article.source().summary();
        if (!given.isBlank()) {
            return HtmlCleaner.html(clean.apply(formulas.apply(Jsoup.parseBodyFragment(markdown.render(given),
                    article.permalink())))).strip();
        }
        if (Summaries.cutAtMore(dirty)) {
            return HtmlCleaner.html(clean.apply(dirty)).strip();
        }
        return Summaries.automatic(content, length);
    }
}
