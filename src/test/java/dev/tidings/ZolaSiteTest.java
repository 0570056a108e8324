package dev.tidings;

import static dev.tidings.GeneratedSite.tidings;
import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/**
 * Our Zola fixture site ({@code generator-sites/zola-blog}), pointed at as its owner would. Zola cannot be installed
 * here to build it, so what its atom.xml would hold is written out by hand, each entry from the rule of Zola 0.22
 * that gives it: a page's permalink is both its {@code <link>} and its {@code <id>} (templates/builtins/atom.xml),
 * and the feed holds the pages with a date that are neither drafts nor in a drafted section (site/src/feeds.rs,
 * site/src/lib.rs).
 */
final class ZolaSiteTest {
    private static final String BASE = "https://sparse.example.org/notes/";  // config.toml's base_url

    @TempDir
    Path temp;

    @Test
    void servesTheLinksIdsAndDatesZolaPublishes() throws Exception {
        Feed feed = build(GeneratedSite.fixture("zola-blog"));
        assertThat(feed.getEntries()).extracting(entry -> entry.getAlternateLinks().get(0).getHref())
                .as("Zola writes the permalink as link and id").containsExactlyElementsOf(
                        feed.getEntries().stream().map(Entry::getId).toList());
        assertThat(published(feed)).containsExactlyInAnyOrderEntriesOf(Map.of(
                // content/blog/plain-post.md: folders, then the file name (page.rs); a TOML local date is midnight UTC
                // (front_matter/page.rs parse_datetime)
                BASE + "blog/plain-post/", "2024-01-05T00:00:00Z",
                // 2024-01-20_sliding-windows.md: the date and '_' come off the slug, and the date is the page's
                // (page.rs can_get_date_from_short_date_in_filename)
                BASE + "blog/sliding-windows/", "2024-01-20T00:00:00Z",
                // kv-cache/index.md: a page bundle is named by its folder (page.rs page_with_assets_gets_right_info)
                BASE + "blog/kv-cache/", "2024-02-11T01:15:00Z",
                // slug = "Rotary Embeddings, Explained!" is slugified (page.rs
                // can_make_url_from_slug_only_with_no_special_chars); a local date-time is UTC
                BASE + "blog/rotary-embeddings-explained/", "2024-02-10T09:15:00Z",
                // path = "papers/linear-attention" replaces the whole path (page.rs can_make_url_from_path)
                BASE + "papers/linear-attention/", "2024-02-20T00:00:00Z",
                // "Performer & FAVOR+ (Part 2).md": slugify.paths = "on" (slugs.rs can_slugify_paths: "test (hey)")
                BASE + "blog/performer-favor-part-2/", "2024-02-25T00:00:00Z",
                // "Réseaux récurrents.md": deunicode drops the accents (slugs.rs can_slugify_paths: "héhé")
                BASE + "blog/reseaux-recurrents/", "2024-02-28T00:00:00Z",
                // a nested section's page: every folder, as written; transparent changes only the section's lists
                BASE + "blog/deep-dives/flash-attention/", "2024-03-02T08:00:00Z",
                // YAML front matter: a date-time without an offset is UTC (utils/src/de.rs yaml_draft_timestamp_pass)
                BASE + "blog/yaml-front-matter/", "2024-03-05T10:30:00Z"));
        // not there: about.md (no date: feeds.rs keeps pages with one), unfinished.md (draft = true), drafts/sketch.md
        // (its section's _index.md is a draft: lib.rs skips the folder), the _index.md sections

        Entry kvCache = entry(feed, BASE + "blog/kv-cache/");
        assertThat(kvCache.getUpdated().toInstant()).hasToString("2024-02-12T10:00:00Z");
        // Zola copies a bundle's files next to the page's index.html (site/src/lib.rs render_page)
        assertThat(Jsoup.parse(kvCache.getContents().get(0).getValue()).select("img").attr("src"))
                .isEqualTo(BASE + "blog/kv-cache/cache-layout.svg");
        // [taxonomies] tags and categories (front_matter/page.rs: taxonomies)
        assertThat(entry(feed, BASE + "blog/plain-post/").getCategories()).extracting(Category::getTerm)
                .containsExactlyInAnyOrder("attention", "complexity", "basics");
        assertThat(entry(feed, BASE + "blog/yaml-front-matter/").getCategories()).extracting(Category::getTerm)
                .containsExactlyInAnyOrder("yaml", "tooling");
    }

