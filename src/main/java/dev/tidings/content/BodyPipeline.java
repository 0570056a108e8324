package dev.tidings.content;

import dev.tidings.dialect.Dialect;
import dev.tidings.dialect.Expansion;
import dev.tidings.dialect.HexoTags;
import dev.tidings.dialect.HugoShortcodes;
import dev.tidings.dialect.JekyllLiquid;
import dev.tidings.dialect.Page;
import dev.tidings.dialect.SiteParams;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The stages an article's text goes through to become its {@link Body}, registered here and run in this order: the
 * site generator's dialect ({@link Dialect}: its shortcodes or tags, to Markdown and HTML fragments), Markdown
 * ({@link MarkdownRenderer}, which leaves formulas as written where the site's pipeline finds them before Markdown:
 * {@link MathSyntax}), the dialect's fragments put back, formulas found in the page where the site's MathJax finds
 * them after Markdown ({@link PageFormulas}; in an HTML article of Tidings' own format, {@link HtmlFormulas} marks them
 * up as Markdown's parser marks up its own), the generator's link rules on the tree
 * (Hexo's post asset folder links: {@link AssetFolderLinks}), cleaning ({@link HtmlCleaner}), absolute URLs
 * ({@link AbsoluteUrls}), then the summary ({@link SummaryStage}). Formulas stay TeX here; {@link MathStage} renders
 * them for the feeds that want MathML. Thread-safe.
 */
final class BodyPipeline {
    private final MarkdownRenderer markdown;
    private final MathSyntax math;
    private final PageFormulas pageFormulas;
    private final SummaryStage summary;
    private final Dialect dialect;
    private final boolean hexo;
    private final String siteUrl;
    private final Page.References references;
    private final SiteParams params;

    /** The stages every site's articles go through. */
    BodyPipeline() {
        this(Conventions.none());
    }

    /** With the dialect stages of the site's generator too, and its summary length if it sets one. */
    BodyPipeline(Conventions conventions) {
        this(conventions, "https://example.org/", Page.References.NONE);
    }

    /**
     * @param siteUrl    the site's base URL, for templates that ask for it
     * @param references the site's articles, for cross-references between them
     */
    BodyPipeline(Conventions conventions, String siteUrl, Page.References references) {
        this.math = conventions.math();
        this.dialect = dialect(conventions.generator(), math);
        this.markdown = new MarkdownRenderer(conventions.generator() == Generator.JEKYLL ? Footnotes.Ids.LABELS
                : Footnotes.Ids.NUMBERS, math, conventions.extras());  // kramdown names a note's id by its label
        this.pageFormulas = new PageFormulas(math.page(), math.typography());
        this.hexo = conventions.generator() == Generator.HEXO;
        this.siteUrl = siteUrl.endsWith("/") ? siteUrl : siteUrl + "/";
        this.references = references;
        this.params = conventions.params();
        SummaryLength length = conventions.generator() == Generator.HUGO && conventions.summaryLength() > 0
                ? SummaryLength.words(conventions.summaryLength()) : SummaryLength.characters(Summaries.LENGTH);
        this.summary = new SummaryStage(markdown, this::inPage, BodyPipeline::clean, length);
    }

    /** The dialect of each generator's sites. */
    private static Dialect dialect(Generator generator, MathSyntax math) {
        return switch (generator) {
            case HUGO -> new HugoShortcodes(math.findsInPage());
            case JEKYLL -> new JekyllLiquid();
            case HEXO -> new HexoTags();
            case NONE, ZOLA -> Dialect.NONE;
        };
    }

    /**
     * A body and what its stages could not do.
     *
     * @param crossReferences whether it points at other articles by where their files are (and so may change when
     *                        they move)
     */
    record Result(Body body, List<Warning> warnings, boolean crossReferences) {
        Result {
            warnings = List.copyOf(warnings);
        }
    }

    /** The body of {@code article} from its {@code text} (as written), with formulas as TeX. */
    Body render(Article article, String text) {
        return run(article, text).body();
    }

    /** The body of {@code article} from its {@code text} (as written), with formulas as TeX, and the warnings. */
    Result run(Article article, String text) {
        boolean isMarkdown = article.source().format() == Article.Format.MARKDOWN;
        var asked = new Asked(references);
        Page page = page(article, asked);
        Expansion expansion = isMarkdown ? dialect.expand(page, text) : dialect.expandHtml(page, text);
        Document dirty = Jsoup.parseBodyFragment(isMarkdown ? markdown.render(expansion.markdown())
                : expansion.markdown(), article.permalink());
        expansion.fragments().restore(dirty);
        if (math.findsInPage()) {
            pageFormulas.markUp(dirty.body(), isMarkdown);
        } else if (!isMarkdown) {
            HtmlFormulas.markUp(dirty);
        }
        if (hexo) {
            AssetFolderLinks.resolve(dirty, article.path(), article.permalink());
        }
        Document content = clean(dirty);
        List<Warning> warnings = expansion.notes().stream()
                .map(note -> new Warning(article.path(), article.source().bodyLine() + note.line() - 1, note.message()))
                .toList();
        return new Result(new Body(HtmlCleaner.html(content), summary.summary(article, dirty, content)), warnings,
                asked.any.get());
    }

    /** The article as templates see it: its front matter's own values, and what Tidings made of them. */
    private Page page(Article article, Page.References references) {
        var fields = new java.util.HashMap<>(article.source().fields());
        fields.putAll(Map.of(
                "title", article.title(),
                "slug", article.slug(),
                "date", article.published().toString(),
                "url", article.permalink(),
                "permalink", article.permalink(),
                "lang", article.lang()));
        return new Page(article.path(), article.permalink(), siteUrl, fields, references, params);
    }

    /** Marks up the formulas of Markdown rendered (a front matter summary), where the site's pipeline finds them. */
    private Document inPage(Document page) {
        if (math.findsInPage()) {
            pageFormulas.markUp(page.body(), true);
        }
        return page;
    }

    /** The site's articles, noting whether a body asked for any. */
    private static final class Asked implements Page.References {
        private final Page.References references;
        private final AtomicBoolean any = new AtomicBoolean();

        Asked(Page.References references) {
            this.references = references;
        }

        @Override
        public java.util.Optional<String> permalink(String name) {
            any.set(true);
            return references.permalink(name);
        }

        @Override
        public java.util.Optional<String> permalinkTitled(String title) {
            any.set(true);
            return references.permalinkTitled(title);
        }

        @Override
        public java.util.Optional<String> title(String name) {
            any.set(true);
            return references.title(name);
        }
    }

    private static Document clean(Document dirty) {
        Document clean = HtmlCleaner.clean(dirty);
        AbsoluteUrls.resolve(clean);
        return clean;
    }
}
