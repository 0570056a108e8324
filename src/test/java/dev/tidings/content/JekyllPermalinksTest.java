package dev.tidings.content;

import static dev.tidings.content.Posts.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Every expected path and id here is one jekyll 4.3.1 wrote for the same file, front matter and config (UTC). */
final class JekyllPermalinksTest {
    private static final PostFacts GPU = post("_posts/2015-05-21-GPU-Notes.md", "2015-05-21T00:00:00Z", "title: GPU");
    private static final PostFacts HELLO = post("_posts/2019-04-25-Hello World, Again!.md", "2019-04-25T00:00:00Z",
            "title: x", "Tech", "Deep Dive");
    private static final PostFacts DOTS = post("_posts/2020-01-07-dots.and-CAPS_under.markdown",
            "2020-01-07T00:00:00Z", "title: x");
    private static final PostFacts SLUGGED = post("_posts/2020-01-02-slugged.md", "2020-01-02T00:00:00Z",
            "title: x\nslug: My Custom Slug");
    private static final PostFacts RUST = post("_posts/2020-01-10-c++ & rust: ünï café.md", "2020-01-10T00:00:00Z", "");
    private static final PostFacts FOLDER = post("tech/_posts/2020-01-09-cat-folder.md", "2020-01-09T00:00:00Z",
            "title: x", "extra");
    private static final PostFacts LATE = post("_posts/2020-12-31-late.md", "2020-12-31T23:30:00-05:00", "");
    private static final PostFacts SUB = post("_posts/sub/2020-01-08-insub.md", "2020-01-08T00:00:00Z", "");

    private static String path(String rule, PostFacts post) {
        return new JekyllPermalinks(rule, ZoneOffset.UTC).path(post);
    }

    @Test
    void dateStyleKeepsTheFileNamesCase() {
        assertThat(path("date", GPU)).isEqualTo("/2015/05/21/GPU-Notes.html");
        assertThat(path("date", DOTS)).isEqualTo("/2020/01/07/dots.and-CAPS_under.html");
        assertThat(path("date", SLUGGED)).isEqualTo("/2020/01/02/My-Custom-Slug.html");
        assertThat(path("date", RUST)).isEqualTo("/2020/01/10/c++-&-rust-ünï-café.html");
        assertThat(path("date", post("_posts/2020-01-06-中文 标题.md", "2020-01-06T00:00:00Z", "")))
                .isEqualTo("/2020/01/06/中文-标题.html");
        assertThat(path("date", SUB)).isEqualTo("/2020/01/08/insub.html");
    }

    @Test
    void categoriesComeFromFoldersAndFrontMatterLowerCased() {
        assertThat(path("date", HELLO)).isEqualTo("/tech/deep dive/2019/04/25/Hello-World,-Again!.html");
        assertThat(path("date", FOLDER)).isEqualTo("/tech/extra/2020/01/09/cat-folder.html");
        assertThat(path("date", post("_posts/2019-04-26-my_post.v2.md", "2019-04-26T00:00:00Z", "", "Misc")))
                .isEqualTo("/misc/2019/04/26/my_post.v2.html");
    }

    @Test
    void theDateIsTakenInTheSitesTimeZone() {
        assertThat(path("date", LATE)).isEqualTo("/2021/01/01/late.html");
        assertThat(path("date", post("_posts/2020-01-05-datefm.md", "2021-07-08T09:05:00+08:00", "")))
                .isEqualTo("/2021/07/08/datefm.html");
    }

    @Test
    void namedStyles() {
        assertThat(path("pretty", GPU)).isEqualTo("/2015/05/21/GPU-Notes/");
        assertThat(path("pretty", HELLO)).isEqualTo("/tech/deep dive/2019/04/25/Hello-World,-Again!/");
        assertThat(path("ordinal", GPU)).isEqualTo("/2015/141/GPU-Notes.html");
        assertThat(path("ordinal", FOLDER)).isEqualTo("/tech/extra/2020/009/cat-folder.html");
        assertThat(path("weekdate", GPU)).isEqualTo("/2015/W21/Thu/GPU-Notes.html");
        assertThat(path("weekdate", LATE)).isEqualTo("/2021/W53/Fri/late.html");
        assertThat(path("weekdate", SLUGGED)).isEqualTo("/2020/W01/Thu/My-Custom-Slug.html");
        assertThat(path("none", GPU)).isEqualTo("/GPU-Notes.html");
        assertThat(path("none", FOLDER)).isEqualTo("/tech/extra/cat-folder.html");
    }

    @Test
    void customPatterns() {
        String blog = "/blog/:i_month/:i_day/:short_year/:slug/";
        assertThat(path(blog, GPU)).isEqualTo("/blog/5/21/15/gpu-notes/");
        assertThat(path(blog, DOTS)).isEqualTo("/blog/1/7/20/dots-and-caps-under/");
        assertThat(path(blog, HELLO)).isEqualTo("/blog/4/25/19/hello-world-again/");
        assertThat(path(blog, RUST)).isEqualTo("/blog/1/10/20/c-rust-ünï-café/");
        assertThat(path(blog, SLUGGED)).isEqualTo("/blog/1/2/20/my-custom-slug/");
        assertThat(path("/:title/", HELLO)).isEqualTo("/Hello-World,-Again!/");
        assertThat(path("/:year/:slug.html", post("_posts/2019-04-26-my_post.v2.md", "2019-04-26T00:00:00Z", "")))
                .isEqualTo("/2019/my-post-v2.html");
        assertThat(path("/:categories/:year/:month/:day/:title:output_ext", HELLO))
                .isEqualTo("/tech/deep dive/2019/04/25/Hello-World,-Again!.html");
    }

    @Test
    void permalinkFrontMatterWinsAndItsPlaceholdersAreFilled() {
        var fixed = post("_posts/2020-01-03-fixed.md", "2020-01-03T00:00:00Z", "permalink: /fixed/:title/here/");
        var fixed2 = post("_posts/2020-01-04-fixed2.md", "2020-01-04T00:00:00Z", "permalink: /Fixed2.html");
        assertThat(path("date", fixed)).isEqualTo("/fixed/fixed/here/");
        assertThat(path("none", fixed2)).isEqualTo("/Fixed2.html");
    }

    @Test
    void idIsTheUrlsFolderAndTheSlugAsWritten() {
        var date = new JekyllPermalinks("date", ZoneOffset.UTC);
        assertThat(date.id(GPU)).isEqualTo("/2015/05/21/GPU-Notes");
        assertThat(date.id(SLUGGED)).isEqualTo("/2020/01/02/My Custom Slug");
        assertThat(date.id(HELLO)).isEqualTo("/tech/deep dive/2019/04/25/Hello World, Again!");
        assertThat(new JekyllPermalinks("pretty", ZoneOffset.UTC).id(GPU)).isEqualTo("/2015/05/21/GPU-Notes");
        assertThat(date.id(post("_posts/2020-01-03-fixed.md", "2020-01-03T00:00:00Z", "permalink: /fixed/:title/here/")))
                .isEqualTo("/fixed/fixed/fixed");
        assertThat(date.id(post("_posts/2020-01-04-fixed2.md", "2020-01-04T00:00:00Z", "permalink: /Fixed2.html")))
                .isEqualTo("/fixed2");
        assertThat(JekyllPermalinks.fileDate("_posts/2015-05-21-GPU-Notes.md")).contains("2015-05-21");
    }
}
