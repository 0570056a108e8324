package dev.tidings.content;

import static dev.tidings.content.Posts.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Zola 0.22's page paths, written out by hand from its rules: each row names the unit test of Zola's
 * {@code components/content/src/page.rs} or {@code components/utils/src/slugs.rs} it repeats, or the sentence of
 * Zola's documentation ({@code content/page.md}) it follows. Paths are relative to {@code content/}.
 */
final class ZolaPermalinksTest {
    private static final String DAY = "2024-01-15T00:00:00Z";
    private final ZolaPermalinks on = new ZolaPermalinks(Map.of());

    @ParameterizedTest(name = "{1} with {0}: {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # page.rs test_can_make_url_from_sections_and_slug; can_make_url_from_slug_only
            on   | posts/intro/start.md                   | slug: hello-world         | /posts/intro/hello-world/
            on   | start.md                               | slug: hello-world         | /hello-world/
            # docs, "Path from filename": content/foo/bar/thing.md; the title never makes the path
            on   | foo/bar/thing.md                       | title: Lexers & Parsers!  | /foo/bar/thing/
            # page.rs: folders are file.components joined as written, not slugified
            on   | My Notes/Deep_Dive/x.md                | title: T                  | /My Notes/Deep_Dive/x/
            # page.rs page_with_assets_gets_right_info, page_with_assets_uses_filepath_for_assets (with_assets)
            on   | posts/with-assets/index.md             | title: T                  | /posts/with-assets/
            on   | posts/with_assets/index.md             | title: T                  | /posts/with-assets/
            # page.rs page_with_assets_and_slug_overrides_path, page_with_assets_and_date_in_folder_name
            on   | posts/with-assets/index.md             | slug: hey                 | /posts/hey/
            on   | posts/2013-06-02_with-assets/index.md  | title: T                  | /posts/with-assets/
            # docs: content/about/index.md is a page at [base_url]/about
            on   | about/index.md                         | title: T                  | /about/
            # docs, "Path from filename": 2018-10-10-hello-world.md; "2021-01-23 -hello new world.md"
            on   | blog/2018-10-10-hello-world.md         | title: T                  | /blog/hello-world/
            on   | blog/2021-01-23 -hello new world.md    | title: T                  | /blog/hello-new-world/
            # page.rs can_get_date_from_short_date_in_filename, can_get_date_from_filename_with_spaces
            on   | 2018-10-08_hello.md                    | title: T                  | /hello/
            on   | 2018-10-08 - hello.md                  | title: T                  | /hello/
            # page.rs can_get_date_from_full_rfc3339_date_in_filename
            on   | 2018-10-02T15:00:00Z-hello.md          | title: T                  | /hello/
            # docs (Zola 0.22, #2966): 2018-10-10.md is at [base_url]/2018-10-10
            on   | 2018-10-10.md                          | title: T                  | /2018-10-10/
            # page.rs colocated_page_with_slug_and_date_in_path: the slug wins over the file name's
            on   | articles/2021-07-29-sample-article-1.md | slug: hey                | /articles/hey/
            # RFC3339_DATE takes months 01 to 12 only: no date, the whole name is the slug
            on   | 2018-13-01-x.md                        | title: T                  | /2018-13-01-x/
            # #2966: with paths_keep_dates the date stays; docs: its '_' is slugified into a '-' with "on"
            keep | 2018-10-10-hello-world.md              | title: T                  | /2018-10-10-hello-world/
            keep | 2018-10-10_hello.md                    | title: T                  | /2018-10-10-hello/
            # page.rs can_make_url_from_path, can_make_url_from_path_starting_slash
            on   | posts/intro/start.md                   | path: hello-world         | /hello-world/
            on   | posts/intro/start.md                   | path: /hello-world        | /hello-world/
            # page.rs: path is trimmed, never slugified, and wins over slug
            on   | x.md                                   | "slug: s; path:  A/Über uns/ " | /A/Über uns/
            # page.rs can_make_url_from_slug_only_with_no_special_chars, can_make_slug_from_non_slug_filename
            on   | start.md                               | slug: hello-&-world       | /hello-world/
            on   | " file with space.md"                  | title: T                  | /file-with-space/
            # docs, "Path from frontmatter": the same slug with "on" and with "safe"
            on   | zines/x.md | slug: élevage-chèvre-carrière-alternative | /zines/elevage-chevre-carriere-alternative/
            safe | zines/x.md | slug: élevage-chèvre-carrière-alternative | /zines/élevage-chèvre-carrière-alternative/
            # page.rs can_make_url_from_utf8_slug_frontmatter, can_make_path_from_utf8_filename
            safe | start.md                               | slug: 日本                | /日本/
            safe | 日本.md                                | title: T                  | /日本/
            safe | blog/2024-01-15-My Post?.md            | title: T                  | /blog/My Post/
            # page.rs can_get_date_from_filename_with_spaces_respects_slugification, its rfc3339 twin
            off  | 2018-10-08 - hello.md                  | title: T                  | "/ hello/"
            off  | 2018-10-02T15:00:00Z- こんにちは.md    | title: T                  | "/ こんにちは/"
            off  | test (hey).md                          | title: T                  | /test (hey)/
            """)
    void pathsAsZolaMakesThem(String slugify, String file, String fields, String expected) {
        var zola = new ZolaPermalinks(slugify.equals("keep") ? Map.of("slugify.paths_keep_dates", "true")
                : Map.of("slugify.paths", slugify));
        assertThat(zola.path(post(file, DAY, fields.replace("; ", "\n")))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # slugs.rs can_slugify_paths: input, "on", "safe"
            input       | input          | input
            "test "     | test           | test
            tes t       | tes-t          | tes t
            "dot. "     | dot            | dot
            héhé        | hehe           | héhé
            test (hey)  | test-hey       | test (hey)
            # the slug crate's own examples
            My Test String!!!1!1 | my-test-string-1-1 | My Test String!!!1!1
            "  --test_-_cool"    | test-cool          | "  --test_-_cool"
            You & Me             | you-me             | You & Me
            # slugs.rs strip_invalid_paths_chars: <>:"/\\|?* go with "safe"
            "What? A <Big>: /|* Deal" | what-a-big-deal | "What A Big  Deal"
            # deunicode drops combining accents (a name saved decomposed, as macOS does); CJK punctuation is a space
            "Cafe\u0301 Cre\u0300me" | cafe-creme     | "Cafe\u0301 Cre\u0300me"
            Notes，Part 1。           | notes-part-1   | Notes，Part 1。
            """)
    void slugifiesAsZola(String input, String slugified, String safe) {
        assertThat(Slugs.zolaSlugify(input)).contains(slugified);
        assertThat(Slugs.zolaSafe(input)).isEqualTo(safe);
    }

