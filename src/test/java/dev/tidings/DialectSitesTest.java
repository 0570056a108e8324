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
            // The page's own navigation, which a feed leaves out: kramdown's {:toc} list; the links of NexT's tabs
            // (their titles stay, as the entry lists them)
            page.select("ul#markdown-toc, ol#markdown-toc").remove();
            page.select("ul.nav-tabs a").unwrap();
            String theirs = text(page);
            String mine = text(ours);
            if (!theirs.equals(mine)) {
                differences.add(entry.getTitle() + ":\n  generator: " + theirs + "\n  tidings:   " + mine);
            }
            Set<String> missing = new TreeSet<>(urls(page, "img[src]", "src"));
            missing.removeAll(urls(ours, "img[src]", "src"));
            if (!missing.isEmpty()) {
                differences.add(entry.getTitle() + ": images not in the entry: " + missing);
            }
            Set<String> unlinked = new TreeSet<>(urls(page, "a[href]", "href"));
            unlinked.removeAll(urls(ours, "a[href]", "href"));
            if (!unlinked.isEmpty()) {
                differences.add(entry.getTitle() + ": links not in the entry: " + unlinked);
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
        return document.body().text().replaceAll("[\\s\u00a0\ufe0e☑☐]+", "");
    }

    /**
     * The absolute URL in {@code attribute} of every element {@code selector} finds, its percent-escapes decoded (one
     * generator writes {@code #容器}, another {@code #%E5%AE%B9%E5%99%A8}, a third {@code %e5}: one address).
     */
    private static List<String> urls(Document document, String selector, String attribute) {
        return document.select(selector).stream().map(element -> URLDecoder.decode(URI.create(
                element.absUrl(attribute).replace(" ", "%20")).normalize().toString().replace("+", "%2B"),
                StandardCharsets.UTF_8)).toList();
    }
}
