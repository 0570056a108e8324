package dev.tidings.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

final class HugoShortcodesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("<!--tidings-fragment-\\d+-->");
    private static final Page PAGE = new Page("post/a.md", "https://e.org/post/a/", "https://e.org/",
            Map.of("title", "Alpha *one*", "slug", "a", "Subtitle", "From the front matter"), name -> switch (name) {
                case "post/b", "b", "posts/bundle" -> Optional.of("https://e.org/" + name + "/");
                default -> Optional.empty();
            });

    private static Expansion expand(String text) {
        return new HugoShortcodes().expand(PAGE, text);
    }

    /** The expansion's Markdown with each fragment's HTML where its placeholder is. */
    private static String markdown(String text) {
        Expansion expansion = expand(text);
        return PLACEHOLDER.matcher(expansion.markdown()).replaceAll(placeholder -> {
            var document = Jsoup.parseBodyFragment("<div>" + placeholder.group() + "</div>");
            document.outputSettings().prettyPrint(false);
            expansion.fragments().restore(document);
            return Matcher.quoteReplacement(document.selectFirst("div").html());
        });
    }

    private static List<Expansion.Note> notes(String text) {
        return expand(text).notes();
    }

    @Test
    void aFigureOnItsOwnLineIsHtmlAroundItsCaptionWhichStaysMarkdown() {
        assertThat(markdown("""
                Before.
                {{< figure src="a b.png" title="T" caption="The *first* stage" attr="Ann" attrlink="https://e.org/ann" \
                link="https://e.org/" width="300" >}}
                After.
                """)).isEqualTo("""
                Before.

                <figure><a href="https://e.org/"><img src="a%20b.png" alt="The first stage" width="300"></a>\
                <figcaption><h4>T</h4>

                The *first* stage <a href="https://e.org/ann">Ann</a>

                </figcaption></figure>

                After.
                """);
    }

    @Test
    void aFigureInASentenceStaysInItAndOneWithoutSrcIsDroppedWithANote() {
        assertThat(markdown("See {{% figure src=\"/img/x.png\" alt=\"X\" class=\"wide\" %}} here.\n"))
                .isEqualTo("See <figure class=\"wide\"><img src=\"/img/x.png\" alt=\"X\"></figure> here.\n");
        assertThat(notes("A\n\n{{< figure caption=\"none\" >}}\n"))
                .containsExactly(new Expansion.Note(3, "shortcode \"figure\" without src dropped"));
    }

    @Test
    void highlightIsEscapedCodeWithLineNumbersWhereHugoShowsThem() {
        assertThat(markdown("""
                {{< highlight go "linenos=table,hl_lines=2" >}}
                a := "<b>" // *not* {{</* x */>}}
                b := `c`
                {{< /highlight >}}
                """)).isEqualTo("""

                <table><tbody><tr><td><pre><code>1
                2</code></pre></td><td><pre><code class="language-go">a := "&lt;b&gt;" // *not* {{&lt; x &gt;}}
                b := `c`</code></pre></td></tr></tbody></table>

                """);
        assertThat(markdown("""
                - item

                    {{< highlight python "linenos=inline,linenostart=9" >}}
                    x = 1
                      y = 2
                    {{< /highlight >}}
                """)).isEqualTo("""
                - item

                    \n    <pre><code class="language-python"> 9 x = 1
                10   y = 2</code></pre>

                """);
    }

    @Test
    void highlightHoldingAFenceAndBackticksEndsAtItsClosingTagAndWhatFollowsIsExpanded() {
        assertThat(markdown("""
                {{< highlight markdown >}}
                ```
                `{{< ref b >}}
                {{< /highlight >}}
                See {{< ref b >}}.
                """)).isEqualTo("""

                <pre><code class="language-markdown">```
                `{{&lt; ref b &gt;}}</code></pre>

                See https://e.org/b/.
                """);
    }

    @Test
    void shortcodesInCodeStayCodeAndEscapesShowTheirTextAsCodeOutsideIt() {
        String text = """
                Write {{</* notice warning */>}} or `{{%/* param "title" */%}}`, not `{{< figure src="x" >}}`.

                ```
                {{< youtube abc >}}
                {{</* youtube abc */>}}
                ```
                """;
        assertThat(markdown(text)).isEqualTo("""
                Write `{{< notice warning >}}` or `{{% param "title" %}}`, not `{{< figure src="x" >}}`.

                ```
                {{< youtube abc >}}
                {{< youtube abc >}}
                ```
                """);
        assertThat(notes(text)).isEmpty();
    }

    @Test
    void refsBecomeTheTargetsPermalinkWithItsAnchorAndAMissingOneIsANote() {
        String text = """
                [a]({{< ref "post/b.md" >}}) [b]({{< relref b >}}) [c]({{< ref "/post/b#part" >}})
                [d]({{< ref "../posts/bundle/index.md" >}}) [e]({{% ref "#here" %}})

                [f]({{< ref "nowhere.md" >}})
                """;
        assertThat(markdown(text)).isEqualTo("""
                [a](https://e.org/post/b/) [b](https://e.org/b/) [c](https://e.org/post/b/#part)
                [d](https://e.org/posts/bundle/) [e](#here)

                [f]()
                """);
        assertThat(notes(text)).containsExactly(
                new Expansion.Note(4, "ref \"nowhere.md\": no article at that path; the link has no target"));
    }

    @Test
    void embedsAreLinksNamedByTheirTitleInTheirOwnParagraphOrInTheSentence() {
        assertThat(markdown("""
                {{< youtube w7Ft2ymGmfc >}}
                Watch {{< youtube id="abc" title="A <talk>" >}} or {{< vimeo 146022717 >}}.
                {{< x user="u" id="1" >}}
                {{< tweet 2 >}} {{< instagram Cx1 >}} {{< gist u 9f notes.md >}}
                """)).isEqualTo("""

                <p><a href="https://www.youtube.com/watch?v=w7Ft2ymGmfc">YouTube Video</a></p>

                Watch <a href="https://www.youtube.com/watch?v=abc">A &lt;talk&gt;</a> or \
                <a href="https://vimeo.com/146022717">vimeo video</a>.

                <p><a href="https://x.com/u/status/1">https://x.com/u/status/1</a></p>

                <a href="https://x.com/i/status/2">https://x.com/i/status/2</a> \
                <a href="https://www.instagram.com/p/Cx1/">https://www.instagram.com/p/Cx1/</a> \
                <a href="https://gist.github.com/u/9f#file-notes-md">https://gist.github.com/u/9f#file-notes-md</a>
                """);
        assertThat(notes("\n{{< youtube >}}\n"))
                .containsExactly(new Expansion.Note(2, "shortcode \"youtube\" does not say what it embeds; dropped"));
    }

    @Test
    void paramIsTheArticlesFieldAsTextOrAsMarkdown() {
        String text = "{{< param title >}} / {{% param \"Title\" %}} / {{< param description >}}\n";
        assertThat(markdown(text)).isEqualTo("Alpha *one* / Alpha *one* / \n");
        assertThat(markdown("{{< param subtitle >}}\n")).as("any field of the article's, its name in any case")
                .isEqualTo("From the front matter\n");
        assertThat(expand(text).markdown()).startsWith("<!--tidings-fragment-0--> / Alpha *one* / ");
        assertThat(notes(text)).containsExactly(new Expansion.Note(1, "param \"description\": neither the article nor "
                + "the site's params have it (Hugo stops the build); dropped"));
    }

    @Test
    void paramFallsBackToTheSitesParamsInAnyCaseAndByDottedPathListsAndMapsAsGoPrintsThem() {
        var site = SiteParams.merged(List.of(Map.of("Editor", "Site Editor", "subtitle", "Not this one",
                "Contact", Map.of("Mastodon", "@desk@example.social", "hours", "9 to 5"),
                "topics", List.of("feeds", List.of("nested", "list")))));
        var page = new Page(PAGE.path(), PAGE.permalink(), PAGE.siteUrl(), PAGE.fields(), PAGE.references(), site);
        Expansion expansion = new HugoShortcodes().expand(page, """
                {{% param EDITOR %}} / {{% param "contact.MASTODON" %}} / {{% param subtitle %}}
                {{% param topics %}} / {{% param contact %}} / {{% param "contact.fax" %}}
                """);
        assertThat(expansion.markdown()).isEqualTo("""
                Site Editor / @desk@example.social / From the front matter
                [feeds [nested list]] / map[hours:9 to 5 mastodon:@desk@example.social] / \n""");
        assertThat(expansion.notes()).containsExactly(new Expansion.Note(2, "param \"contact.fax\": neither the "
                + "article nor the site's params have it (Hugo stops the build); dropped"));
    }

    @Test
    void paramPrintsWhatWasWrittenAndSaysWhereHugosTextMayDiffer() {
        var site = SiteParams.merged(List.of(Map.of("ratio", "1.50", "small", "0.00001", "same", "2.5",
                "off", "false", "blank", "", "when", "2024-05-01T10:00:00+08:00", "answer", "yes")));
        var page = new Page(PAGE.path(), PAGE.permalink(), PAGE.siteUrl(), Map.of(), PAGE.references(), site);
        Expansion expansion = new HugoShortcodes().expand(page, """
                {{% param ratio %}} {{% param small %}} {{% param same %}}
                {{% param off %}} [{{% param blank %}}] {{% param when %}} {{% param answer %}}
                """);
        assertThat(expansion.markdown()).isEqualTo("""
                1.50 0.00001 2.5
                false [] 2024-05-01T10:00:00+08:00 yes
                """);
        assertThat(expansion.notes()).extracting(Expansion.Note::message).containsExactly(
                "param \"ratio\": Hugo prints the number 1.50 as 1.5 unless it is written in quotes; printed as written",
                "param \"small\": Hugo prints the number 0.00001 as 1e-05 unless it is written in quotes; printed as "
                        + "written",
                "param \"off\": Hugo stops the build (\"Param not found\") at false unless it is written in quotes; "
                        + "printed as written",
                "param \"blank\": empty (Hugo stops the build); dropped",
                "param \"when\": Hugo prints a time as 2024-05-01 10:00:00 +0800 +0800 where it reads one (a TOML "
                        + "time written unquoted, a page's date); printed as written",
                "param \"answer\": Hugo's YAML reads an unquoted yes as true; printed as written");
    }

    @Test
    void otherPairsKeepTheirInnerMarkdownNestedShortcodesIncluded() {
        assertThat(markdown("""
                {{< notice warning >}}
                Careful: {{< box >}}*nested*{{< /box >}} and {{% param slug %}}.
                {{< /notice >}}
                {{< comment >}}not for readers {{< chart >}}{{< /comment >}}
                """)).isEqualTo("""

                Careful: *nested* and a.


                """);
        assertThat(notes("{{< comment >}}{{< chart >}}{{< /comment >}}")).as("nothing of a comment is shown").isEmpty();
    }

    @Test
    void detailsWrapTheirInnerMarkdownInRawHtmlLines() {
        assertThat(markdown("""
                {{< details summary="More <here>" open=true >}}
                Hidden *text*.
                {{< /details >}}
                {{< details >}}x{{< /details >}}
                """)).isEqualTo("""

                <details open><summary>More &lt;here&gt;</summary>


                Hidden *text*.


                </details>


                <details><summary>Details</summary>

                x

                </details>

                """);
    }

    @Test
    void formulaShortcodesGiveTheMathStageItsDelimiters() {
        assertThat(markdown("""
                Inline {{< katex >}} e^{i\\pi} {{< /katex >}} and {{< katex display=true >}}a
                b{{< /katex >}}.
                {{< math >}}
                x_1

                + x_2
                {{< /math >}}
                {{< katex >}}$y$ kept{{< /katex >}}{{< katex >}}
                """)).isEqualTo("""
                Inline \\(e^{i\\pi}\\) and $$a b$$.

                $$
                x_1
                + x_2
                $$

                $y$ kept
                """);
    }

    @Test
    void qrIsItsLinkOrItsText() {
        assertThat(markdown("Scan {{< qr text=\"https://e.org/\" />}}\n{{< qr >}}\nWIFI:S:x;;\n{{< /qr >}}\n"))
                .isEqualTo("Scan <a href=\"https://e.org/\">https://e.org/</a>\n\n<p>WIFI:S:x;;</p>\n\n");
    }

    @Test
    void unknownLoneStrayAndUnclosedTagsAreDroppedWithANoteAtTheirLineAndTheTextStays() {
        String text = """
                First {{< chart src="a.csv" >}} paragraph.

                {{< /stray >}}
                Second {{< figure src="x.png"
                paragraph {{< highlight go >}} stays.
                """;
        assertThat(markdown(text)).isEqualTo("""
                First  paragraph.


                Second  figure src="x.png"
                paragraph  stays.
                """);
        assertThat(notes(text)).containsExactly(
                new Expansion.Note(1, "unknown shortcode \"chart\" dropped"),
                new Expansion.Note(3, "closing shortcode \"stray\" without an opening one dropped"),
                new Expansion.Note(4, "shortcode tag '{{<' is never closed (no '>}}'); its delimiter was dropped"),
                new Expansion.Note(5, "shortcode \"highlight\" without its closing tag dropped"));
    }

    @Test
    void anOpeningTagNeverClosedStandsAloneAndWhatFollowsItIsExpandedAsUsual() {
        assertThat(markdown("{{< mystery >}}\nSee {{< ref b >}} and {{< box >}}x{{< /box >}}.\n"))
                .isEqualTo("\nSee https://e.org/b/ and x.\n");
        assertThat(notes("{{< mystery >}}\nSee {{< ref b >}}.\n"))
                .containsExactly(new Expansion.Note(1, "unknown shortcode \"mystery\" dropped"));
    }

    @Test
    void textWithoutShortcodesIsLeftAsItIs() {
        String text = "Plain {{ not a shortcode }} and {% liquid %}.\n";
        assertThat(expand(text).markdown()).isSameAs(text);
    }

    @Test
    void aThemesLoneShortcodeWithAnImageSourceReadsAsAFigureAndAnyOtherIsDropped() {
        String text = "{{< img src=\"overview.png\" alt=\"overview\" caption=\"The model\" >}}\n\n{{< chart data=\"x\" >}}\n";
        Expansion expansion = expand(text);
        assertThat(expansion.notes()).containsExactly(new Expansion.Note(3, "unknown shortcode \"chart\" dropped"));
        assertThat(markdown(text)).contains("<img src=\"overview.png\" alt=\"overview\">")
                .contains("<figcaption>").contains("The model");
    }

    @Test
    void aThemesLoneShortcodeWithAVideoSourceReadsAsAVideoWithALinkToTheFile() {
        String text = "{{< video src=\"clips/tide.mp4\" caption=\"涨潮\" >}}\n\nSee {{< video src=\"a.webm\" >}}.\n";
        assertThat(expand(text).notes()).isEmpty();
        assertThat(markdown(text)).contains("<figure><video src=\"clips/tide.mp4\" controls>"
                        + "<a href=\"clips/tide.mp4\">clips/tide.mp4</a></video><figcaption>涨潮</figcaption></figure>")
                .contains("See <figure><video src=\"a.webm\" controls><a href=\"a.webm\">a.webm</a></video></figure>.");
    }
}
