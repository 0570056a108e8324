package dev.tidings.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

final class HexoTagsTest {
    private static final Page.References POSTS = new Page.References() {
        @Override
        public Optional<String> permalink(String name) {
            return name.equals("其他") ? Optional.of("https://example.org/blog/2024/05/其他.html") : Optional.empty();
        }

        @Override
        public Optional<String> title(String name) {
            return name.equals("其他") ? Optional.of("另一篇 <文章>") : Optional.empty();
        }
    };
    private static final Page PAGE = new Page("_posts/本篇.md", "https://example.org/blog/2024/05/本篇/",
            "https://example.org/blog/", Map.of("title", "本篇 *标题*", "slug", "本篇"), POSTS);

    private final HexoTags hexo = new HexoTags();

    /** The body Markdown and the fragments make: the expansion rendered by CommonMark, fragments put back. */
    private String html(Page page, String text) {
        Expansion expansion = hexo.expand(page, text);
        String html = HtmlRenderer.builder().escapeHtml(false).build()
                .render(Parser.builder().build().parse(expansion.markdown()));
        Document document = Jsoup.parseBodyFragment(html, page.permalink());
        expansion.fragments().restore(document);
        document.outputSettings().prettyPrint(false);
        return document.body().html().strip();
    }

    private String html(String text) {
        return html(PAGE, text);
    }

    private List<Expansion.Note> notes(String text) {
        return hexo.expand(PAGE, text).notes();
    }

    @Test
    void aCodeblockIsCodeNeverMarkdownWithItsCaptionAndSourceLink() {
        assertThat(html("""
                {% codeblock 你好世界 lang:cpp https://example.org/hello.cpp 完整源码 mark:1 line_number:false %}
                #include <iostream>
                if __name__ {{ x }} {% post_path 其他 %}
                {% endcodeblock %}
                """)).isEqualTo("<figure><figcaption><span>你好世界</span><a href=\"https://example.org/hello.cpp\">完整源码"
                + "</a></figcaption><pre><code class=\"language-cpp\">#include &lt;iostream&gt;\n"
                + "if __name__ {{ x }} {% post_path 其他 %}</code></pre></figure>");
    }

    @Test
    void codeWithoutCaptionIsAPreAndItsLinkTextIsLinkUnlessGiven() {
        assertThat(html("""
                {% code lang:python %}
                print("__main__")
                {% endcode %}

                {% codeblock 源码 https://example.org/a.py %}
                *x*
                {% endcodeblock %}
                """)).isEqualTo("<pre><code class=\"language-python\">print(\"__main__\")</code></pre>\n"
                + "<figure><figcaption><span>源码</span><a href=\"https://example.org/a.py\">link</a></figcaption>"
                + "<pre><code>*x*</code></pre></figure>");
    }

    @Test
    void tagsInFencesAndInlineCodeStayAsWritten() {
        String text = """
                `{% note %}` 与 `{{ title }}`

                ```
                {% codeblock %}
                x
                {% endcodeblock %}
                ```
                """;
        assertThat(html(text)).isEqualTo("<p><code>{% note %}</code> 与 <code>{{ title }}</code></p>\n"
                + "<pre><code>{% codeblock %}\nx\n{% endcodeblock %}\n</code></pre>");
        assertThat(notes(text)).isEmpty();
    }

    @Test
    void aCodeblockInAListItemStaysInItWithoutTheItemsIndent() {
        assertThat(html("""
                1. 运行：

                   {% codeblock lang:bash %}
                   hexo generate
                     --watch
                   {% endcodeblock %}
                2. 完成
                """)).isEqualTo("<ol>\n<li>\n<p>运行：</p>\n<pre><code class=\"language-bash\">hexo generate\n"
                + "  --watch</code></pre>\n</li>\n<li>\n<p>完成</p>\n</li>\n</ol>");
    }

    @Test
    void blockquotesKeepTheirMarkdownAndHexosFooter() {
        assertThat(html("""
                {% blockquote %}
                无署名，**粗体**照常。
                {% endblockquote %}

                {% blockquote 作者, 书名 %}
                甲
                {% endblockquote %}

                {% quote @某人 https://example.org/status/1/ %}
                乙
                {% endquote %}

                {% blockquote 作者 https://example.org/essay 文章标题 %}
                丙
                {% endblockquote %}
                """)).isEqualTo("""
                <blockquote>
                <p>无署名，<strong>粗体</strong>照常。</p>
                </blockquote>
                <blockquote>
                <p>甲</p>
                <p><strong>作者</strong> <cite>书名</cite></p>
                </blockquote>
                <blockquote>
                <p>乙</p>
                <p><strong>@某人</strong> <cite><a href="https://example.org/status/1/">example.org/status/1</a></cite></p>
                </blockquote>
                <blockquote>
                <p>丙</p>
                <p><strong>作者</strong> <cite><a href="https://example.org/essay">文章标题</a></cite></p>
                </blockquote>""");
    }

