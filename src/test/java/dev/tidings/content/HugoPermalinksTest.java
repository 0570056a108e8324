package dev.tidings.content;

import static dev.tidings.content.Posts.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every expected path here is one hugo 0.111.3 wrote for the same file, front matter and config. */
final class HugoPermalinksTest {
    private static final String DAY = "2021-02-03T00:00:00Z";
    private final HugoPermalinks site = new HugoPermalinks(Map.of(
            "post", "/post/:slug/",
            "posts", "/:year/:month/:day/:title/",
            "a", "/:year/:monthname/:weekday/:yearday/:filename/",
            "b", "/:section/:sections/:slugorfilename/",
            "blog", "/:sections/:filename/",
            "d", "/:slug/",
            "e", "/:title.html",
            "f", "/:year-:month/:filename/"), false, Set.of());

    private String path(String file, String fields) {
        return site.path(post(file, DAY, fields));
    }

    @Test
    void slugFallsBackToTheUrlizedTitle() {
        assertThat(path("post/project-x/index.md", "title: Lexers: a language server"))
                .isEqualTo("/post/lexers-a-language-server/");
        assertThat(path("post/中文.md", "title: 我的笔记，第一篇？")).isEqualTo("/post/我的笔记第一篇/");
        assertThat(path("d/noslug.md", "title: Title Only Here")).isEqualTo("/title-only-here/");
        assertThat(path("d/zh.md", "title: 中文 标题")).isEqualTo("/中文-标题/");
    }

    @Test
    void slugIsUrlizedAndLowerCased() {
        assertThat(path("post/NumPy Tips.md", "title: x\nslug: NumPy")).isEqualTo("/post/numpy/");
        assertThat(path("post/slugspace.md", "title: u\nslug: Hello World  Twice")).isEqualTo("/post/hello-world-twice/");
        assertThat(path("g/withslug.md", "title: G\nslug: gslug")).isEqualTo("/g/gslug/");
        assertThat(path("g/plus.md", "title: a+b\nslug: S+T")).isEqualTo("/g/s+t/");
    }

    @Test
    void titleKeepsLettersOfAnyScriptAndDropsMostPunctuation() {
        assertThat(path("post/c++.md", "title: C++ & Rust: Ünïcödé café — naïve façade 2.0!"))
                .isEqualTo("/post/c-rust-ünïcödé-café-naïve-façade-2.0/");
        assertThat(path("post/apos.md", "title: It's a \"quoted\" title (with) [brackets] {x} #1 @home 100% a/b "
                + "a_b a.b a~b a+b a=b"))
                .isEqualTo("/post/its-a-quoted-title-with-brackets-x-#1-@home-100-a/b-a_b-a.b-a~b-a-b-ab/");
        assertThat(path("e/plus.md", "title: a+b")).isEqualTo("/a-b.html/");
        assertThat(path("e/etitle.md", "title: E Title Here")).isEqualTo("/e-title-here.html/");
    }

    @Test
    void datesComeFromTheDateAsWritten() {
        assertThat(site.path(post("posts/My Post.md", "2021-12-09T23:30:00+08:00", "title: Hello World: Again")))
                .isEqualTo("/2021/12/09/hello-world-again/");
        assertThat(path("a/First Post.md", "title: A")).isEqualTo("/2021/february/3/34/first-post/");
        assertThat(path("f/ff.md", "title: F")).isEqualTo("/2021-02/ff/");
    }

    @Test
    void sectionsAreFoldersWithAnIndexFile() {
        assertThat(path("b/sub/deeper/Page One.md", "title: B")).isEqualTo("/b/b/page-one/");
        assertThat(path("b/sub/bundle/index.md", "title: B2\nslug: Bee Two")).isEqualTo("/b/b/bee-two/");
        assertThat(path("blog/deep/er/Leaf.md", "title: L")).isEqualTo("/blog/leaf/");
        assertThat(path("blog/deep/bund/index.md", "title: L2")).isEqualTo("/blog/bund/");
    }

    @Test
    void withoutARuleThePathIsTheFoldersAndFileName() {
        assertThat(path("notes/drafts-2019/thing.md", "title: N")).isEqualTo("/notes/drafts-2019/thing/");
        assertThat(path("notes/Mixed Case File.md", "title: N")).isEqualTo("/notes/mixed-case-file/");
        assertThat(path("notes/bund/index.md", "title: N")).isEqualTo("/notes/bund/");
        assertThat(path("top.md", "title: T")).isEqualTo("/top/");
    }

    @Test
    void urlIsTakenAsWritten() {
        assertThat(path("post/url.md", "title: u\nurl: /custom/Path/here/")).isEqualTo("/custom/Path/here/");
        assertThat(path("post/urlnoslash.md", "title: u\nurl: custom2")).isEqualTo("/custom2/");
    }

    @Test
    void uglyUrlsEndInHtml() {
        var ugly = new HugoPermalinks(Map.of("posts", "/:year/:month/:slug/", "docs", "/:sections[1:]/:filename/"),
                true, Set.of("docs/guide"));
        assertThat(ugly.path(post("posts/x.md", "2022-03-04T00:00:00Z", "title: Café Δelta")))
                .isEqualTo("/2022/03/café-δelta.html");
        assertThat(ugly.path(post("notes/slugnorule.md", DAY, "title: A\nslug: Custom Slug")))
                .isEqualTo("/notes/custom-slug.html");
        assertThat(ugly.path(post("notes/bun/index.md", DAY, "title: C"))).isEqualTo("/notes/bun.html");
        assertThat(ugly.path(post("docs/guide/intro.md", DAY, "title: D"))).isEqualTo("/guide/intro.html");
        assertThat(ugly.path(post("docs/guide/deep/page.md", DAY, "title: D"))).isEqualTo("/guide/page.html");
    }
}
