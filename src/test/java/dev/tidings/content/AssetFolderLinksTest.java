package dev.tidings.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

final class AssetFolderLinksTest {
    @Test
    void linksIntoThePostsAssetFolderBecomeRelativeToItsPageAndNothingElseChanges() {
        var document = Jsoup.parseBodyFragment("""
                <img src="067_bitcoin/ledger.png"><img src="./067_bitcoin/a%20b.png">\
                <a href="067_bitcoin/paper.pdf">paper</a><img src="other/x.png"><img src="/067_bitcoin/y.png">\
                """);
        AssetFolderLinks.resolve(document, "2026/067_bitcoin.md", "https://e.org/2026/067_bitcoin/");
        assertThat(document.body().html().replace("\n", "")).isEqualTo("""
                <img src="ledger.png"><img src="a b.png"><a href="paper.pdf">paper</a><img src="other/x.png">\
                <img src="/067_bitcoin/y.png">""");
    }

    @Test
    void onAPageThatIsAFileTheFolderIsBesideItAndLinksStayAsWritten() {
        var document = Jsoup.parseBodyFragment("<img src=\"post/ledger.png\">");
        AssetFolderLinks.resolve(document, "post.md", "https://e.org/2024/05/post.html");
        assertThat(document.body().html()).isEqualTo("<img src=\"post/ledger.png\">");
    }
}