    @Test
    void pullquotesAndCenterquotesAreBlockquotesWithTheirClass() {
        assertThat(html("""
                {% pullquote left %}
                *引*
                {% endpullquote %}

                {% cq %}
                中
                {% endcq %}
                """)).isEqualTo("""
                <blockquote class="pullquote left">
                <p><em>引</em></p>
                </blockquote>
                <blockquote class="blockquote-center">
                <p>中</p>
                </blockquote>""");
    }

    @Test
    void imagesAsHexoWritesThemUnderTheSitesRootAndPercentEncoded() {
        assertThat(html("""
                {% img right /images/图.png 200 100 '"标题 文字" "替代 文字"' %}

                文中 {% img https://cdn.example.org/远.jpg 标题 %} 图。

                {% asset_img wide 示意图.png 640 '"示意"' %}
                """)).isEqualTo("<img src=\"/blog/images/%E5%9B%BE.png\" class=\"right\" width=\"200\" height=\"100\" "
                + "title=\"标题 文字\" alt=\"替代 文字\">\n<p>文中 <img src=\"https://cdn.example.org/%E8%BF%9C.jpg\" "
                + "title=\"标题\"> 图。</p>\n<img src=\"/blog/2024/05/%E6%9C%AC%E7%AF%87/%E7%A4%BA%E6%84%8F%E5%9B%BE.png\" "
                + "class=\"wide\" width=\"640\" title=\"示意\">");
    }

    @Test
    void assetsOfAPostWhosePageEndsInHtmlAreInTheFolderNamedLikeThePage() {
        var page = new Page("_posts/a.md", "https://example.org/2024/a.html", "https://example.org/", Map.of(),
                Page.References.NONE);
        assertThat(html(page, "见 {% asset_link 数据.csv %} 与 {% asset_link b.zip 下载 %}：{% asset_path b.zip %}"))
                .isEqualTo("<p>见 <a href=\"/2024/a/%E6%95%B0%E6%8D%AE.csv\" title=\"数据.csv\">数据.csv</a> 与 "
                        + "<a href=\"/2024/a/b.zip\" title=\"下载\">下载</a>：/2024/a/b.zip</p>");
    }

    @Test
    void postLinksPointAtTheTargetsPermalinkTitledAsTheTarget() {
        assertThat(html("见 {% post_link 其他 %}、{% post_link 其他#小节 这里 %}，路径 {% post_path 其他 %}。"))
                .isEqualTo("<p>见 <a href=\"https://example.org/blog/2024/05/%E5%85%B6%E4%BB%96.html\" "
                        + "title=\"另一篇 &lt;文章&gt;\">另一篇 &lt;文章&gt;</a>、<a href=\"https://example.org/blog/2024/05/"
                        + "%E5%85%B6%E4%BB%96.html#%E5%B0%8F%E8%8A%82\" "
                        + "title=\"另一篇 &lt;文章&gt;\">这里</a>，路径 /blog/2024/05/%E5%85%B6%E4%BB%96.html。</p>");
    }

    @Test
    void aPostLinkToNoArticleKeepsItsTextAndSaysWhere() {
        String text = "第一行\n\n见 {% post_link 不存在 那篇文章 %} 和 {% post_path 不存在 %}。\n";
        assertThat(html(text)).isEqualTo("<p>第一行</p>\n<p>见 那篇文章 和 。</p>");
        assertThat(notes(text)).containsExactly(
                new Expansion.Note(3, "post_link: no article \"不存在\": its text is kept without a link"),
                new Expansion.Note(3, "post_path: no article \"不存在\": dropped"));
    }

    @Test
    void linksAndUrlForAreLinks() {
        assertThat(html("见 {% link Hexo 文档 https://hexo.io/docs/ true 官方文档 %}，{% url_for 首页 / %}，"
                + "{% full_url_for 关于 /about/ %}")).isEqualTo("<p>见 <a href=\"https://hexo.io/docs/\" title=\"官方文档\">"
                + "Hexo 文档</a>，<a href=\"/blog/\">首页</a>，<a href=\"https://example.org/blog/about/\">关于</a></p>");
    }

