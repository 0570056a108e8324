package dev.tidings;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xml.sax.InputSource;

/**
 * Our fixture sites full of a generator's template syntax (shortcodes, Liquid, tags), built by the generator itself
 * with a layout that writes only the page's content: every entry's text is the text of the generator's page, every
 * image of the page is in the entry at the same URL, and no template delimiter reaches the feed outside code.
 */
final class DialectSitesTest {
    /** Template delimiters that must never reach a reader: Hugo's, Liquid's and Nunjucks', kramdown's. */
    private static final Pattern DELIMITER = Pattern.compile("\\{\\{<|\\{\\{%|\\{%|\\{\\{ .*? }}|\\{:");

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "hugo-dialect, https://shortcodes.example.org/",
        "jekyll-dialect, https://liquid.example.org/notes/",
        "hexo-dialect, https://tags.example.org/blog/"})
    void everyEntryReadsAsTheGeneratorsPage(String name, String base) throws Exception {
        GeneratedSite site = GeneratedSite.build(name, base, temp);
        Path out = temp.resolve("tidings");
        GeneratedSite.tidings("build", "--content", site.source().toString(), "--math", "tex", "--out",
                out.toString());
        Feed feed = (Feed) new WireFeedInput(false, Locale.ROOT).build(new InputSource(Files.newInputStream(
                out.resolve("feed.atom"))));
        assertThat(feed.getEntries()).as("entries").isNotEmpty();
        var differences = new ArrayList<String>();
        for (Entry entry : feed.getEntries()) {
            String link = entry.getAlternateLinks().stream().map(Link::getHref).findFirst().orElseThrow();
            Document page = Jsoup.parse(site.out().resolve(page(site, link)), "UTF-8", link);
            Document ours = Jsoup.parseBodyFragment(entry.getContents().get(0).getValue(), link);
            framesAsLinks(page);
            String theirs = text(page);
            String mine = text(ours);
            if (!theirs.equals(mine)) {
                differences.add(entry.getTitle() + ":\n  generator: " + theirs + "\n  tidings:   " + mine);
            }
            Set<String> missing = new TreeSet<>(images(page));
            missing.removeAll(images(ours));
            if (!missing.isEmpty()) {
                differences.add(entry.getTitle() + ": images not in the entry: " + missing);
            }
            for (Element code : ours.select("pre, code")) {
                code.remove();
            }
            var leaked = DELIMITER.matcher(ours.text() + ours.select("[href], [src]").eachAttr("abs:href"));
            if (leaked.find()) {
                differences.add(entry.getTitle() + ": a template delimiter outside code: " + leaked.group());
            }
        }
        assertThat(differences).as("entries unlike the generator's pages").isEmpty();
    }

    /** The file the generator wrote for the page at {@code link}. */
    private static String page(GeneratedSite site, String link) {
        String path = URLDecoder.decode(link.substring(site.base().length()), StandardCharsets.UTF_8);
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    /**
     * A frame (a video player, an embedded page) cannot be in a feed, so a dialect links to what it shows instead: for
     * the comparison, each frame of the generator's page reads as that link's text — its title when it has one (Hugo's
     * {@code youtube} and {@code vimeo} name the link by it), else its URL (a video player's as the page of its
     * video). Nothing else of the page changes.
     */
    private static void framesAsLinks(Document page) {
        for (Element frame : page.select("iframe[src]")) {
            frame.replaceWith(new TextNode(frame.hasAttr("title") ? frame.attr("title") : frame.absUrl("src")
                    .replaceFirst("^https://www\\.youtube(-nocookie)?\\.com/embed/videoseries\\?list=",
                            "https://www.youtube.com/playlist?list=")
                    .replaceFirst("^https://www\\.youtube(-nocookie)?\\.com/embed/", "https://www.youtube.com/watch?v=")
                    .replaceFirst("^https://player\\.vimeo\\.com/video/", "https://vimeo.com/")));
        }
    }

    /**
     * The text a reader sees, without whitespace (where lines break differs between generators, not the text, and
     * kramdown writes a plain space where Hugo writes a no-break one), text presentation selectors (Hugo's footnote
     * arrow ↩︎ is kramdown's ↩) and task list marks (a generator's page has a checkbox, which feed readers remove,
     * where an entry has ☑ or ☐).
     */
    private static String text(Document document) {
        // kramdown's {:toc} list is the page's own navigation, which a feed leaves out: not text of the article
        document.select("ul#markdown-toc, ol#markdown-toc").remove();
        return document.body().text().replaceAll("[\\s\u00a0\ufe0e☑☐]+", "");
    }

    /** Every image's absolute URL, its percent-escapes in upper case (RFC 3986: {@code %e6} and {@code %E6} are one). */
    private static List<String> images(Document document) {
        return document.select("img[src]").stream().map(image -> Pattern.compile("%[0-9a-fA-F]{2}")
                .matcher(URI.create(image.absUrl("src")).normalize().toString())
                .replaceAll(escape -> escape.group().toUpperCase(Locale.ROOT))).toList();
    }
}
