package dev.tidings.content;

import static dev.tidings.content.Posts.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Every expected path here is one hexo 8.1.2 gave the same file, front matter and config (timezone UTC). */
final class HexoPermalinksTest {
    private static final String DEFAULT = ":year/:month/:day/:title/";
    private static final PostFacts HELLO = post("hello-world.md", "2020-03-04T09:05:06Z", "title: Hello World");
    private static final PostFacts CHINESE = post("我的笔记，第一篇？.md", "2021-01-02T10:00:00Z", "title: 我的笔记",
            "技术", "子类");
    private static final PostFacts DEEP = post("notes/2021/2021-05-06-deep-post.md", "2021-05-06T10:00:00Z",
            "title: Deep", "Tech Notes");
    private static final PostFacts PREFIXED = post("2022-01-02-prefixed.md", "2022-01-02T10:00:00Z", "title: P");
    private static final PostFacts MIXED = post("Mixed Case Name.md", "2022-02-03T10:00:00Z", "title: M");
    private static final PostFacts SLUGGED = post("slugged.md", "2022-02-03T10:00:00Z", "title: F\nslug: My Slug");
    private static final PostFacts LATE = post("late.md", "2022-12-31T23:30:00-05:00", "title: L");

    private static String path(String rule, String newPostName, PostFacts post) {
        return new HexoPermalinks(rule, newPostName, ZoneOffset.UTC, "uncategorized").path(post);
    }

    @Test
    void defaultNewPostNameKeepsTheWholePathAsTheTitle() {
        assertThat(path(DEFAULT, ":title.md", HELLO)).isEqualTo("/2020/03/04/hello-world/");
        assertThat(path(DEFAULT, ":title.md", CHINESE)).isEqualTo("/2021/01/02/我的笔记，第一篇？/");
        assertThat(path(DEFAULT, ":title.md", DEEP)).isEqualTo("/2021/05/06/notes/2021/2021-05-06-deep-post/");
        assertThat(path(DEFAULT, ":title.md", PREFIXED)).isEqualTo("/2022/01/02/2022-01-02-prefixed/");
        assertThat(path(DEFAULT, ":title.md", MIXED)).isEqualTo("/2022/02/03/Mixed Case Name/");
        assertThat(path(DEFAULT, ":title.md", SLUGGED)).isEqualTo("/2022/02/03/slugged/");
        assertThat(path(DEFAULT, ":title.md", LATE)).isEqualTo("/2023/01/01/late/");
    }

    @Test
    void datedNewPostNameStripsThePrefixOrSlugizesAPathItDoesNotMatch() {
        String dated = ":year-:month-:day-:title.md";
        assertThat(path(DEFAULT, dated, PREFIXED)).isEqualTo("/2022/01/02/prefixed/");
        assertThat(path(DEFAULT, dated, DEEP)).isEqualTo("/2021/05/06/notes-2021-2021-05-06-deep-post/");
        assertThat(path(DEFAULT, dated, MIXED)).isEqualTo("/2022/02/03/Mixed-Case-Name/");
        assertThat(path(DEFAULT, dated, CHINESE)).isEqualTo("/2021/01/02/我的笔记，第一篇？/");
        assertThat(path(":year/:i_month/:i_day/:name.html", dated, HELLO)).isEqualTo("/2020/3/4/hello-world.html");
        assertThat(path(":year/:i_month/:i_day/:name.html", dated, DEEP))
                .isEqualTo("/2021/5/6/notes-2021-2021-05-06-deep-post.html");
        assertThat(path("posts/:title.html", dated, MIXED)).isEqualTo("/posts/Mixed-Case-Name.html");
        assertThat(path(":title/", dated, PREFIXED)).isEqualTo("/prefixed/");
    }

    @Test
    void categoryAndPostTitle() {
        String rule = ":category/:post_title/";
        assertThat(path(rule, ":title.md", CHINESE)).isEqualTo("/技术/子类/我的笔记/");
        assertThat(path(rule, ":title.md", DEEP)).isEqualTo("/Tech-Notes/deep/");
        assertThat(path(rule, ":title.md", HELLO)).isEqualTo("/uncategorized/hello-world/");
        assertThat(path(rule, ":title.md", PREFIXED)).isEqualTo("/uncategorized/p/");
    }

    @Test
    void hashIsTheSlugAndUnixTimeHashed() {
        String dated = ":year-:month-:day-:title.md";
        assertThat(path(":hash/:title", dated, PREFIXED)).isEqualTo("/0d5ad5705135/prefixed");
        assertThat(path(":hash/:title", dated, HELLO)).isEqualTo("/d4abee0ac178/hello-world");
        assertThat(path(":hash/:title", dated, LATE)).isEqualTo("/7157d7aae180/late");
        assertThat(path(":hash/:title", dated, CHINESE)).isEqualTo("/a3ffd22938af/我的笔记，第一篇？");
    }

    @Test
    void permalinkFrontMatterIsTakenAsWritten() {
        assertThat(path(DEFAULT, ":title.md", post("fixed.md", "2022-02-03T10:00:00Z", "permalink: /custom/Fixed/")))
                .isEqualTo("/custom/Fixed/");
        assertThat(path(DEFAULT, ":title.md", post("fixed2.md", "2022-02-03T10:00:00Z", "permalink: custom/fixed2.html")))
                .isEqualTo("/custom/fixed2.html");
    }

    @Test
    void slugizeDropsDiacriticsAndAsciiPunctuationOnly() {
        assertThat(Slugs.hexoSlugize("Ünïcödé café — naïve Æsir ß", false)).isEqualTo("Unicode-cafe-—-naive-AEsir-s");
        assertThat(Slugs.hexoSlugize("C++ & Rust: a/b", true)).isEqualTo("c-rust-a-b");
        assertThat(Slugs.hexoSlugize("我的笔记，第一篇？", false)).isEqualTo("我的笔记，第一篇？");
        assertThat(Slugs.hexoSlugize("Hello  World_x.y~z", false)).isEqualTo("Hello-World-x-y-z");
    }
}
