package dev.tidings.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

final class FragmentsTest {
    @Test
    void aBlockFragmentAloneInAParagraphReplacesItAndAnInlineOneStaysInItsText() {
        var fragments = new Fragments();
        String block = fragments.block("<pre><code>x &lt; y</code></pre>", "");
        String inline = fragments.inline("<a href=\"/b/\">B</a>");
        Document document = Jsoup.parseBodyFragment("<p>" + block.strip() + "</p><p>See " + inline + ".</p>");
        fragments.restore(document);
        assertThat(document.body().html().replace("\n", ""))
                .isEqualTo("<pre><code>x &lt; y</code></pre><p>See <a href=\"/b/\">B</a>.</p>");
    }

    @Test
    void aBlockPlaceholderKeepsTheIndentOfWhatItReplaces() {
        assertThat(new Fragments().block("<hr>", "    ")).isEqualTo("\n    <!--tidings-fragment-0-->\n");
    }

    @Test
    void aCommentThatOnlyLooksLikeAPlaceholderIsLeftAlone() {
        var fragments = new Fragments();
        fragments.inline("<b>one</b>");
        Document document = Jsoup.parseBodyFragment("<p><!--tidings-fragment-7--><!--tidings-fragment-0--></p>");
        fragments.restore(document);
        assertThat(document.body().html()).isEqualTo("<p><!--tidings-fragment-7--><b>one</b></p>");
    }
}