    @Test
    void rawIsTheHtmlItHoldsNeitherMarkdownNorTags() {
        String text = """
                {% raw %}
                <p><b>粗</b> **星** {% note %}</p>
                {% endraw %}

                行内 {% raw %}<kbd>Ctrl</kbd>{% endraw %} 键
                """;
        assertThat(html(text)).isEqualTo("<p><b>粗</b> **星** {% note %}</p>\n\n<p>行内 <kbd>Ctrl</kbd> 键</p>");
        assertThat(notes(text)).isEmpty();
    }

    @Test
    void framesAndVideosBecomeLinksToWhatTheyShow() {
        assertThat(html("""
                {% iframe https://example.org/map 600 400 %}

                {% youtube abc123 %}

                {% youtube PL42 playlist %}

                {% vimeo 7698 %}
                """)).isEqualTo("""
                <p><a href="https://example.org/map">https://example.org/map</a></p>
                <p><a href="https://www.youtube.com/watch?v=abc123">https://www.youtube.com/watch?v=abc123</a></p>
                <p><a href="https://www.youtube.com/playlist?list=PL42">https://www.youtube.com/playlist?list=PL42</a></p>
                <p><a href="https://vimeo.com/7698">https://vimeo.com/7698</a></p>""");
    }

    @Test
    void notesKeepTheirMarkdownAndNextsSummaryMakesThemDetails() {
        assertThat(html("""
                {% note %}
                默认
                {% endnote %}

                {% note info no-icon %}
                无图标
                {% endnote %}

                {% note warning 摘要 **粗** %}
                折叠
                {% endnote %}

                {% note blue 'fas fa-bullhorn' modern %}
                Butterfly
                {% endnote %}
                """)).isEqualTo("""
                <div class="note">
                <p>默认</p>
                </div>
                <div class="note info no-icon">
                <p>无图标</p>
                </div>
                <details class="note warning">
                <summary>
                <p>摘要 <strong>粗</strong></p>
                </summary>
                <p>折叠</p>
                </details>
                <div class="note blue fas fa-bullhorn modern">
                <p>Butterfly</p>
                </div>""");
    }

    @Test
    void tabsListTheirTitlesThenEachTabsMarkdown() {
        String text = """
                {% tabs 安装, 2 %}
                <!-- tab npm@download -->
                用 **npm**
                <!-- endtab -->
                <!-- tab -->
                无标题
                <!-- endtab -->
                {% endtabs %}
                """;
        assertThat(html(text)).isEqualTo("""
                <div class="tabs">
                <ul>
                <li>npm</li>
                <li>安装 2</li>
                </ul>
                <div class="tab-pane">
                <p>用 <strong>npm</strong></p>
                </div>
                <div class="tab-pane">
                <p>无标题</p>
                </div>
                </div>""");
        assertThat(notes(text)).isEmpty();
    }

    @Test
    void textOutsideEveryTabIsDroppedAsNextDropsItAndSaysSo() {
        String text = "{% tabs t %}\n散落的文字\n<!-- tab a -->\n甲\n<!-- endtab -->\n{% endtabs %}\n";
        assertThat(html(text)).doesNotContain("散落");
        assertThat(notes(text)).containsExactly(
                new Expansion.Note(1, "tabs: text outside its <!-- tab --> … <!-- endtab --> blocks dropped"));
    }

    @Test
    void labelsAndButtonsKeepTheirText() {
        assertThat(html("状态 {% label primary@进行中 %} 与 {% label 完成 green %}，"
                + "{% btn https://example.org/d, 下载, download, 最新版 %} {% button /docs/, 文档 %}"))
                .isEqualTo("<p>状态 <mark class=\"label primary\">进行中</mark> 与 <mark class=\"label green\">完成</mark>，"
                        + "<a href=\"https://example.org/d\" title=\"最新版\">下载</a> <a href=\"/docs/\">文档</a></p>");
    }