    @Test
    void aSectionFolderGetsTheSameLinksAndIds() throws Exception {
        Path root = GeneratedSite.fixture("zola-blog");
        Map<String, String> whole = published(build(root));
        assertThat(published(build(root.resolve("content/blog")))).isEqualTo(whole);  // every dated page is in blog/
        assertThat(published(build(root.resolve("content/blog/deep-dives"))))
                .containsOnlyKeys(BASE + "blog/deep-dives/flash-attention/");
    }

    @Test
    void checkSaysOnlyWhereTheSettingsCameFrom() throws Exception {
        Path root = GeneratedSite.fixture("zola-blog");
        assertThat(tidings("check", root.toString(), "--math", "tex").lines().toList()).containsExactly(
                "Zola site " + root + ", articles in content: title from config.toml, subtitle from config.toml, "
                        + "base_url from config.toml, language from config.toml, author from config.toml",
                "9 articles, 0 problems");
    }

    @Test
    void aChineseFileNameKeepsTidingsSlugAndCheckSaysToSetOne() throws Exception {
        Path root = copy();
        Files.writeString(root.resolve("content/blog/2024-03-20-稀疏注意力.md"),
                "+++\ntitle = \"稀疏注意力\"\n+++\nZola's link is /blog/xi-shu-zhu-yi-li/, from deunicode's table.\n");
        String check = tidings("check", root.toString(), "--math", "tex");
        assertThat(check.lines().toList()).contains("blog/2024-03-20-稀疏注意力.md:2: warning: Zola's slugify.paths = "
                + "\"on\" spells its file name '稀疏注意力' in ASCII with a table Tidings does not have, so its link uses "
                + "'稀疏注意力' instead of Zola's; set 'slug' to the last part of the page's URL on the site, or 'path' "
                + "to all of it", "10 articles, 0 problems");
        assertThat(published(build(root))).containsEntry(BASE + "blog/稀疏注意力/", "2024-03-20T00:00:00Z");

        Files.writeString(root.resolve("content/blog/2024-03-20-稀疏注意力.md"),
                "+++\ntitle = \"稀疏注意力\"\nslug = \"xi-shu-zhu-yi-li\"\n+++\nAs Zola spells it.\n");
        assertThat(tidings("check", root.toString(), "--math", "tex")).doesNotContain("warning");
        assertThat(published(build(root))).containsKey(BASE + "blog/xi-shu-zhu-yi-li/");
    }

    @Test
    void safeKeepsCaseSpacesAndAccentsAndTheIdIsTheLinkAsWritten() throws Exception {
        Path root = copy();
        Path config = root.resolve("config.toml");
        Files.writeString(config, Files.readString(config).replace("paths = \"on\"", "paths = \"safe\""));
        Feed feed = build(root);
        // slugs.rs can_slugify_paths, column "safe": only <>:"/\|?* go, and spaces and dots at the end
        assertThat(feed.getEntries()).extracting(Entry::getId).contains(
                BASE + "blog/Performer & FAVOR+ (Part 2)/", BASE + "blog/Réseaux récurrents/",
                BASE + "blog/Rotary Embeddings, Explained!/", BASE + "blog/sliding-windows/");
        // the link is the same address, percent-encoded
        assertThat(entry(feed, BASE + "blog/Réseaux récurrents/").getAlternateLinks().get(0).getHref())
                .isEqualTo(BASE + "blog/R%C3%A9seaux%20r%C3%A9currents/");
    }

    private Path copy() {
        Path root = temp.resolve("zola-blog");
        GeneratedSite.copy(GeneratedSite.fixture("zola-blog"), root);
        return root;
    }

    private Feed build(Path root) throws Exception {
        Path out = Files.createTempDirectory(temp, "out");
        tidings("build", "--content", root.toString(), "--math", "tex", "--out", out.toString());
        try (var in = Files.newInputStream(out.resolve("feed.atom"))) {
            return (Feed) new WireFeedInput(false, Locale.ROOT).build(new InputSource(in));
        }
    }

    private static Map<String, String> published(Feed feed) {
        return feed.getEntries().stream().collect(Collectors.toMap(Entry::getId,
                entry -> entry.getPublished().toInstant().toString(), (a, b) -> a, TreeMap::new));
    }

    private static Entry entry(Feed feed, String id) {
        return feed.getEntries().stream().filter(entry -> entry.getId().equals(id)).findFirst().orElseThrow();
    }
}
