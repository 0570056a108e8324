package dev.tidings.content;

import static dev.tidings.content.Articles.parse;
import static dev.tidings.content.Articles.parseBytes;
import static dev.tidings.content.Articles.parseOrDraft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ArticleParserTest {

    @Test
    void readsEveryField() {
        Article article = parse("posts/hello.md", """
                ---
                title: "  Hello,   world "
                date: 2024-05-01T09:30:00+08:00
                updated: 2024-06-01T10:00:00+08:00
                authors:
                  - name: Jane Doe
                    email: jane@example.org
                    uri: https://jane.example.org/
                  - Li Lei <lilei@example.org>
                categories: [机器学习, Math]
                tags: [C++, "c#", 机器学习]
                summary: A *short* summary.
                slug: hello-world
                id: urn:uuid:8f0c3e32-0d4a-4c1e-9f1a-2b1b1f0d9a11
                lang: zh-CN
                image: images/cover.png
                comments: 12
                unknown_field: ignored
                ---
                Body.
                """);
        assertThat(article.title()).isEqualTo("Hello, world");
        assertThat(article.published()).isEqualTo(OffsetDateTime.parse("2024-05-01T09:30:00+08:00"));
        assertThat(article.updated()).isEqualTo(OffsetDateTime.parse("2024-06-01T10:00:00+08:00"));
        assertThat(article.authors()).containsExactly(
                new Author("Jane Doe", "jane@example.org", "https://jane.example.org/"),
                new Author("Li Lei", "lilei@example.org", ""));
        assertThat(article.categories()).containsExactly("机器学习", "Math");
        assertThat(article.tags()).containsExactly("C++", "c#", "机器学习");
        assertThat(article.source().summary()).isEqualTo("A *short* summary.");
        assertThat(article.slug()).isEqualTo("hello-world");
        assertThat(article.permalink()).isEqualTo("https://example.org/blog/posts/hello-world/");
        assertThat(article.id()).isEqualTo("urn:uuid:8f0c3e32-0d4a-4c1e-9f1a-2b1b1f0d9a11");
        assertThat(article.lang()).isEqualTo("zh-CN");
        assertThat(article.image()).isEqualTo("https://example.org/blog/posts/hello-world/images/cover.png");
        assertThat(article.comments()).isEqualTo(12);
        assertThat(article.source().bodyLine()).isEqualTo(20);
    }

    @Test
    void acceptsAliasesAndSingleValues() {
        Article article = parse("posts/a.md", """
                ---
                title: A
                date: 2024-05-01
                lastmod: 2024-05-03T08:00:00Z
                author: Jane Doe
                category: Machine Learning
                tags: deep-learning python
                description: The description.
                url: /2024/a/
                ---
                """);
        assertThat(article.updated()).isEqualTo(OffsetDateTime.parse("2024-05-03T08:00:00Z"));
        assertThat(article.authors()).containsExactly(Author.named("Jane Doe"));
        assertThat(article.categories()).containsExactly("Machine Learning");  // 'category' is one name
        assertThat(article.tags()).containsExactly("deep-learning", "python");  // Jekyll: space-separated names
        assertThat(article.source().summary()).isEqualTo("The description.");
        assertThat(article.permalink()).isEqualTo("https://example.org/blog/2024/a/");
    }

    @Test
    void flattensNestedCategoryListsAndDropsDuplicateNamesIgnoringCase() {
        Article article = parse("source/_posts/a.md", """
                ---
                title: A
                date: 2024-05-01
                categories:
                  - [Diary, PlayStation]
                  - Games
                tags: [Python, python, " Rust "]
                ---
                """);
        assertThat(article.categories()).containsExactly("Diary", "PlayStation", "Games");
        assertThat(article.tags()).containsExactly("Python", "Rust");
    }

    @Test
    void readsTomlFrontMatter() {
        Article article = parse("content/posts/toml.md", """
                +++
                title = "TOML 文章"
                date = 2024-05-01T09:30:00+08:00
                lastmod = 2024-05-02T09:30:00+08:00
                tags = ["hugo", "toml"]
                draft = false

                [params]
                mood = "fine"
                +++
                Body.
                """);
        assertThat(article.title()).isEqualTo("TOML 文章");
        assertThat(article.published()).isEqualTo(OffsetDateTime.parse("2024-05-01T09:30:00+08:00"));
        assertThat(article.updated()).isEqualTo(OffsetDateTime.parse("2024-05-02T09:30:00+08:00"));
        assertThat(article.tags()).containsExactly("hugo", "toml");
        assertThat(article.source().bodyLine()).isEqualTo(11);
    }

    @Test
    void readsZolasTaxonomiesTableAndPointsAtIt() {
        Article article = parse("content/posts/zola.md", """
                +++
                title = "Zola"
                date = 2024-05-01

                [extra]
                tags = ["not", "these"]

                [taxonomies]
                tags = ["attention"]
                categories = ["notes"]
                +++
                Body.
                """);
        assertThat(article.tags()).containsExactly("attention");
        assertThat(article.categories()).containsExactly("notes");
        assertThatThrownBy(() -> parse("posts/bad.md", """
                +++
                title = "A"
                date = 2024-05-01
                [taxonomies]
                tags = [["a"], {b = 1}]
                +++
                """))  // at the line of its table
                .hasMessage("posts/bad.md:4: 'tags' must be a name or a list of names, but contains a map");
    }

    @Test
    void reportsTomlErrorsAtTheirLine() {
        assertThatThrownBy(() -> parse("posts/bad.md", """
                +++
                title = "A"
                date = 2024-05-01
                tags = [unquoted]
                +++
                """))
                .isInstanceOf(ContentException.class)
                .hasMessageStartingWith("posts/bad.md:4: the front matter is not valid TOML: ")
                .hasMessageEndingWith("; expected 'key = value' lines");
    }

    @Test
    void reportsTomlFieldErrorsAtTheFieldsLine() {
        assertThatThrownBy(() -> parse("posts/bad.md", """
                +++
                title = "A"

                date = "yesterday"
                +++
                """))
                .hasMessage("posts/bad.md:4: 'date' must be an ISO 8601 date like 2024-05-01 or date-time like "
                        + "2024-05-01T09:30:00+08:00, but was 'yesterday'");
    }

    @Test
    void readsDatesInEveryFormBlogToolsWrite() {
        assertThat(dateOf("2024-05-01")).isEqualTo("2024-05-01T00:00+08:00");  // midnight in the site's zone
        assertThat(dateOf("2024-05-01T09:30:00")).isEqualTo("2024-05-01T09:30+08:00");
        assertThat(dateOf("2024-05-01T09:30")).isEqualTo("2024-05-01T09:30+08:00");
        assertThat(dateOf("2024-05-01T09:30:00Z")).isEqualTo("2024-05-01T09:30Z");
        assertThat(dateOf("2024-05-01T09:30:00.250-05:00")).isEqualTo("2024-05-01T09:30:00.250-05:00");
        assertThat(dateOf("2024-05-01 09:30:00 +0800")).isEqualTo("2024-05-01T09:30+08:00");  // Jekyll
        assertThat(dateOf("2024-05-01 09:30:00")).isEqualTo("2024-05-01T09:30+08:00");  // Hexo
        assertThat(dateOf("'2024-05-01T09:30:00+05:30'")).isEqualTo("2024-05-01T09:30+05:30");
    }

    @Test
    void readsTheLenientDatesJekyllHexoAndHugoRead() {
        assertThat(dateOf("2019-04-25 9:00:00")).isEqualTo("2019-04-25T09:00+08:00");  // YAML 1.1 timestamp, Hugo
        assertThat(dateOf("2019-04-25T8:30:03")).isEqualTo("2019-04-25T08:30:03+08:00");
        assertThat(dateOf("2019-04-25 09:00")).isEqualTo("2019-04-25T09:00+08:00");  // Jekyll, Hexo
        assertThat(dateOf("2019-04-25 9:00")).isEqualTo("2019-04-25T09:00+08:00");
        assertThat(dateOf("2019-04-25 09:00:00 +0800")).isEqualTo("2019-04-25T09:00+08:00");
        assertThat(dateOf("2019-04-25T09:00:00+0800")).isEqualTo("2019-04-25T09:00+08:00");
        assertThat(dateOf("2019-04-25  09:00:00   -05:00")).isEqualTo("2019-04-25T09:00-05:00");
        assertThat(dateOf("2019-04-25 09:00:00 +8")).isEqualTo("2019-04-25T09:00+08:00");  // YAML 1.1 timestamp
        assertThat(dateOf("2019-04-25 09:00:00.5 Z")).isEqualTo("2019-04-25T09:00:00.500Z");
        assertThat(dateOf("2025-05-1 14:59")).isEqualTo("2025-05-01T14:59+08:00");  // Hexo's moment, YAML 1.1
        assertThat(dateOf("2025-5-01")).isEqualTo("2025-05-01T00:00+08:00");
    }

    @Test
    void stillRefusesWhatTheGeneratorsRefuse() {
        for (String date : List.of("2019-04-25 9", "2019-04-25 123:00", "2019-04-25 09:00:00 +800", "25/04/2019",
                "2019-04-25 09:00 PM", "April 25, 2019")) {
            assertThatThrownBy(() -> parse("a.md", "---\ntitle: A\ndate: " + date + "\n---\n"))
                    .as(date)
                    .hasMessage("a.md:3: 'date' must be an ISO 8601 date like 2024-05-01 or date-time like "
                            + "2024-05-01T09:30:00+08:00, but was '" + date + "'");
        }
    }

    private static String dateOf(String yaml) {
        return parse("posts/d.md", "---\ntitle: D\ndate: " + yaml + "\n---\n").published().toString();
    }

    @Test
    void rejectsDateThatIsNotIso8601() {
        var source = """
                ---
                title: Hello
                date: yesterday
                ---
                Body.
                """;
        assertThatThrownBy(() -> parse("content/hello-world.md", source))
                .isInstanceOf(ContentException.class)
                .hasMessage("content/hello-world.md:3: 'date' must be an ISO 8601 date like 2024-05-01 or date-time "
                        + "like 2024-05-01T09:30:00+08:00, but was 'yesterday'");
    }

    @Test
    void rejectsImpossibleDates() {
        assertThatThrownBy(() -> parse("a.md", "---\ntitle: A\ndate: 2024-02-30\n---\n"))
                .hasMessageContaining("a.md:3: 'date' must be an ISO 8601 date").hasMessageEndingWith("'2024-02-30'");
        assertThatThrownBy(() -> parse("a.md", "---\ntitle: A\ndate: 2024-05-01\nupdated: 2024-05-01T25:00\n---\n"))
                .hasMessageStartingWith("a.md:4: 'updated' must be an ISO 8601 date");
        assertThatThrownBy(() -> parse("a.md", "---\ntitle: A\ndate: 2024\n---\n"))
                .hasMessageEndingWith("but was '2024'");
    }

    @Test
    void takesTheDateFromAJekyllFileNameAndTheSlugFromTheRest() {
        Article article = parse("_posts/2024-03-18-adam-w.md", "---\ntitle: AdamW\n---\n");
        assertThat(article.published()).isEqualTo(OffsetDateTime.parse("2024-03-18T00:00+08:00"));
        assertThat(article.slug()).isEqualTo("adam-w");
        assertThat(article.id()).isEqualTo("tag:example.org,2024-03-18:adam-w");
    }

    @Test
    void frontMatterDateWinsOverTheFileName() {
        Article article = parse("_posts/2024-03-18-a.md", "---\ntitle: A\ndate: 2024-03-20T10:00:00+08:00\n---\n");
        assertThat(article.published()).isEqualTo(OffsetDateTime.parse("2024-03-20T10:00+08:00"));
    }

    @Test
    void requiresADate() {
        assertThatThrownBy(() -> parse("posts/no-date.md", "---\ntitle: No date\n---\nBody\n"))
                .hasMessage("posts/no-date.md:2: 'date' is required; expected a line like "
                        + "'date: 2024-05-01T09:30:00+08:00' (or a file name starting with the date, like "
                        + "2024-05-01-hello.md)");
    }

    @Test
    void requiresATitle() {
        assertThatThrownBy(() -> parse("posts/untitled.md", "---\ndate: 2024-05-01\n---\nBody\n"))
                .isInstanceOf(ContentException.class)
                .hasMessage("posts/untitled.md:1: 'title' is required; expected a line like 'title: Hello, world' "
                        + "in the front matter");
        assertThatThrownBy(() -> parse("posts/blank.md", "---\ndate: 2024-05-01\ntitle: \"  \"\n---\n"))
                .hasMessageStartingWith("posts/blank.md:3: 'title' is required");
        assertThatThrownBy(() -> parse("posts/list.md", "---\ndate: 2024-05-01\ntitle: [a, b]\n---\n"))
                .hasMessage("posts/list.md:3: 'title' must be a single value, but was a list");
    }

    @Test
    void updatedBeforePublishedMeansPublished() {
        Article article = parse("a.md", "---\ntitle: A\ndate: 2024-05-02\nupdated: 2024-05-01\n---\n");
        assertThat(article.updated()).isEqualTo(article.published());
    }

    @Test
    void leavesDraftsOutWithoutCheckingTheRest() {
        assertThat(parseOrDraft("a.md", "---\ntitle: A\ndraft: true\n---\n")).isEmpty();
        assertThat(parseOrDraft("a.md", "---\ndraft: yes\ndate: someday\n---\n")).isEmpty();
        assertThat(parseOrDraft("a.md", "---\ntitle: A\npublished: false\n---\n")).isEmpty();  // Jekyll
        assertThat(parseOrDraft("a.md", "---\ntitle: A\ndate: 2024-05-01\ndraft: false\n---\n")).isPresent();
        assertThatThrownBy(() -> parse("a.md", "---\ntitle: A\ndraft: maybe\n---\n"))
                .hasMessage("a.md:3: 'draft' must be true or false, but was 'maybe'");
    }

    @Test
    void mintsATagUriThatDoesNotDependOnDomainSchemeOrPermalink() {
        Article article = parse("posts/a.md", "---\ntitle: A\ndate: 2024-05-01T23:30:00-05:00\n---\n");
        assertThat(article.id()).isEqualTo("tag:example.org,2024-05-01:a");  // the date as written, not UTC's
        Site moved = new Site("T", "", java.net.URI.create("http://new.example.com/"), "en", List.of(),
                Articles.SHANGHAI, "example.org", "/{year}/{month}/{slug}.html", 20, "", "", 1 << 20, 1 << 20);
        byte[] same = "---\ntitle: A\ndate: 2024-05-01T23:30:00-05:00\n---\n".getBytes(StandardCharsets.UTF_8);
        Article elsewhere = new ArticleParser(moved, BodyStore.open()).parse("posts/a.md", same, 0).orElseThrow();
        assertThat(elsewhere.id()).isEqualTo(article.id());
        assertThat(elsewhere.permalink()).isEqualTo("http://new.example.com/2024/05/a.html");
    }

    @Test
    void percentEncodesNonAsciiSlugsInIdsAndPermalinks() {
        Article article = parse("posts/重参数.md", "---\ntitle: 重参数\ndate: 2024-05-01\n---\n");
        assertThat(article.slug()).isEqualTo("重参数");
        assertThat(article.permalink()).isEqualTo("https://example.org/blog/posts/%E9%87%8D%E5%8F%82%E6%95%B0/");
        assertThat(article.id()).isEqualTo("tag:example.org,2024-05-01:%E9%87%8D%E5%8F%82%E6%95%B0");
    }

    @Test
    void derivesSlugsFromFileNamesAndPageBundles() {
        assertThat(parse("posts/My First Post.md", "---\ntitle: A\ndate: 2024-05-01\n---\n").slug())
                .isEqualTo("my-first-post");
        assertThat(parse("posts/flash-attention/index.md", "---\ntitle: A\ndate: 2024-05-01\n---\n").slug())
                .isEqualTo("flash-attention");
        assertThat(parse("notes.markdown", "---\ntitle: A\ndate: 2024-05-01\n---\n").slug()).isEqualTo("notes");
    }

    @Test
    void rejectsSlugsThatAreNotOnePathSegment() {
        for (String slug : List.of("a/b", "a\\\\b", "..", "a..b", "a b", "a?b", "a#b", "50%")) {
            assertThatThrownBy(() -> parse("posts/s.md", "---\ntitle: S\ndate: 2024-05-01\nslug: \"" + slug
                    + "\"\n---\n"))
                    .as(slug)
                    .hasMessage("posts/s.md:4: 'slug' must be one URL path segment of letters, digits, other characters "
                            + "outside ASCII (not spaces or controls) and -_.~!$&'()*+,;=@, without '..', but was '"
                            + slug.replace("\\\\", "\\") + "'");
        }
        assertThatThrownBy(() -> parse("posts/what?.md", "---\ntitle: S\ndate: 2024-05-01\n---\n"))
                .hasMessage("posts/what?.md:1: the file name gives the slug 'what?', which is not one URL path segment "
                        + "of letters, digits, other characters outside ASCII (not spaces or controls) and "
                        + "-_.~!$&'()*+,;=@, without '..'; rename the file or add a 'slug' field");
    }

    @Test
    void ignoresIdsThatAreNotAbsoluteUrisAsHexoDoes() {
        for (String id : List.of("123", "8f0c3e32-0d4a-4c1e-9f1a-2b1b1f0d9a11", "\"\"")) {
            assertThat(parse("posts/a.md", "---\ntitle: A\ndate: 2024-05-01\nid: " + id + "\n---\n").id())
                    .as(id).isEqualTo("tag:example.org,2024-05-01:a");
        }
    }

    @Test
    void takesTheSummaryTheAuthorWrote() {
        assertThat(summaryOf("excerpt: Jekyll and Hexo's own.\n", "Body.\n")).isEqualTo("Jekyll and Hexo's own.");
        assertThat(summaryOf("excerpt: E\ndescription: D\n", "Body.\n")).isEqualTo("D");  // as the feeds prefer
        assertThat(summaryOf("excerpt: E\ndescription: D\nsummary: S\n", "Body.\n")).isEqualTo("S");
        assertThat(summaryOf("excerpt_separator: <!--cut-->\n", "\nFirst *part*.\n\n<!--cut-->\nRest.\n"))
                .isEqualTo("First *part*.");
        assertThat(summaryOf("excerpt_separator: <!--cut-->\n", "No separator here.\n")).isEmpty();  // automatic
        assertThat(summaryOf("excerpt: E\nexcerpt_separator: <!--cut-->\n", "A\n<!--cut-->\nB\n")).isEqualTo("E");
        assertThat(summaryOf("", "A\n<!--cut-->\nB\n")).isEmpty();  // not a marker unless the post or site says so
    }

    @Test
    void takesASiteWideExcerptSeparatorThatAnArticleMayOverride() {
        var parser = new ArticleParser(Articles.SITE.withExcerptSeparator("\n\n"), BodyStore.open());
        var text = "---\ntitle: A\ndate: 2024-05-01\n---\n\nFirst paragraph.\n\nSecond <!--cut--> one.\n";
        assertThat(parser.parse("a.md", text.getBytes(StandardCharsets.UTF_8), 0).orElseThrow().source().summary())
                .isEqualTo("First paragraph.");
        var own = text.replace("title: A\n", "title: A\nexcerpt_separator: <!--cut-->\n");
        assertThat(parser.parse("a.md", own.getBytes(StandardCharsets.UTF_8), 0).orElseThrow().source().summary())
                .isEqualTo("First paragraph.\n\nSecond");
    }

    private static String summaryOf(String fields, String body) {
        return parse("posts/s.md", "---\ntitle: S\ndate: 2024-05-01\n" + fields + "---\n" + body).source().summary();
    }

    @Test
    void readsImagesUnderTheirAliasesAndAsMaps() {
        assertThat(imageOf("cover: c.png")).isEqualTo("https://example.org/blog/posts/i/c.png");
        assertThat(imageOf("featured_image: /f.png")).isEqualTo("https://example.org/f.png");
        assertThat(imageOf("thumbnail: https://cdn.example/t.png")).isEqualTo("https://cdn.example/t.png");
        assertThat(imageOf("image:\n  path: /assets/p.png\n  alt: A")).isEqualTo("https://example.org/assets/p.png");
        assertThat(imageOf("image: {feature: f.jpg, credit: Me}")).isEqualTo("https://example.org/blog/posts/i/f.jpg");
        assertThat(imageOf("image: {src: s.jpg}")).isEqualTo("https://example.org/blog/posts/i/s.jpg");
        assertThat(imageOf("cover:\n  image: cover.jpg\n  relative: true"))
                .isEqualTo("https://example.org/blog/posts/i/cover.jpg");
        assertThat(imageOf("image: {caption: no url}")).isEmpty();
        assertThat(imageOf("image: [a.png, b.png]")).isEmpty();
        assertThatThrownBy(() -> imageOf("cover: \"javascript:x\""))
                .hasMessage("posts/i.md:4: 'cover' must be an http(s) URL or a path relative to the article, like "
                        + "images/cover.png, but was 'javascript:x'");
    }

    private static String imageOf(String yaml) {
        return parse("posts/i.md", "---\ntitle: I\ndate: 2024-05-01\n" + yaml + "\n---\n").image();
    }

    @Test
    void leavesHiddenAndUnlistedPagesOut() {
        assertThat(parseOrDraft("a.md", "---\ntitle: A\ndate: 2024-05-01\nhidden: true\n---\n")).isEmpty();
        assertThat(parseOrDraft("a.md", "---\ntitle: A\ndate: 2024-05-01\nunlisted: true\n---\n")).isEmpty();
        assertThat(parseOrDraft("a.md", "---\ntitle: A\ndate: 2024-05-01\nhide: true\n---\n")).as("Fluid").isEmpty();
        assertThat(parseOrDraft("a.md", "---\ntitle: A\n_build:\n  list: never\n---\n")).isEmpty();
        assertThat(parseOrDraft("a.md", "---\ntitle: A\nbuild: {list: local}\n---\n")).isEmpty();
        assertThat(parseOrDraft("a.md", "+++\ntitle = 'A'\ndate = 2024-05-01\n[_build]\nlist = 'never'\n+++\n"))
                .isEmpty();
        assertThat(parseOrDraft("search.md", "---\ntitle: Search\ndate: 2024-05-01\nlayout: search\n---\n"))
                .as("PaperMod's search page").isEmpty();
        assertThat(parseOrDraft("archives.md", "---\ntitle: Archive\ndate: 2024-05-01\nlayout: archives\n---\n"))
                .isEmpty();
        assertThat(parseOrDraft("a.md", "---\ntitle: A\ndate: 2024-05-01\nlayout: post\n---\nA.\n")).isPresent();
        assertThat(parseOrDraft("a.md", "---\ntitle: A\ndate: 2024-05-01\nhidden: false\n"
                + "_build: {list: always, render: always}\n---\n")).isPresent();
        assertThatThrownBy(() -> parse("a.md", "---\ntitle: A\ndate: 2024-05-01\n_build: {list: sometimes}\n---\n"))
                .hasMessage("a.md:4: '_build' 'list' must be always, local or never, but was 'sometimes'");
        assertThatThrownBy(() -> parse("a.md", "---\ntitle: A\ndate: 2024-05-01\nhidden: perhaps\n---\n"))
                .hasMessage("a.md:4: 'hidden' must be true or false, but was 'perhaps'");
    }

    @Test
    void readsHugosPublishAndExpiryDates() {
        Article article = parse("a.md", "---\ntitle: A\ndate: 2024-05-01\npublishDate: 2024-05-03 9:00:00\n"
                + "expirydate: 2025-01-01T00:00:00Z\n---\n");
        assertThat(article.published()).isEqualTo(OffsetDateTime.parse("2024-05-01T00:00+08:00"));
        assertThat(article.window()).isEqualTo(new Article.Window(OffsetDateTime.parse("2024-05-03T09:00+08:00")
                .toInstant(), OffsetDateTime.parse("2025-01-01T00:00Z").toInstant()));
        Article undated = parse("b.md", "---\ntitle: B\npublishdate: 2024-05-03\n---\n");
        assertThat(undated.published()).isEqualTo(OffsetDateTime.parse("2024-05-03T00:00+08:00"));
        assertThat(undated.window().until()).isEqualTo(java.time.Instant.MAX);
        assertThatThrownBy(() -> parse("c.md", "---\ntitle: C\ndate: 2024-05-01\nexpiryDate: soon\n---\n"))
                .hasMessage("c.md:4: 'expiryDate' must be an ISO 8601 date like 2024-05-01 or date-time like "
                        + "2024-05-01T09:30:00+08:00, but was 'soon'");
    }

    @Test
    void acceptsFileNamesTheGeneratorsAccept() {
        Article article = parse("_posts/2024-05-01-我的笔记，第一篇？.md", "---\ntitle: N\n---\n");
        assertThat(article.slug()).isEqualTo("我的笔记，第一篇？");
        assertThat(article.permalink()).isEqualTo("https://example.org/blog/posts/"
                + "%E6%88%91%E7%9A%84%E7%AC%94%E8%AE%B0%EF%BC%8C%E7%AC%AC%E4%B8%80%E7%AF%87%EF%BC%9F/");
        assertThat(parse("posts/c++-and-rust's (notes).md", "---\ntitle: N\ndate: 2024-05-01\n---\n").slug())
                .isEqualTo("c++-and-rust's-(notes)");
        for (String name : List.of("a\u0007b", "a\u200bb", "a%b", "a#b")) {
            assertThatThrownBy(() -> parse("posts/" + name + ".md", "---\ntitle: N\ndate: 2024-05-01\n---\n"))
                    .as(name).hasMessageContaining("the file name gives the slug '" + name + "', which is not one URL");
        }
    }

    @Test
    void takesTheSlugAndLanguageOfAHugoTranslationBundle() {
        Article article = parse("post/x/index.zh-cn.md", "---\ntitle: X\ndate: 2024-05-01\nlang: en\n---\n");
        assertThat(article.slug()).isEqualTo("x");
        assertThat(article.lang()).isEqualTo("zh-cn");  // the file name decides, as in Hugo
        assertThat(parse("post/x/index.md", "---\ntitle: X\ndate: 2024-05-01\n---\n").lang()).isEqualTo("en");
        assertThat(parse("post/index.en.md", "---\ntitle: X\ndate: 2024-05-01\n---\n").slug()).isEqualTo("post");
    }

    @Test
    void skipsBlankLinesBeforeTheFrontMatterAsHugoAndHexoDo() {
        Article article = parse("a.md", "\n  \n---\ntitle: A\ndate: 2024-05-01\n---\nBody.\n");
        assertThat(article.title()).isEqualTo("A");
        assertThat(article.source().bodyLine()).isEqualTo(7);
        assertThatThrownBy(() -> parse("b.md", "\n\n---\ntitle: B\ndate: yesterday\n---\n"))
                .hasMessageStartingWith("b.md:5: 'date' must be");
        assertThatThrownBy(() -> parse("c.md", "\n# Just Markdown\n"))
                .hasMessageStartingWith("c.md:2: no front matter; expected the first line to be '---'");
        assertThatThrownBy(() -> parse("d.md", "\n---\ntitle: D\n"))
                .hasMessage("d.md:2: the front matter opened with '---' on line 2 is never closed; expected a line "
                        + "'---' after the fields");
    }

    @Test
    void checksPermalinksImagesLanguagesAndCommentCounts() {
        assertThatThrownBy(() -> parse("a.md", "---\ntitle: A\ndate: 2024-05-01\npermalink: javascript:alert(1)\n---\n"))
                .hasMessage("a.md:4: 'permalink' must be an absolute http(s) URL or a site-relative path like "
                        + "/2024/hello/, but was 'javascript:alert(1)'");
        assertThatThrownBy(() -> parse("a.md", "---\ntitle: A\ndate: 2024-05-01\nimage: \"data:image/png;base64,AA\"\n---\n"))
                .hasMessage("a.md:4: 'image' must be an http(s) URL or a path relative to the article, like "
                        + "images/cover.png, but was 'data:image/png;base64,AA'");
        assertThatThrownBy(() -> parse("a.md", "---\ntitle: A\ndate: 2024-05-01\nlang: chinese simplified\n---\n"))
                .hasMessage("a.md:4: 'lang' must be a language tag like zh-CN or en, but was 'chinese simplified'");
        assertThatThrownBy(() -> parse("a.md", "---\ntitle: A\ndate: 2024-05-01\ncomments: many\n---\n"))
                .hasMessage("a.md:4: 'comments' must be a comment count like 12, but was 'many'");
        assertThat(parse("a.md", "---\ntitle: A\ndate: 2024-05-01\ncomments: true\n---\n").hasComments()).isFalse();
        assertThat(parse("a.md", "---\ntitle: A\ndate: 2024-05-01\npermalink: https://other.example/x\n---\n")
                .permalink()).isEqualTo("https://other.example/x");
        assertThat(parse("a.md", "---\ntitle: A\ndate: 2024-05-01\n---\n").lang()).isEqualTo("en");
    }

    @Test
    void acceptsBomCrlfAndTrailingSpacesOnDelimiters() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "---  \r\ntitle: CRLF\r\ndate: 2024-05-01\r\n---\r\nLine one\r\nLine two\r\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(text, 0, bytes, bom.length, text.length);
        Article article = parseBytes("crlf.md", bytes).orElseThrow();
        assertThat(article.title()).isEqualTo("CRLF");
        assertThat(article.source().bodyLine()).isEqualTo(5);
    }

    @Test
    void removesCharactersXmlForbidsFromEveryString() {
        Article article = parse("a.md", "---\ntitle: \"Bad\\x01 \\uFFFE title\\u000B\"\ndate: 2024-05-01\n"
                + "author: \"Jo\\x02\"\ntags: [\"t\\x1F1\"]\n---\n");
        assertThat(article.title()).isEqualTo("Bad title");
        assertThat(article.authors().get(0).name()).isEqualTo("Jo");
        assertThat(article.tags()).containsExactly("t1");
    }

    @Test
    void reportsAnEmptyFile() {
        assertThatThrownBy(() -> parse("posts/empty.md", ""))
                .hasMessage("posts/empty.md:1: the file is empty; expected front matter between '---' lines with at "
                        + "least 'title' and 'date', then the article");
        assertThatThrownBy(() -> parse("posts/blank.md", "\n  \n")).hasMessageStartingWith("posts/blank.md:1: the file is empty");
    }

    @Test
    void reportsMissingAndUnclosedFrontMatter() {
        assertThatThrownBy(() -> parse("posts/plain.md", "# Just Markdown\n"))
                .hasMessage("posts/plain.md:1: no front matter; expected the first line to be '---' (YAML) or '+++' "
                        + "(TOML), then at least 'title' and 'date', then the same delimiter again");
        assertThatThrownBy(() -> parse("posts/open.md", "---\ntitle: Open\ndate: 2024-05-01\n\nBody\n"))
                .hasMessage("posts/open.md:1: the front matter opened with '---' on line 1 is never closed; expected a "
                        + "line '---' after the fields");
    }

    @Test
    void reportsInvalidYamlAtItsLine() {
        assertThatThrownBy(() -> parse("posts/quote.md", "---\ntitle: A\ndate: 2024-05-01\nsummary: \"never closed\n---\n"))
                .isInstanceOf(ContentException.class)
                .hasMessage("posts/quote.md:4: the front matter is not valid YAML: while scanning a quoted scalar, "
                        + "found unexpected end of stream; expected 'key: value' lines");
        assertThatThrownBy(() -> parse("posts/indent.md", "---\ntitle: A\n  date: 2024-05-01\n---\n"))
                .hasMessageStartingWith("posts/indent.md:3: the front matter is not valid YAML: ");
        assertThatThrownBy(() -> parse("posts/twice.md", "---\ntitle: A\ndate: 2024-05-01\ntitle: B\n---\n"))
                .hasMessage("posts/twice.md:4: 'title' is given twice (first on line 2); expected each field once");
        assertThatThrownBy(() -> parse("posts/scalar.md", "---\njust text\n---\n"))
                .hasMessage("posts/scalar.md:2: the front matter is a YAML single value; expected 'key: value' lines");
    }

    @Test
    void rejectsYamlAliasBombsAtOnce() {
        var bomb = new StringBuilder("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char prev = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [").append(("*" + prev + ",").repeat(8)).append('*')
                    .append(prev).append("]\n");
        }
        bomb.append("title: Bomb\ndate: 2024-05-01\n---\n");
        // "At once" is the message: SnakeYAML counts aliases while composing and stops before any value is built, so
        // nothing was expanded. The timeout only ends a hang should that limit ever go.
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThatThrownBy(() -> parse("posts/bomb.md",
                bomb.toString()))
                .hasMessageStartingWith("posts/bomb.md:1: the front matter is not usable YAML: ")
                .hasMessageContaining("aliases"));
    }

    @Test
    void rejectsJavaTypeTagsWithoutConstructingAnything() {
        assertThatThrownBy(() -> parse("posts/evil.md", """
                ---
                title: Evil
                date: 2024-05-01
                x: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://h/"]]]]
                ---
                """))
                .hasMessage("posts/evil.md:4: the YAML tag '!!javax.script.ScriptEngineManager' is not allowed; "
                        + "expected plain text, numbers, lists and maps");
    }

    @Test
    void reportsInvalidUtf8WithItsByteOffset() {
        byte[] good = "---\ntitle: A\ndate: 2024-05-01\n---\nok ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 2];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xC3;  // a lead byte followed by one that cannot continue it
        bytes[good.length + 1] = (byte) 0x28;
        assertThatThrownBy(() -> parseBytes("posts/latin1.md", bytes))
                .hasMessage("posts/latin1.md:5: invalid UTF-8 at byte offset " + good.length
                        + " (byte 0xC3); expected UTF-8 text: save the file as UTF-8");
    }

    @Test
    void reportsNulBytesAndUtf16() {
        byte[] bytes = "---\ntitle: A\n\0\n---\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> parseBytes("posts/nul.md", bytes))
                .hasMessage("posts/nul.md:3: NUL byte at byte offset 13; expected UTF-8 text (is this a binary file?)");
        assertThatThrownBy(() -> parseBytes("posts/utf16.md", "---\ntitle: A\n---\n".getBytes(StandardCharsets.UTF_16)))
                .hasMessage("posts/utf16.md:1: the file is UTF-16 (it starts with a UTF-16 byte order mark); "
                        + "expected UTF-8: save it as UTF-8");
    }

    @Test
    void htmlFilesAreHtmlFragments() {
        Article article = parse("posts/page.html", "---\ntitle: Page\ndate: 2024-05-01\n---\n<p>Hi</p>\n");
        assertThat(article.source().format()).isEqualTo(Article.Format.HTML);
        assertThat(article.slug()).isEqualTo("page");
    }
}
