package dev.tidings.http;

import static dev.tidings.http.TestServer.header;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import dev.tidings.feed.Export;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/**
 * Every feed again with formulas as SVG images, for readers that delete MathML (Tiny Tiny RSS): one image per formula
 * with its TeX as {@code alt}, each at an immutable URL answering an SVG, listed on the feed page and in the OPML, and
 * written by {@code build}.
 */
final class FormulaImagesTest {
    private static final String ARTICLE = """
            ---
            title: Formulas
            date: 2024-01-01
            tags: [math]
            ---
            A fraction $\\frac{a}{b}$, a sum $\\sum_{i=1}^{n} x_i$, an expectation $\\mathbb{E}[X]$ and Chinese \
            $\\text{最小值} = 2^{-1074}$.

            $$
            \\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}
            $$

            The fraction again: $\\frac{a}{b}$.
            """;
    private static final List<String> FORMULAS = List.of("\\frac{a}{b}", "\\sum_{i=1}^{n} x_i", "\\mathbb{E}[X]",
            "\\text{最小值} = 2^{-1074}", "\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}", "\\frac{a}{b}");

    @TempDir
    static Path root;
    private static TestServer server;

    @BeforeAll
    static void start() {
        TestServer.write(root, "formulas.md", ARTICLE);
        server = TestServer.start(root);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyFormulaIsAnImageWithItsTexAsAlt() throws Exception {
        Entry entry = entry(atom("/math-images/feed.atom"));
        var content = Jsoup.parseBodyFragment(entry.getContents().get(0).getValue());
        assertThat(content.select("math, span.math, div.math, code.math-error")).isEmpty();
        assertThat(content.select("img").eachAttr("alt")).containsExactlyElementsOf(FORMULAS);
        assertThat(content.select("img").eachAttr("src")).allMatch(src -> src.matches(
                "https://feeds\\.blog\\.example/formulas/[0-9a-f]{32}\\.svg"));
        List<String> sources = content.select("img").eachAttr("src");
        assertThat(sources.get(5)).as("the same formula, the same image").isEqualTo(sources.get(0));
        Element inline = content.selectFirst("img");
        assertThat(inline.attr("align")).as("on the baseline without style").isEqualTo("middle");
        assertThat(inline.attr("style")).matches("height:[\\d.]+ex;vertical-align:-[\\d.]+ex");
        Element display = content.select("img").get(4);
        assertThat(display.parent().tagName() + " " + display.parent().attr("align")).isEqualTo("p center");
        assertThat(display.attr("style")).matches("display:block;margin:0 auto;height:[\\d.]+ex");
        assertThat(Jsoup.parseBodyFragment(entry.getSummary().getValue()).select("img").eachAttr("alt"))
                .startsWith("\\frac{a}{b}");
        String summary = new ObjectMapper().readTree(server.get("/math-images/feed.json").body())
                .path("items").get(0).path("summary").asText();
        assertThat(summary).startsWith("A fraction $\\frac{a}{b}$, a sum $\\sum_{i=1}^{n} x_i$");
    }

    @Test
    void eachImageIsAnSvgServedForever() throws Exception {
        var content = Jsoup.parseBodyFragment(entry(atom("/math-images/feed.atom")).getContents().get(0).getValue());
        for (String src : new LinkedHashSet<>(content.select("img").eachAttr("src"))) {
            String path = URI.create(src).getRawPath();
            HttpResponse<byte[]> image = server.get(path);
            assertThat(image.statusCode()).as(path).isEqualTo(200);
            assertThat(header(image, "Content-Type")).isEqualTo("image/svg+xml");
            assertThat(header(image, "Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            var svg = factory.newDocumentBuilder().parse(new ByteArrayInputStream(image.body())).getDocumentElement();
            assertThat(svg.getNamespaceURI() + " " + svg.getLocalName()).isEqualTo("http://www.w3.org/2000/svg svg");
            assertThat(svg.getAttribute("width")).matches("[\\d.]+ex");
            assertThat(svg.getAttribute("height")).matches("[\\d.]+ex");
            assertThat(new String(image.body(), StandardCharsets.UTF_8)).contains("<path").doesNotContain("<a ")
                    .doesNotContain("style=").doesNotContain("data-").doesNotContainPattern("MJX-\\d");
            assertThat(server.get(path, "If-None-Match", header(image, "ETag")).statusCode()).isEqualTo(304);
        }
        assertThat(server.get("/formulas/0123456789abcdef0123456789abcdef.svg").statusCode()).isEqualTo(404);
        assertThat(server.get("/formulas/..%2Ffeed.atom").statusCode()).isEqualTo(404);
    }

    @Test
    void theVariantKeepsItsAddressInLinksAndAnswersToMathImagesToo() throws Exception {
        Feed feed = atom("/feed.atom?math=images");
        assertThat(link(feed, "self")).isEqualTo("https://feeds.blog.example/math-images/feed.atom");
        assertThat(link(feed, "prev-archive")).isEqualTo("https://feeds.blog.example/math-images/archive/1.atom");
        assertThat(server.get("/math-images/feed.atom").body()).isEqualTo(server.get("/feed.atom?math=images").body());
        Feed page = atom("/math-images/tags/math/archive/1.atom");
        assertThat(link(page, "current")).isEqualTo("https://feeds.blog.example/math-images/tags/math/feed.atom");
        assertThat(entry(page).getContents().get(0).getValue()).contains("<img ")
                .doesNotContain("class=\"math inline\">\\(");
    }

    @Test
    void theFeedPageAndTheOpmlListTheVariantAndWhoNeedsIt() {
        String home = new String(server.get("/").body(), StandardCharsets.UTF_8);
        assertThat(home).contains("公式显示为图片的版本，供会删除 MathML 公式的阅读器（如 Tiny Tiny RSS）使用：<br>")
                .contains("<a href=\"https://feeds.blog.example/math-images/feed.atom\">Atom</a>");
        String opml = new String(server.get("/feeds.opml").body(), StandardCharsets.UTF_8);
        assertThat(opml).contains("<outline text=\"公式显示为图片的版本，供会删除 MathML 公式的阅读器（如 Tiny Tiny RSS）使用\">")
                .contains("xmlUrl=\"https://feeds.blog.example/math-images/tags/math/feed.atom\"");
    }

    @Test
    void buildWritesTheVariantAndItsImages(@TempDir Path out) throws Exception {
        Export.write(server.feeds, out);
        String feed = Files.readString(out.resolve("math-images/feed.atom"));
        assertThat(feed).isEqualTo(new String(server.get("/math-images/feed.atom").body(), StandardCharsets.UTF_8));
        var sources = new LinkedHashSet<>(Jsoup.parseBodyFragment(entry(atom("/math-images/feed.atom")).getContents()
                .get(0).getValue()).select("img").eachAttr("src"));
        assertThat(sources).hasSize(5);
        for (String src : sources) {
            String path = URI.create(src).getRawPath();
            assertThat(Files.readAllBytes(out.resolve(path.substring(1)))).isEqualTo(server.get(path).body());
            assertThat(out.resolve(path.substring(1) + ".gz")).exists();
        }
        try (var files = Files.list(out.resolve("formulas"))) {
            assertThat(files.count()).isEqualTo(2 * 5);
        }
    }

    @Test
    void macrosAndNumbersAreReadAsForMathMl(@TempDir Path folder) throws Exception {
        TestServer.write(folder, "macros.md", """
                ---
                title: Macros
                date: 2024-01-01
                ---
                Let $\\newcommand{\\RR}{\\mathbb{R}}$ be defined: $x \\in \\RR$ is $x \\in \\mathbb{R}$.

                \\begin{equation}
                e^{i\\pi} + 1 = 0 \\label{euler}
                \\end{equation}

                Numbered: $\\eqref{euler}$.
                """);
        try (TestServer macros = TestServer.start(folder)) {
            HttpResponse<byte[]> response = macros.get("/math-images/feed.atom");
            Feed feed = (Feed) new WireFeedInput(false, Locale.ROOT).build(new InputSource(
                    new InputStreamReader(new ByteArrayInputStream(response.body()), StandardCharsets.UTF_8)));
            var images = Jsoup.parseBodyFragment(entry(feed).getContents().get(0).getValue()).select("img");
            assertThat(images.eachAttr("alt")).containsExactly("\\newcommand{\\RR}{\\mathbb{R}}", "x \\in \\RR",
                    "x \\in \\mathbb{R}", "\\begin{equation}\ne^{i\\pi} + 1 = 0 \\label{euler}\n\\end{equation}",
                    "\\eqref{euler}");
            assertThat(images.get(1).attr("src")).as("the macro expanded, as MathJax reads it")
                    .isEqualTo(images.get(2).attr("src"));
        }
    }

    private static Feed atom(String path) throws Exception {
        HttpResponse<byte[]> response = server.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return (Feed) new WireFeedInput(false, Locale.ROOT).build(new InputSource(
                new InputStreamReader(new ByteArrayInputStream(response.body()), StandardCharsets.UTF_8)));
    }

    private static Entry entry(Feed feed) {
        assertThat(feed.getEntries()).hasSize(1);
        return feed.getEntries().get(0);
    }

    private static String link(Feed feed, String rel) {
        return feed.getOtherLinks().stream().filter(link -> rel.equals(link.getRel())).map(Link::getHref).findFirst()
                .orElseGet(() -> feed.getAlternateLinks().stream().filter(link -> rel.equals(link.getRel()))
                        .map(Link::getHref).findFirst().orElse(""));
    }
}
