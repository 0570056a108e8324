package dev.tidings.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

final class AbsoluteUrlsTest {
    @Test
    void resolvesEveryUrlAttributeAgainstTheBaseAndDropsSrcsetCandidatesThatAreNotWeb() {
        var document = Jsoup.parseBodyFragment("""
                <a href="b/">b</a><img src="i.png" srcset="i2.png 2x, /r.png 3x, javascript:x 4x">\
                <video poster="p.jpg"></video><blockquote cite="../c"></blockquote><a href="https://x.example/">x</a>\
                """, "https://blog.example/posts/a/");
        AbsoluteUrls.resolve(document);
        assertThat(document.body().html().replace("\n", "")).isEqualTo("""
                <a href="https://blog.example/posts/a/b/">b</a>\
                <img src="https://blog.example/posts/a/i.png" \
                srcset="https://blog.example/posts/a/i2.png 2x, https://blog.example/r.png 3x">\
                <video poster="https://blog.example/posts/a/p.jpg"></video>\
                <blockquote cite="https://blog.example/posts/c"></blockquote>\
                <a href="https://x.example/">x</a>""");
    }

    @Test
    void leavesWhatCannotBeResolvedForTheAllowlistToJudge() {
        var document = Jsoup.parseBodyFragment("<a href=\"mailto:a@b.example\">m</a>", "https://blog.example/");
        AbsoluteUrls.resolve(document);
        assertThat(document.body().html()).isEqualTo("<a href=\"mailto:a@b.example\">m</a>");
    }
}