    @Test
    void foldsAreDetailsWithTheirTitle() {
        assertThat(html("""
                {% fold info @答案 %}
                **42**
                {% endfold %}

                {% folding cyan, 问题 %}
                甲
                {% endfolding %}

                {% hideToggle 隐藏,#fff %}
                乙
                {% endhideToggle %}
                """)).isEqualTo("""
                <details class="fold">
                <summary>答案</summary>
                <p><strong>42</strong></p>
                </details>
                <details class="folding">
                <summary>问题</summary>
                <p>甲</p>
                </details>
                <details class="toggle">
                <summary>隐藏</summary>
                <p>乙</p>
                </details>""");
    }

    @Test
    void anUnknownTagIsDroppedAndAnUnknownPairedTagKeepsItsMarkdown() {
        String text = """
                前 {% pdf /a.pdf %} 后

                {% mermaid graph %}
                *图*
                {% endmermaid %}
                """;
        assertThat(html(text)).isEqualTo("<p>前  后</p>\n<p><em>图</em></p>");
        assertThat(notes(text)).containsExactly(new Expansion.Note(1, "unknown tag \"pdf\" dropped"),
                new Expansion.Note(3, "unknown tag \"mermaid\": only its inner text is kept"));
    }

    @Test
    void anUnclosedBlockTagKeepsItsTextAndSaysWhere() {
        String text = "甲\n\n{% note info %}\n乙 *强调*\n\n{% codeblock %}\n丙\n";
        assertThat(html(text)).isEqualTo("<p>甲</p>\n<p>乙 <em>强调</em></p>\n<p>丙</p>");
        assertThat(notes(text)).containsExactly(
                new Expansion.Note(3, "tag \"note\" is never closed (no \"{% endnote %}\"): its text is kept"),
                new Expansion.Note(6, "tag \"codeblock\" is never closed (no \"{% endcodeblock %}\"): its text is kept"));
    }

    @Test
    void strayDelimitersAreDroppedWithANote() {
        String text = "甲 {% endnote %} 乙\n\n丙 {% 丁\n";
        assertThat(html(text)).isEqualTo("<p>甲  乙</p>\n<p>丙  丁</p>");
        assertThat(notes(text)).containsExactly(
                new Expansion.Note(1, "\"{% endnote %}\" without its \"{% note %}\": dropped"),
                new Expansion.Note(3, "\"{%\" is never closed: dropped"));
    }

    @Test
    void variablesOfThePageAreItsFieldsOthersAreDroppedAndCommentsRemoved() {
        String text = "《{{ title }}》{{ page.author }}{# 注释 #}。";
        assertThat(html(text)).isEqualTo("<p>《本篇 *标题*》。</p>");
        assertThat(notes(text)).containsExactly(new Expansion.Note(1, "variable \"{{ page.author }}\" dropped"));
    }

    @Test
    void containersNestInListsAndInEachOtherWithNotesOnTheirOwnLines() {
        String text = """
                - 项 {% note info %}
                  列表里的 *提示*
                  {% endnote %}

                {% note %}
                外层

                {% note warning %}
                内层 {% nope %}

                {% codeblock %}
                代码 {% nope %}
                {% endcodeblock %}
                {% endnote %}
                {% endnote %}
                """;
        assertThat(html(text)).isEqualTo("""
                <ul>
                <li>
                <p>项</p>
                <div class="note info">
                <p>列表里的 <em>提示</em></p>
                </div>
                </li>
                </ul>
                <div class="note">
                <p>外层</p>
                <div class="note warning">
                <p>内层</p>
                <pre><code>代码 {% nope %}</code></pre>
                </div>
                </div>""");
        assertThat(notes(text)).containsExactly(new Expansion.Note(9, "unknown tag \"nope\" dropped"));
    }

    @Test
    void aTagOpeningALineMakesItRawHtmlAsInHexo() {
        // Hexo's placeholder for a tag is an HTML comment too: a line it starts is an HTML block, not Markdown
        assertThat(html("{% link 甲 https://example.org/ %} 与 **乙**")).isEqualTo(
                "<a href=\"https://example.org/\">甲</a> 与 **乙**");
    }

    @Test
    void aPostThatDisablesNunjucksKeepsItsTagsAsWritten() {
        var page = new Page("_posts/a.md", "https://example.org/a/", "https://example.org/",
                Map.of("title", "A", "disableNunjucks", "true"), POSTS);
        Expansion expansion = hexo.expand(page, "Write {% note info %}x{% endnote %} like this.\n");
        assertThat(expansion.markdown()).isEqualTo("Write {% note info %}x{% endnote %} like this.\n");
        assertThat(expansion.notes()).isEmpty();
    }
}
