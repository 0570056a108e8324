package dev.tidings.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.dialect.Expansion.Note;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

final class JekyllLiquidTest {
    private static final Map<String, String> POSTS = Map.of(
            "_posts/2019-03-02-two", "https://ex.org/notes/2019/03/02/two/",
            "_posts/sub/2019-03-03-three", "https://ex.org/notes/sub/2019/03/03/three/");
    private static final Page PAGE = new Page("_posts/2019-03-01-notes.md", "https://ex.org/notes/2019/03/01/notes/",
            "https://ex.org/notes/", Map.of("title", "Field notes", "slug", "notes", "date", "2019-03-01T08:30:00Z",
                    "url", "https://ex.org/notes/2019/03/01/notes/", "lang", "en"),
            name -> POSTS.keySet().stream().filter(key -> key.equals(name) || key.endsWith("/" + name)).findFirst()
                    .map(POSTS::get).or(Optional::empty));

    private static Expansion expand(String text) {
        return new JekyllLiquid().expand(PAGE, text);
    }

    /** The expansion's Markdown with its fragments put back, as HTML would show them. */
    private static String withFragments(Expansion expansion) {
        Document document = Jsoup.parseBodyFragment(expansion.markdown());
        document.outputSettings().prettyPrint(false);
        expansion.fragments().restore(document);
        return document.body().html();
    }

    @Test
    void siteUrlAndBaseurlAreTheSiteUrlSplitAtItsPath() {
        var expansion = expand("""
                [{{ site.url }}] [{{ site.baseurl }}] [{{site.url}}{{ site.baseurl }}]
                ![cat]({{ site.baseurl }}/assets/cat.png) <img src="{{ site.baseurl }}/assets/dog.png">
                """);
        assertThat(expansion.markdown()).isEqualTo("""
                [https://ex.org] [/notes] [https://ex.org/notes]
                ![cat](/notes/assets/cat.png) <img src="/notes/assets/dog.png">
                """);
        assertThat(expansion.notes()).isEmpty();
    }

    @Test
    void urlFiltersWriteWhatJekyllWrites() {
        var expansion = expand("""
                ![a]({{ '/assets/a.png' | relative_url }}) ![b]({{"assets/b.png"|relative_url}})
                <img src="{{ '/assets/c d.png' | absolute_url }}"> {{ 'https://x.org/e.png' | relative_url }} {{ '' | relative_url }}
                """);
        assertThat(expansion.markdown()).isEqualTo("""
                ![a](/notes/assets/a.png) ![b](/notes/assets/b.png)
                <img src="https://ex.org/notes/assets/c%20d.png"> https://x.org/e.png /notes
                """);
    }

    @Test
    void pageVariablesAndCommonFilters() {
        var expansion = expand("""
                {{ page.title }} | {{ page.title | upcase }} | {{ page.date }} | {{ page.date | date: "%Y-%m-%d %b %-d" }}
                {{ page.date | date_to_long_string }} | {{ page.url }} | {{ page.url | absolute_url }} | {{ page.slug }}
                {{ page.subtitle | default: "none" }} | {{ page.title | append: "!" | downcase }}
                """);
        assertThat(expansion.markdown()).isEqualTo("""
                Field notes | FIELD NOTES | 2019-03-01 08:30:00 +0000 | 2019-03-01 Mar 1
                01 March 2019 | /2019/03/01/notes/ | https://ex.org/notes/2019/03/01/notes/ | notes
                none | field notes!
                """);
        assertThat(expansion.notes()).containsExactly(new Note(3,
                "'{{ page.subtitle | default: \"none\" }}': page.subtitle is not known to Tidings, so it is left out"));
    }

    @Test
    void anUnknownFilterLeavesTheValueAndSaysSo() {
        var expansion = expand("a\n{{ page.title | smartypants }}\n");
        assertThat(expansion.markdown()).isEqualTo("a\nField notes\n");
        assertThat(expansion.notes()).containsExactly(new Note(2, "'{{ page.title | smartypants }}': the filter "
                + "'smartypants' is not known to Tidings, so the value is shown unfiltered"));
    }

    @Test
    void assignAndCaptureMakeVariables() {
        var expansion = expand("""
                {% assign img = '/assets/a.png' | relative_url %}{% capture who %}by {{ page.title }}{% endcapture %}
                ![x]({{ img }}) {{ who }}
                """);
        assertThat(expansion.markdown()).isEqualTo("\n![x](/notes/assets/a.png) by Field notes\n");
        assertThat(expansion.notes()).isEmpty();
    }

