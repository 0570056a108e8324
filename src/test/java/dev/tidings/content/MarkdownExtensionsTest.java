package dev.tidings.content;

import static dev.tidings.content.Articles.markdown;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What Hugo's Markdown and kramdown read beyond CommonMark, through the whole pipeline (cleaning included). */
final class MarkdownExtensionsTest {
    @Test
    void footnotesBecomeANumberedListAtTheEndLinkedFromTheText() {
        String html = markdown("""
                Attention scales[^q] with the key size[^long].

                [^q]: By $\\sqrt{d_k}$.
                [^long]: A longer note.
                """);
        assertThat(html).as("ids are left to the blog's page: the links go there").isEqualTo("""
                <p>Attention scales<sup><a href="https://example.org/blog/posts/test/#fn:1" class="footnote-ref">1</a></sup> \
                with the key size<sup><a href="https://example.org/blog/posts/test/#fn:2" class="footnote-ref">2</a></sup>.</p>
                <div class="footnotes">
                <hr>
                <ol>
                <li>
                <p>By <span class="math inline">\\(\\sqrt{d_k}\\)</span>.&#xa0;\
                <a href="https://example.org/blog/posts/test/#fnref:1" class="footnote-backref">↩︎</a></p>
                </li>
                <li>
                <p>A longer note.&#xa0;<a href="https://example.org/blog/posts/test/#fnref:2" class="footnote-backref">↩︎</a></p>
                </li>
                </ol>
                </div>""");
    }

    @Test
    void aNoteRunsOverIndentedLinesAndCodeIsNeverANote() {
        String html = markdown("""
                One[^a] and `[^a]` in code.

                [^a]: First line
                    second paragraph line.

                ```
                [^a]: not a note
                ```
                """);
        assertThat(html).contains("<p>First line\nsecond paragraph line.&#xa0;<a").contains("<code>[^a]</code>")
                .contains("<pre><code>[^a]: not a note\n</code></pre>");
    }

    @Test
    void onAJekyllSiteANotesIdIsItsLabelAsKramdownWritesIt() {
        Article article = Articles.parse("posts/k.md", "---\ntitle: K\ndate: 2024-05-01\n---\nA[^why].\n\n[^why]: B.\n");
        String html = new BodyPipeline(new Conventions(Generator.JEKYLL, java.util.Map.of(), 0, ""))
                .render(article, "A[^why].\n\n[^why]: B.\n").html();
        assertThat(html).contains("<a href=\"https://example.org/blog/posts/k/#fn:why\" class=\"footnote-ref\">1</a>")
                .contains("<a href=\"https://example.org/blog/posts/k/#fnref:why\" class=\"footnote-backref\">");
    }

    @Test
    void aReferenceWithoutANoteStaysAsWritten() {
        assertThat(markdown("Text[^missing].\n")).isEqualTo("<p>Text[^missing].</p>");
    }

    @Test
    void taskListItemsShowTheirStateAsText() {
        assertThat(markdown("- [x] done\n- [ ] to do\n")).isEqualTo("""
                <ul>
                <li>☑ done</li>
                <li>☐ to do</li>
                </ul>""");
    }

    @Test
    void definitionListsWithTheirTermsAndOneOrMoreDefinitions() {
        assertThat(markdown("""
                Softmax
                : Turns scores into probabilities.
                : Also *smooth*.

                Temperature

                : Divides the scores.
                """)).isEqualTo("""
                <dl>
                <dt>Softmax</dt>
                <dd>Turns scores into probabilities.</dd>
                <dd>Also <em>smooth</em>.</dd>
                <dt>Temperature</dt>
                <dd>Divides the scores.</dd>
                </dl>""");
    }

    @Test
    void aColonInsideOrdinaryTextIsNoDefinition() {
        assertThat(markdown("Note: this stays\na paragraph: really.\n")).isEqualTo(
                "<p>Note: this stays\na paragraph: really.</p>");
    }

    @Test
    void headingAttributesGiveTheIdAndLeaveTheText() {
        assertThat(markdown("## Setup {#install .wide}\n\n## 安装 {: #zh}\n\n## Plain {not attributes}\n"))
                .isEqualTo("""
                <h2 id="install">Setup</h2>
                <h2 id="zh">安装</h2>
                <h2 id="plain-not-attributes">Plain {not attributes}</h2>""");
    }

    @Test
    void moreMarkerWithSpacesCutsTheSummary() {
        var body = Articles.body("posts/a.md", "---\ntitle: T\ndate: 2024-05-01\n---\nFirst part.\n\n<!-- more -->\n\nRest.\n");
        assertThat(body.summary()).isEqualTo("<p>First part.</p>");
    }

    private static String withExtras(String markdown) {
        Article article = Articles.parse("posts/x.md", "---\ntitle: X\ndate: 2024-05-01\n---\n" + markdown);
        var conventions = new Conventions(Generator.HEXO, java.util.Map.of(), 0, "")
                .with(new MarkdownExtras(true, true, true, true));
        return new BodyPipeline(conventions).render(article, markdown).html();
    }

    @Test
    void markInsertSubscriptAndSuperscriptAsMarkdownItReadsThemWhereTheSiteTurnsThemOn() {
        // the expected HTML is what markdown-it 13 with markdown-it-mark, -ins, -sub and -sup renders
        assertThat(withExtras("H~2~O and x^2^ and ==marked== and ++added++\n")).isEqualTo(
                "<p>H<sub>2</sub>O and x<sup>2</sup> and <mark>marked</mark> and <ins>added</ins></p>");
        assertThat(withExtras("~a b~ stays, ~~gone~~ is struck\n")).isEqualTo(
                "<p>~a b~ stays, <del>gone</del> is struck</p>");
        assertThat(withExtras("==a *b*== and ^x y^\n")).isEqualTo("<p><mark>a <em>b</em></mark> and ^x y^</p>");
    }

    @Test
    void withoutTheSiteTurningThemOnTheyAreText() {
        assertThat(markdown("H~2~O and x^2^ and ==marked== and ++added++\n")).isEqualTo(
                "<p>H<del>2</del>O and x^2^ and ==marked== and ++added++</p>");
    }
}
