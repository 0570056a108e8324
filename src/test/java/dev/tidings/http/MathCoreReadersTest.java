package dev.tidings.http;

import static dev.tidings.http.TestServer.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One article with the formulas MathML Core used to get wrong, in the two kinds of reader that matter: Chromium (and
 * the web readers built on it), where styled letters, stretchy fences and aligned columns must show as TeX meant
 * them; and newsboat, a text reader, where each formula must read once, not as its MathML's text and then its TeX.
 */
final class MathCoreReadersTest {
    private static final String ARTICLE = """
            ---
            title: Formulas for every reader
            date: 2024-05-01T09:00:00+08:00
            ---
            设 $\\mathbb{E}[X]$ 有限，损失 $\\mathcal{L}(\\boldsymbol{\\theta})$ 定义在 $\\mathbb{R}^n$ 上，$N = 3.4\\times 10^{38}$，\
            均值 $\\frac{a+b}{2}$，记 $x_i^2$。

            $$\\left\\{\\begin{aligned} x &= 1 \\\\ y+z+w &= 2222 \\end{aligned}\\right.$$

            $$A = \\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}$$

            $$f(x) = \\begin{cases} x^2 & \\text{若 } x \\ge 0 \\\\ -x & \\text{否则} \\end{cases}$$

            <!--more-->
            """;
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @TempDir
    static Path dir;
    private static TestServer server;

    @BeforeAll
    static void serve() {
        TestServer.write(dir.resolve("site"), "posts/formulas.md", ARTICLE);
        server = TestServer.start(dir.resolve("site"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void chromiumShowsStyledLettersStretchedFencesAndAlignedColumns() throws Exception {
        String page = text(server.get("/feed.atom?math=mathml", "Sec-Fetch-Dest", "document", "Accept", BROWSER));
        Document doc = Jsoup.parse(page);
        assertThat(doc.select("math")).hasSize(9);
        assertThat(doc.select("math [mathvariant]:not([mathvariant=normal])")).as("MathML Core ignores them").isEmpty();
        assertThat(doc.select("math mi").eachText()).contains("𝔼", "ℒ", "𝜽", "ℝ");
        assertThat(doc.select("math mo[fence=true]").eachAttr("stretchy")).hasSize(4).containsOnly("true");
        assertThat(doc.select("math").eachAttr("alttext")).contains("\\mathbb{E}[X]", "x_i^2");

        Chromium chromium = Chromium.in(dir);
        // The page as a browser gets it, under its own policy; then a copy with a probe that measures the formulas
        chromium.screenshot(server.uri("/feed.atom?math=mathml").toString(), "math-core-page.png", 900, 900);
        Path probed = dir.resolve("probed.html");
        Files.writeString(probed, page.replace("</body>", """
                <script>const fence = document.querySelector('mo[fence]').getBoundingClientRect();
                const left = [...document.querySelector('mtable').querySelectorAll('mtr > mtd:nth-child(2) mpadded')]
                  .map(e => e.getBoundingClientRect().left);
                document.body.setAttribute('data-probe', JSON.stringify({fence: fence.height,
                  font: parseFloat(getComputedStyle(document.querySelector('math')).fontSize), left}));</script>
                </body>"""), StandardCharsets.UTF_8);
        String dumped = chromium.dom(probed.toUri().toString(), "--virtual-time-budget=5000");
        JsonNode probe = new ObjectMapper().readTree(dumped.replaceAll("(?s).*data-probe=\"([^\"]*)\".*", "$1")
                .replace("&quot;", "\""));
        assertThat(probe.path("fence").asDouble()).as("the brace stretches over both rows")
                .isGreaterThan(2 * probe.path("font").asDouble());
        assertThat(probe.path("left")).hasSize(2);
        assertThat(probe.path("left").get(0).asDouble()).as("the = signs start at one line")
                .isCloseTo(probe.path("left").get(1).asDouble(), org.assertj.core.data.Offset.offset(0.5));
    }

    @Test
    void newsboatShowsEachFormulaOnce() throws Exception {
        String shown = FeedReaders.newsboatArticle(dir.resolve("newsboat"), server.uri("/feed.atom?math=mathml")
                .toString()).replaceAll("\\s+", " ");
        for (String formula : List.of("𝔼[X]", "ℒ(𝜽)", "ℝ^n", "N=3.4×10^38", "(a+b)/2", "x_i^2", "{x=1; y+z+w=2222",
                "A=(a, b; c, d)", "f(x)={x^2, 若 x≥0; −x, 否则")) {
            assertThat(shown.split(java.util.regex.Pattern.quote(formula), -1)).as(formula + " in " + shown)
                    .hasSize(2);
        }
        assertThat(shown).doesNotContain("\\mathbb").doesNotContain("\\times").doesNotContain("\\frac")
                .doesNotContain("\\begin");
    }
}