    @Test
    void postUrlAndLinkGiveTheTargetsPathAndANoteWhenThereIsNone() {
        var expansion = expand("""
                [two]({% post_url 2019-03-02-two %}) [three]({% post_url sub/2019-03-03-three %})
                [again]({% link _posts/2019-03-02-two.md %}) [pdf]({% link assets/a.pdf %})
                [gone]({% post_url 2018-01-01-gone %})
                """);
        assertThat(expansion.markdown()).isEqualTo("""
                [two](/notes/2019/03/02/two/) [three](/notes/sub/2019/03/03/three/)
                [again](/notes/2019/03/02/two/) [pdf](/notes/assets/a.pdf)
                [gone]()
                """);
        assertThat(expansion.notes()).containsExactly(new Note(3, "'{% post_url 2018-01-01-gone %}': no post "
                + "'2018-01-01-gone' among the site's articles, so the link leads nowhere"));
    }

    @Test
    void highlightIsCodeNeverMarkdownWithRougesLineNumberTableWhenAsked() {
        var expansion = expand("""
                Before.
                {% highlight python %}
                def f(x):  # *not emphasis* {{ page.title }}
                    return x < 1
                {% endhighlight %}
                {% highlight ruby linenos %}
                a = 1
                b = 2
                {% endhighlight %}
                After.
                """);
        assertThat(expansion.markdown()).isEqualTo("""
                Before.

                <!--tidings-fragment-0-->


                <!--tidings-fragment-1-->

                After.
                """);
        assertThat(withFragments(expansion).replaceAll(">\\s+<", "><")).isEqualTo("""
                Before.

                <pre><code class="language-python">def f(x):  # *not emphasis* {{ page.title }}
                    return x &lt; 1</code></pre><table class="rouge-table"><tbody><tr><td class="gutter gl">\
                <pre class="lineno">1
                2
                </pre></td><td class="code"><pre><code class="language-ruby">a = 1
                b = 2</code></pre></td></tr></tbody></table>

                After.
                """);
        assertThat(expansion.notes()).isEmpty();
    }

    @Test
    void highlightInsideAListItemKeepsItsIndent() {
        var expansion = expand("""
                1. Run:
                   {% highlight sh %}
                   make all
                   {% endhighlight %}
                """);
        assertThat(expansion.markdown()).isEqualTo("1. Run:\n   \n   <!--tidings-fragment-0-->\n\n");
        assertThat(withFragments(expansion)).contains("<pre><code class=\"language-sh\">make all</code></pre>");
    }

    @Test
    void rawIsTextAsWrittenAndItsTagsGoEvenInsideCode() {
        var expansion = expand("""
                {% raw %}{{ page.title }} *em*{% endraw %}

                `{% raw %}{{ x }}{% endraw %}` and `{{ page.title }}`

                ```liquid
                {% raw %}{% if a %}{{ b }}{% endif %}{% endraw %}
                {{ site.url }}
                ```
                """);
        assertThat(expansion.markdown()).isEqualTo("""
                {{ page.title }} *em*

                `{{ x }}` and `{{ page.title }}`

                ```liquid
                {% if a %}{{ b }}{% endif %}
                {{ site.url }}
                ```
                """);
        assertThat(expansion.notes()).isEmpty();
    }

    @Test
    void includesLogicAndUnknownTagsAreLeftOutWithANoteEachAndCommentsSilently() {
        var expansion = expand("""
                One {% include note.html param="x" %} two.
                {% if page.comments %}
                Shown only sometimes.
                {% if page.x %}{% endif %}
                {% endif %}
                {% for t in page.tags %}{{ t }}{% endfor %}
                {% comment %} a {{ page.nothing }} {% endcomment %}
                {% youtube abc %}
                {% callout %}Kept *inner*.{% endcallout %}
                """);
        assertThat(expansion.markdown()).isEqualTo("One  two.\n\n\n\n\nKept *inner*.\n");
        assertThat(expansion.notes()).containsExactly(
                new Note(1, "'{% include note.html param=\"x\" %}' is left out: Tidings does not render Jekyll's "
                        + "includes"),
                new Note(2, "'{% if page.comments %}' … '{% endif %}' is left out with what it holds: Tidings does "
                        + "not evaluate Liquid's conditions and loops"),
                new Note(6, "'{% for t in page.tags %}' … '{% endfor %}' is left out with what it holds: Tidings "
                        + "does not evaluate Liquid's conditions and loops"),
                new Note(8, "the Liquid tag '{% youtube abc %}' is not known to Tidings, so it is left out"),
                new Note(9, "the Liquid tag '{% callout %}' is not known to Tidings; its inner text is kept"));
    }

