package dev.tidings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.io.WireFeedInput;
import dev.tidings.content.Article;
import dev.tidings.content.Author;
import dev.tidings.content.Conventions;
import dev.tidings.content.Generator;
import dev.tidings.content.MarkdownExtras;
import dev.tidings.dialect.SiteParams;
import dev.tidings.feed.FeedFormat;
import dev.tidings.feed.Selection;
import dev.tidings.feed.Window;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/** Settings taken from a Hugo, Jekyll, Hexo or Zola site's own configuration (src/test/resources/sites/*-site/). */
final class SiteConfigTest {
    @TempDir
    Path temp;

    private static Path site(String name) throws URISyntaxException {
        return Path.of(SiteConfigTest.class.getResource("/sites/" + name).toURI());
    }

    private static Config load(Path content, Map<String, String> flags, Map<String, String> env) {
        var all = new HashMap<>(flags);
        all.put("content", content.toString());
        all.put("state_dir", "none");
        return Config.load(all, env);
    }

    @Test
    void readsAHugoSiteWithItsConfigFolderMerged() throws Exception {
        Path root = site("hugo-site");
        Config config = load(root, Map.of(), Map.of());
        assertThat(config.content()).isEqualTo(root.resolve("content"));
        assertThat(config.site().baseUrl()).isEqualTo(URI.create("https://hugo-site.example/"));
        // config/_default wins over the root's file, its params.yaml over its hugo.toml: as hugo 0.111.3 builds it
        assertThat(config.site().title()).isEqualTo("Notes on Lexers");
        assertThat(config.site().subtitle()).isEqualTo("Parsers, lexers and the odd language server");
        assertThat(config.site().authors()).containsExactly(new Author("Lin Zhiyuan", "lin@hugo-site.example", ""));
        assertThat(config.site().language()).isEqualTo("zh-cn");
        assertThat(config.site().zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(config.site().copyright()).isEqualTo("CC BY-NC-SA 4.0");
        assertThat(config.site().logo()).isEqualTo("https://hugo-site.example/images/logo.png");
        assertThat(config.site().conventions()).isEqualTo(new Conventions(Generator.HUGO,
                Map.of("posts", "/:year/:month/:slug/", "notes", "/notes/:title/"), 40, "")
                .with(new SiteParams(Map.of("description", "Parsers, lexers and the odd language server",
                        "author", Map.of("name", "Lin Zhiyuan", "email", "lin@hugo-site.example"),
                        "logo", "images/logo.png"))));  // the param shortcode's, from config/_default/params.yaml
        assertThat(config.fromSite().summary()).isEqualTo("Hugo site " + root + ", articles in content: "
                + "title from config/_default/hugo.toml, subtitle from config/_default/params.yaml, "
                + "base_url from hugo.toml, language from hugo.toml, author from config/_default/params.yaml, "
                + "time_zone from hugo.toml, logo from config/_default/params.yaml, copyright from hugo.toml");
        assertThat(config.fromSite().warnings()).isEmpty();
    }

    @Test
    void aPostsFolderInsideASiteKeepsItsFolderAndTakesTheSiteSettings() throws Exception {
        Path posts = site("hugo-site").resolve("content/posts");
        Config config = load(posts, Map.of(), Map.of());
        assertThat(config.content()).isEqualTo(posts);
        assertThat(config.site().title()).isEqualTo("Notes on Lexers");
        Path hexoPosts = site("hexo-site").resolve("source/_posts");
        assertThat(load(hexoPosts, Map.of(), Map.of()).site().title()).isEqualTo("我的笔记");
    }

    @Test
    void readsAJekyllSite() throws Exception {
        Path root = site("jekyll-site");
        Config config = load(root, Map.of(), Map.of());
        assertThat(config.content()).isEqualTo(root);  // the loader reads its _posts folders
        assertThat(config.site().baseUrl()).isEqualTo(URI.create("https://jekyll-site.example/journal/"));
        assertThat(config.site().title()).isEqualTo("A Jekyll Journal");
        assertThat(config.site().subtitle()).isEqualTo("Notes kept with Jekyll");
        assertThat(config.site().authors()).containsExactly(new Author("Jane Doe", "jane@jekyll-site.example", ""));
        assertThat(config.site().language()).isEqualTo("en-US");
        assertThat(config.site().zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(config.site().copyright()).isEqualTo("CC BY 4.0");
        assertThat(config.site().logo()).isEqualTo("https://jekyll-site.example/assets/logo.png");
        assertThat(config.site().conventions()).isEqualTo(new Conventions(Generator.JEKYLL,
                Map.of("", "/:categories/:year/:month/:day/:title:output_ext"), 0, "<!--more-->"));
        assertThat(config.fromSite().summary()).startsWith("Jekyll site " + root + ": title from _config.yml, ");
    }

    @Test
    void readsAHexoSite() throws Exception {
        Path root = site("hexo-site");
        Config config = load(root, Map.of(), Map.of());
        assertThat(config.content()).isEqualTo(root.resolve("source/_posts"));
        assertThat(config.site().baseUrl()).isEqualTo(URI.create("https://hexo-site.example/blog/"));
        assertThat(config.site().title()).isEqualTo("我的笔记");
        assertThat(config.site().subtitle()).isEqualTo("记录学习与生活");  // subtitle is blank: the description
        assertThat(config.site().authors()).containsExactly(new Author("林知远", "zhiyuan@hexo-site.example", ""));
        assertThat(config.site().language()).isEqualTo("zh-CN");
        assertThat(config.site().zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(config.site().copyright()).isEqualTo("本站文章采用 CC BY-NC-SA 4.0 许可");
        assertThat(config.site().icon()).isEqualTo("https://hexo-site.example/blog/icon.png");
        var hexo = new Conventions(Generator.HEXO, Map.of("", ":year/:month/:day/:title/"), 0, "");
        assertThat(config.site().conventions()).as("future posts published at once, as Hexo does unless told not to")
                .isEqualTo(new Conventions(hexo.generator(), hexo.permalinks(), 0, "", hexo.naming(), hexo.math(),
                        hexo.extras(), hexo.params(), true));
        assertThat(config.fromSite().summary()).startsWith("Hexo site " + root + ", articles in source/_posts: ");
    }

    @Test
    void readsAZolaSitesSlugRulesLanguagesAndDraftedSections() throws Exception {
        Path root = temp.resolve("zola");
        Files.createDirectories(root.resolve("templates"));
        Files.createDirectories(root.resolve("content/blog/drafts"));
        Files.writeString(root.resolve("config.toml"), "base_url = \"https://zola.example\"\n"
                + "default_language = \"en\"\n[slugify]\npaths = \"safe\"\npaths_keep_dates = true\n[languages.fr]\ntitle = \"Notes\"\n");
        Files.writeString(root.resolve("content/blog/_index.md"), "+++\ntransparent = true\n+++\n");
        Files.writeString(root.resolve("content/blog/drafts/_index.md"), "+++\ndraft = true\n+++\n");
        Config config = load(root, Map.of(), Map.of());
        assertThat(config.content()).isEqualTo(root.resolve("content"));
        assertThat(config.site().conventions()).isEqualTo(new Conventions(Generator.ZOLA, Map.of("slugify.paths",
                "safe", "slugify.paths_keep_dates", "true"), 0, "", new Conventions.Naming(false,
                java.util.Set.of(), ":title.md", "uncategorized", "", java.util.Set.of("fr"),
                java.util.Set.of("blog/drafts"))));
        assertThat(config.site().addressing()).isEqualTo(new dev.tidings.content.Addressing(true, true));
    }

    @Test
    void flagsEnvironmentAndTidingsYmlWinOverTheSiteConfig() throws Exception {
        Path root = temp.resolve("blog");
        Files.createDirectories(root.resolve("_posts"));
        Files.writeString(root.resolve("_config.yml"), "title: Site title\ndescription: Site description\n"
                + "timezone: Asia/Tokyo\nurl: https://site.example\nlang: fr\n");
        Files.writeString(root.resolve("tidings.yml"), "title: Yml title\n");
        Config config = load(root, Map.of("subtitle", "Flag subtitle"), Map.of("TIDINGS_TIME_ZONE", "UTC"));
        assertThat(config.site().title()).isEqualTo("Yml title");
        assertThat(config.site().subtitle()).isEqualTo("Flag subtitle");
        assertThat(config.site().zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(config.site().language()).isEqualTo("fr");
        assertThat(config.site().baseUrl()).isEqualTo(URI.create("https://site.example/"));
        assertThat(config.fromSite().summary()).isEqualTo("Jekyll site " + root
                + ": base_url from _config.yml, language from _config.yml");
    }

    @Test
    void aSiteValueTidingsCannotReadIsLeftAsideWithAWarning() throws IOException {
        Path root = temp.resolve("blog");
        Files.createDirectories(root.resolve("content"));
        Files.writeString(root.resolve("hugo.yaml"), "baseURL: /\ntitle: Relative\n");
        Config config = load(root, Map.of(), Map.of());
        assertThat(config.site().baseUrl()).isEqualTo(URI.create("http://localhost:8080/"));
        assertThat(config.site().title()).isEqualTo("Relative");
        assertThat(config.fromSite().warnings()).containsExactly("hugo.yaml:1: 'baseURL' must be an absolute http(s) "
                + "URL like https://example.org/, but was '/'; Tidings leaves it aside (set base_url in tidings.yml)");
    }

    @Test
    void aFolderInNoSiteHasNoSiteSettings() throws IOException {
        Files.writeString(temp.resolve("config.yaml"), "title: not Hugo's\n");  // config.yaml alone is no Hugo site
        Config config = load(temp, Map.of(), Map.of());
        assertThat(config.content()).isEqualTo(temp);
        assertThat(config.site().title()).isEqualTo("Tidings");
        assertThat(config.site().conventions()).isEqualTo(Conventions.none());
        assertThat(config.fromSite()).isEqualTo(FromSite.NONE);
    }

    @Test
    void theFeedsCarryTheSiteCopyright() throws Exception {
        Config config = load(site("hugo-site"), Map.of("math", "tex"), Map.of());
        try (var parts = Wiring.open(config, Runnable::run, false)) {
            assertThat(parts.library().current().articles()).hasSize(2);
            Feed atom = (Feed) xml(parts.feeds().feed(FeedFormat.ATOM, Selection.all(), Window.newest(20))
                    .orElseThrow().identity());
            assertThat(atom.getRights()).isEqualTo("CC BY-NC-SA 4.0");
            assertThat(atom.getSubtitle().getValue()).isEqualTo("Parsers, lexers and the odd language server");
            assertThat(atom.getAuthors().get(0).getEmail()).isEqualTo("lin@hugo-site.example");
            assertThat(atom.getLogo()).isEqualTo("https://hugo-site.example/images/logo.png");
            Channel rss = (Channel) xml(parts.feeds().feed(FeedFormat.RSS, Selection.all(), Window.newest(20))
                    .orElseThrow().identity());
            assertThat(rss.getCopyright()).isEqualTo("CC BY-NC-SA 4.0");
            var json = new ObjectMapper().readTree(parts.feeds().feed(FeedFormat.JSON, Selection.all(),
                    Window.newest(20)).orElseThrow().identity());
            assertThat(json.path("_tidings").path("copyright").asText()).isEqualTo("CC BY-NC-SA 4.0");
        }
    }

    @Test
    void anArticleDatedInTheFutureIsInTheFeedsWhenTheGeneratorPublishesItAtOnce() throws Exception {
        String future = "2999-01-01 10:00:00";
        String past = "2020-01-01 10:00:00";
        assertThat(titles(site("hexo-default", "_config.yml", "url: https://hexo.example\n", "source/_posts", future,
                past))).as("Hexo's future: true unless set false").containsExactly("Later", "Earlier");
        assertThat(titles(site("hexo-no-future", "_config.yml", "url: https://hexo.example\nfuture: false\n",
                "source/_posts", future, past))).containsExactly("Earlier");
        assertThat(titles(site("jekyll", "_config.yml", "url: https://jekyll.example\n", "_posts", future, past)))
                .as("Jekyll's future: false unless set").containsExactly("Earlier");
        assertThat(titles(site("hugo-future", "hugo.toml", "baseURL = 'https://hugo.example/'\nbuildFuture = true\n",
                "content/posts", future, past))).containsExactly("Later", "Earlier");
        assertThat(titles(site("hugo", "hugo.toml", "baseURL = 'https://hugo.example/'\n", "content/posts", future,
                past))).as("Hugo's buildFuture: false unless set").containsExactly("Earlier");
    }

    @Test
    void aHugoSlugThatIsNoSinglePathSegmentKeepsThePostAtTheUrlHugoGivesIt() throws Exception {
        Path root = Files.createDirectories(temp.resolve("hugo-slugs"));
        Files.writeString(root.resolve("hugo.toml"), "baseURL = 'https://hugo.example/'\n[permalinks]\n"
                + "  posts = '/:year/:month/:day/:title/'\n");
        Path posts = Files.createDirectories(root.resolve("content/posts"));
        Files.writeString(posts.resolve("backups.md"), "+++\ntitle = \"Automated Backups\"\ndate = 2013-04-27\n"
                + "slug = \"2013/04/27/automated-backups\"\n+++\nText.\n");
        Config config = load(root, Map.of("math", "tex"), Map.of());
        try (var parts = Wiring.open(config, Runnable::run, false)) {
            assertThat(parts.library().current().problems()).isEmpty();
            assertThat(parts.library().current().articles()).singleElement()
                    .extracting(Article::permalink)
                    .isEqualTo("https://hugo.example/2013/04/27/automated-backups/");
        }
    }

    @Test
    void hugoReadsFrontMatterKeysInAnyCaseAndSoDoesTidingsForAHugoSite() throws Exception {
        String post = "+++\nTitle = \"Cron with systemd\"\nDate = 2014-01-05\nCategories = [\"Linux\", \"systemd\"]\n"
                + "Tags = [\"cron\"]\n+++\nText.\n";
        Path hugo = Files.createDirectories(temp.resolve("hugo-case/content/posts"));
        Files.writeString(hugo.resolve("../../hugo.toml"), "baseURL = 'https://hugo.example/'\n");
        Files.writeString(hugo.resolve("cron.md"), post);
        Files.writeString(hugo.resolve("drafted.md"), "+++\nTitle = \"Half\"\nDate = 2014-01-06\nDraft = true\n+++\n");
        assertThat(articles(temp.resolve("hugo-case"))).singleElement().satisfies(article -> {
            assertThat(article.title()).isEqualTo("Cron with systemd");
            assertThat(article.categories()).containsExactly("Linux", "systemd");
            assertThat(article.tags()).containsExactly("cron");
        });
        Path own = Files.createDirectories(temp.resolve("own"));
        Files.writeString(own.resolve("cron.md"), post.replace("+++", "---").replace(" = ", ": "));
        assertThat(titles(own)).as("outside a Hugo site, keys are as written: no 'title', no article").isEmpty();
    }

    @Test
    void aJekyllPermalinkSetAsAFrontMatterDefaultForPostsIsThePostsPermalink() throws Exception {
        String chirpy = "url: https://jekyll.example\npermalink: pretty\ndefaults:\n  - scope:\n      path: \"\"\n"
                + "      type: posts\n    values:\n      layout: post\n      permalink: /posts/:title/\n"
                + "  - scope:\n      path: \"\"\n      type: tabs\n    values:\n      permalink: /:title/\n";
        assertThat(links(site("chirpy", "_config.yml", chirpy, "_posts", "2999-01-01 10:00:00", "2020-01-01 10:00:00")))
                .containsExactly("https://jekyll.example/posts/earlier/");
        assertThat(links(site("plain", "_config.yml", "url: https://jekyll.example\npermalink: pretty\n", "_posts",
                "2999-01-01 10:00:00", "2020-01-01 10:00:00")))
                .containsExactly("https://jekyll.example/2020/01/01/earlier/");
    }

    @Test
    void aHexoPermalinkMayNameAnyFrontMatterField() throws Exception {
        Path root = Files.createDirectories(temp.resolve("hexo-abbrlink"));
        Files.writeString(root.resolve("_config.yml"), "url: https://hexo.example\npermalink: posts/:abbrlink/\n");
        Path posts = Files.createDirectories(root.resolve("source/_posts"));
        Files.writeString(posts.resolve("first.md"), "---\ntitle: First\ndate: 2024-05-01 10:00:00\n"
                + "abbrlink: 33b326d2\n---\nText.\n");
        assertThat(links(root)).containsExactly("https://hexo.example/posts/33b326d2/");
    }

    @Test
    void aCategoryWrittenAsOneStringIsOneNameOnHexoAndSeveralOnJekyll() throws Exception {
        String post = "---\ntitle: Nano\ndate: 2024-05-01 10:00:00\ncategories: jetson nano\n---\nText.\n";
        for (String generator : List.of("hexo", "jekyll")) {
            Path root = Files.createDirectories(temp.resolve(generator));
            Files.writeString(root.resolve("_config.yml"), "url: https://blog.example\n");
            Path posts = Files.createDirectories(root.resolve(generator.equals("hexo") ? "source/_posts" : "_posts"));
            Files.writeString(posts.resolve("2024-05-01-nano.md"), post);
        }
        assertThat(articles(temp.resolve("hexo")).get(0).categories()).containsExactly("jetson nano");
        assertThat(articles(temp.resolve("jekyll")).get(0).categories()).containsExactly("jetson", "nano");
    }

    /** A site whose generator {@code config} names, with two posts dated {@code later} and {@code earlier}. */
    private Path site(String name, String config, String text, String posts, String later, String earlier)
            throws IOException {
        Path root = Files.createDirectories(temp.resolve(name));
        Files.writeString(root.resolve(config), text);
        Path folder = Files.createDirectories(root.resolve(posts));
        Files.writeString(folder.resolve("2020-01-01-earlier.md"), "---\ntitle: Earlier\ndate: " + earlier
                + "\n---\nText.\n");
        Files.writeString(folder.resolve("2999-01-01-later.md"), "---\ntitle: Later\ndate: " + later
                + "\n---\nText.\n");
        return root;
    }

    /** The articles the site at {@code root} publishes, newest first. */
    private static List<Article> articles(Path root) {
        Config config = load(root, Map.of("math", "tex"), Map.of());
        try (var parts = Wiring.open(config, Runnable::run, false)) {
            return parts.library().current().articles();
        }
    }

    private static List<String> titles(Path root) {
        return articles(root).stream().map(Article::title).toList();
    }

    private static List<String> links(Path root) {
        return articles(root).stream().map(Article::permalink).toList();
    }

    private static com.rometools.rome.feed.WireFeed xml(byte[] bytes) throws Exception {
        return new WireFeedInput(false, Locale.ROOT).build(new InputSource(new ByteArrayInputStream(bytes)));
    }

    @Test
    void aFeedWithoutCopyrightSaysNone() throws Exception {
        Config config = load(temp, Map.of("math", "tex"), Map.of());
        try (var parts = Wiring.open(config, Runnable::run, false)) {
            Feed atom = (Feed) xml(parts.feeds().feed(FeedFormat.ATOM, Selection.all(), Window.newest(20))
                    .orElseThrow().identity());
            assertThat(atom.getRights()).isNull();
            var json = new ObjectMapper().readTree(parts.feeds().feed(FeedFormat.JSON, Selection.all(),
                    Window.newest(20)).orElseThrow().identity());
            assertThat(json.has("_tidings")).isFalse();
            assertThat(List.of(config.site().copyright())).containsExactly("");
        }
    }

    @Test
    void markdownExtrasAreOnWhereTheSitesEngineTurnsThemOn() throws Exception {
        Path hugo = Files.createDirectories(temp.resolve("hugo"));
        Files.createDirectories(hugo.resolve("content/posts"));
        Files.createDirectories(hugo.resolve("layouts"));
        Files.writeString(hugo.resolve("hugo.toml"), """
                baseURL = "https://extras.example/"
                [markup.goldmark.extensions.extras.mark]
                enable = true
                [markup.goldmark.extensions.extras.subscript]
                enable = true
                """);
        assertThat(load(hugo, Map.of(), Map.of()).site().conventions().extras())
                .isEqualTo(new MarkdownExtras(true, false, true, false));

        Path hexo = Files.createDirectories(temp.resolve("hexo"));
        Files.createDirectories(hexo.resolve("source/_posts"));
        Files.writeString(hexo.resolve("_config.yml"), """
                url: https://extras.example
                markdown:
                  plugins:
                    - markdown-it-sup
                    - name: markdown-it-ins
                """);
        assertThat(load(hexo, Map.of(), Map.of()).site().conventions().extras())
                .isEqualTo(new MarkdownExtras(false, true, false, true));
        assertThat(load(site("jekyll-site"), Map.of(), Map.of()).site().conventions().extras())
                .isEqualTo(MarkdownExtras.NONE);
    }
}
