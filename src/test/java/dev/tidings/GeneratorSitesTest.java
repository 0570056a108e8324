package dev.tidings;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xml.sax.InputSource;

/**
 * Our fixture sites, built by their own generators, then pointed at with Tidings exactly as their owners would
 * ({@code --content} is the site's root, nothing else said): every entry's link is a page the generator wrote, every
 * image resolves to a file it wrote, the ids are those of the generator's own feed, and {@code check} counts the
 * posts the generator published.
 */
final class GeneratorSitesTest {
    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "hugo-toml, https://lexer.example.net/",
        "hugo-yaml, https://rope.example.com/research/",
        "jekyll-pretty, https://gpu-notes.example.org/blog/",
        "jekyll-custom, https://papers.example.cn/",
        "hexo-zh, https://notes.example.com/",
        "hexo-dated, https://quantized.example.org/blog/"})
    void servesTheFeedTheGeneratorWouldPublish(String name, String base) throws Exception {
        GeneratedSite site = GeneratedSite.build(name, base, temp);
        // Hugo puts its dateless pages (an archive page: year 1) in its RSS; they are no articles, and left out.
        List<GeneratedSite.Published> published = site.feed().stream()
                .filter(entry -> entry.published().isAfter(java.time.Instant.parse("0002-01-01T00:00:00Z"))).toList();

        String check = tidings("check", site.source().toString(), "--math", "tex");
        assertThat(check.lines().toList()).last().isEqualTo(published.size() + " articles, 0 problems");

        Path out = temp.resolve("tidings");
        tidings("build", "--content", site.source().toString(), "--math", "tex", "--out", out.toString());
        Feed feed = (Feed) new WireFeedInput(false, Locale.ROOT).build(new InputSource(Files.newInputStream(
                out.resolve("feed.atom"))));
        var links = new ArrayList<String>();
        var unpublished = new ArrayList<String>();
        for (Entry entry : feed.getEntries()) {
            String link = entry.getAlternateLinks().stream().map(Link::getHref).findFirst().orElse("");
            links.add(link);
            if (!site.publishes(link)) {
                unpublished.add(entry.getTitle() + ": " + GeneratedSite.readable(link));
            }
            String html = entry.getContents().isEmpty() ? "" : entry.getContents().get(0).getValue();
            for (Element image : Jsoup.parse(html).select("img[src]")) {
                if (!site.publishes(image.attr("src"))) {
                    unpublished.add(entry.getTitle() + ": image " + GeneratedSite.readable(image.attr("src")));
                }
            }
        }
        assertThat(unpublished).as("links and images the generator did not write").isEmpty();
        assertThat(feed.getEntries()).extracting(Entry::getId).as("the ids of the generator's own feed")
                .containsExactlyInAnyOrderElementsOf(published.stream().map(GeneratedSite.Published::id).toList());
        assertThat(feed.getEntries()).extracting(entry -> entry.getId() + " " + entry.getPublished().toInstant())
                .as("each published when the generator says").containsExactlyInAnyOrderElementsOf(published.stream()
                        .map(entry -> entry.id() + " " + entry.published()).toList());
    }

    @Test
    void aFolderOfPostsInsideTheSiteGetsTheSameLinksAndIds() throws Exception {
        GeneratedSite site = GeneratedSite.build("hugo-toml", "https://lexer.example.net/", temp);
        Path out = temp.resolve("tidings");
        tidings("build", "--content", site.source().resolve("content/post").toString(), "--math", "tex", "--out",
                out.toString());
        Feed feed = (Feed) new WireFeedInput(false, Locale.ROOT).build(new InputSource(Files.newInputStream(
                out.resolve("feed.atom"))));
        assertThat(feed.getEntries()).extracting(Entry::getId).containsExactlyInAnyOrder(
                "https://lexer.example.net/post/%E6%B3%A8%E6%84%8F%E5%8A%9B%E7%9A%84%E7%9B%B4%E8%A7%89/",
                "https://lexer.example.net/post/numpy-broadcasting/",
                "https://lexer.example.net/post/lexers-a-language-servers-first-stage/");
        assertThat(feed.getEntries()).allSatisfy(entry -> assertThat(site.publishes(entry.getAlternateLinks().get(0)
                .getHref())).as(entry.getTitle()).isTrue());
    }

    @Test
    void comparingWithTheGeneratorsOwnFeedReportsARenamedPostAndNothingElse() throws Exception {
        GeneratedSite site = GeneratedSite.build("hugo-toml", "https://lexer.example.net/", temp);
        Path feed = site.out().resolve(site.feedFile());
        assertThat(tidings("check", site.source().toString(), "--math", "tex", "--compare-feed", feed.toString())
                .lines().filter(line -> line.startsWith(feed.toString())).toList())
                .as("served by Tidings, nothing changes for the site's subscribers").isEmpty();

        Path renamed = site.source().resolve("content/post/numpy-broadcasting.md");
        Files.writeString(renamed, Files.readString(renamed).replace("slug: NumPy-Broadcasting", "slug: broadcasting"));
        String report = tidings("check", site.source().toString(), "--math", "tex", "--compare-feed", feed.toString());
        assertThat(report.lines().filter(line -> line.startsWith(feed.toString())).toList()).containsExactly(
                feed + ": '广播规则': the id would change from https://lexer.example.net/post/numpy-broadcasting/ to "
                        + "https://lexer.example.net/post/broadcasting/ (post/numpy-broadcasting.md), and readers would "
                        + "show it again as new",
                feed + ": '广播规则': the link would change from https://lexer.example.net/post/numpy-broadcasting/ to "
                        + "https://lexer.example.net/post/broadcasting/ (post/numpy-broadcasting.md)");
        assertThat(report).contains("compared with the 6 entries of " + feed + ": 1 ids and 1 links would change, 0 not "
                + "found");
    }

    static String tidings(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--state-dir", "none"));
        int code = Main.run(all.toArray(String[]::new), TestState.ENVIRONMENT, new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertThat(code).as(String.join(" ", args) + ":\n" + out + err).isZero();
        return out.toString();
    }
}