    @Test
    void imageAndVideoIncludesBecomeFiguresFromTheirParametersAndOtherIncludesAreLeftOut() {
        var expansion = expand("""
                {% assign picture = "/img/owl.jpg" %}
                {% include image.html url=picture description="An owl" %}

                Text {% include figure image_path="/img/a b.png" caption="猫头鹰" %} after.

                {% include video.liquid path="clips/x.mp4" %}
                {% include note.html param="x.png" %}
                """);
        var html = new StringBuilder(expansion.markdown());
        assertThat(expansion.fragments().isEmpty()).isFalse();
        var document = org.jsoup.Jsoup.parseBodyFragment(
                org.commonmark.renderer.html.HtmlRenderer.builder().build().render(
                        org.commonmark.parser.Parser.builder().build().parse(html.toString())));
        expansion.fragments().restore(document);
        assertThat(document.select("figure img").eachAttr("src"))
                .containsExactly("/notes/img/owl.jpg", "/notes/img/a%20b.png");
        assertThat(document.select("figure img").first().attr("alt")).isEqualTo("An owl");
        assertThat(document.select("figcaption").eachText()).containsExactly("An owl", "猫头鹰");
        assertThat(document.select("p").first().text()).startsWith("Text").endsWith("after.");
        assertThat(document.select("video").attr("src")).isEqualTo("/notes/clips/x.mp4");
        assertThat(document.select("video a").attr("href")).isEqualTo("/notes/clips/x.mp4");
        assertThat(expansion.notes()).containsExactly(new Note(7, "'{% include note.html param=\"x.png\" %}' is "
                + "left out: Tidings does not render Jekyll's includes"));
    }

    @Test
    void whitespaceControlTrimsTheTextBeside() {
        assertThat(expand("a  {%- assign x = 1 -%}\n\n  b {{- ' c ' -}} d").markdown()).isEqualTo("ab c d");
    }

    @Test
    void malformedTagsAreNotedAndNothingElseIsLost() {
        var expansion = expand("""
                {% endif %}Para one {% if x %} stays.

                Para two {{ page.title and {% highlight c %}
                int x;

                Last {% raw %} para.
                """);
        assertThat(expansion.markdown()).isEqualTo("""
                Para one  stays.

                Para two {{ page.title and\s
                int x;

                Last  para.
                """);
        assertThat(expansion.notes()).containsExactly(
                new Note(1, "'{% endif %}' stands outside the block it belongs to, so it is left out"),
                new Note(1, "'{% if x %}' has no '{% endif %}', so only the tag is left out"),
                new Note(3, "'{{' is never closed, so it is shown as written"),
                new Note(3, "'{% highlight c %}' has no '{% endhighlight %}', so only the tag is left out"),
                new Note(6, "'{% raw %}' has no '{% endraw %}', so only the tag is left out"));
    }

    @Test
    void kramdownNotesAfterLiquidKeepTheAuthorsLines() {
        var expansion = expand("""
                {% comment %}
                three
                lines
                {% endcomment %}
                {% highlight c %}
                x
                {% endhighlight %}
                {::widget}x{:/widget}
                """);
        assertThat(expansion.notes()).containsExactly(new Note(8,
                "kramdown's extension '{::widget}' is not known to Tidings; its tags are left out"));
    }

    @Test
    @Timeout(10)
    void textFullOfUnclosedMarkupStaysLinear() {
        String hostile = "{{ a {% b {% raw %} {::comment} {% if c %} {% x %}\n<div markdown=\"1\">\n".repeat(20_000);
        var expansion = expand(hostile);
        assertThat(expansion.notes()).hasSizeGreaterThan(20_000);
    }

    @Test
    void aPostThatTurnsLiquidOffKeepsItAsWritten() {
        var page = new Page("_posts/2019-03-01-a.md", "https://ex.org/a/", "https://ex.org/",
                Map.of("title", "A", "render_with_liquid", "false"), Page.References.NONE);
        Expansion expansion = new JekyllLiquid().expand(page, "Write {{ page.title }} like this.\n");
        assertThat(expansion.markdown()).isEqualTo("Write {{ page.title }} like this.\n");
        assertThat(expansion.notes()).isEmpty();
    }
}