    @Test
    void theDateComesFromTheFileOrBundleNameInUtc() {
        // page.rs can_get_date_from_short_date_in_filename, page_with_assets_and_date_in_folder_name; a date alone is
        // midnight UTC (front_matter/page.rs parse_datetime: assume_utc)
        assertThat(ZolaPermalinks.fileDate("2018-10-08_hello.md"))
                .contains(OffsetDateTime.parse("2018-10-08T00:00:00Z"));
        assertThat(ZolaPermalinks.fileDate("posts/2013-06-02_with-assets/index.md"))
                .contains(OffsetDateTime.parse("2013-06-02T00:00:00Z"));
        // page.rs can_get_date_from_full_rfc3339_date_in_filename
        assertThat(ZolaPermalinks.fileDate("2018-10-02T15:00:00Z-hello.md"))
                .contains(OffsetDateTime.parse("2018-10-02T15:00:00Z"));
        assertThat(ZolaPermalinks.fileDate("2018-10-02T15:00:00+08:00_hello.md"))
                .contains(OffsetDateTime.parse("2018-10-02T15:00:00+08:00"));
        assertThat(ZolaPermalinks.fileDate("2018-10-10.md")).contains(OffsetDateTime.parse("2018-10-10T00:00:00Z"));
        assertThat(ZolaPermalinks.fileDate("blog/hello.md")).isEmpty();
    }

    @Test
    void onCannotSpellChineseInAsciiSoTheSlugIsTidingsOwnAndSaysSo() {
        // slugs.rs can_slugify_paths: "日本" is "ri-ben" with "on", which takes deunicode's table
        assertThat(Slugs.zolaSlugify("日本")).isEmpty();
        assertThat(Slugs.zolaSlugify("Straße")).isEmpty();  // deunicode's ß → ss is a table entry, not a decomposition
        assertThat(on.path(post("notes/2024-01-15-注意力 机制.md", DAY, "title: T"))).isEqualTo("/notes/注意力-机制/");
        assertThat(on.doubt(post("notes/2024-01-15-注意力 机制.md", DAY, "title: T"))).contains("Zola's "
                + "slugify.paths = \"on\" spells its file name '注意力 机制' in ASCII with a table Tidings does not "
                + "have, so its link uses '注意力-机制' instead of Zola's; set 'slug' to the last part of the page's URL "
                + "on the site, or 'path' to all of it");
        assertThat(on.doubt(post("notes/注意力/index.md", DAY, "slug: 注意力"))).hasValueSatisfying(
                message -> assertThat(message).contains("its 'slug' '注意力'"));
        // an ASCII slug settles it, and so does a path; "safe" needs no table
        assertThat(on.doubt(post("notes/注意力.md", DAY, "slug: zhu-yi-li"))).isEmpty();
        assertThat(on.path(post("notes/注意力.md", DAY, "slug: zhu-yi-li"))).isEqualTo("/notes/zhu-yi-li/");
        assertThat(on.doubt(post("notes/注意力.md", DAY, "path: notes/attention"))).isEmpty();
        assertThat(new ZolaPermalinks(Map.of("slugify.paths", "safe")).doubt(post("notes/注意力.md", DAY, "title: T")))
                .isEmpty();
    }
}
