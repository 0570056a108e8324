package dev.tidings;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import dev.tidings.content.MathDelimiters;
import dev.tidings.content.MathDelimiters.Pair;
import dev.tidings.content.PageReading;
import dev.tidings.content.SiteConfig;
import dev.tidings.math.TestFormulas;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/**
 * Each pipeline's formulas reach the feed with exactly the TeX the blog's own MathJax or KaTeX received. For each of
 * our fixture sites the test states that TeX, formula by formula ("display: " before a display formula's), and checks
 * it three ways: the feed's TeX ({@code math: tex}); its MathML's annotations ({@code math: mathml}), none of them a
 * {@code math-error}; and — where the generator is installed and supports the site — the generator's own page, read
 * as the theme's MathJax or KaTeX reads it. The stated TeX was also checked once against MathJax 3.2 and KaTeX 0.16
 * themselves, run on the generators' pages in headless Chromium.
 */
final class MathPipelinesTest {
    private static final Pair DOLLAR = new Pair("$", "$", false);
    private static final Pair PARENS = new Pair("\\(", "\\)", false);
    private static final Pair DOLLARS = new Pair("$$", "$$", true);
    private static final Pair BRACKETS = new Pair("\\[", "\\]", true);
    private static final String ALIGNED = "display: \n\\begin{aligned}\nf(x) &= x^2 \\\\\ng(x) &= \\sqrt{x}\n"
            + "\\end{aligned}\n";

    @TempDir
    Path temp;

    @Test
    void hugoWithoutPassthroughAsGoldmarkAndTheThemesKatexLeaveIt() throws Exception {
        var katex = new MathDelimiters(List.of(DOLLARS, DOLLAR, PARENS, BRACKETS), false, false, true, false);
        var expected = Map.of(
                "Divergence as goldmark leaves it", List.of(
                        "\\arg\\min_Q D_{\\texttt{KL}}(Q |P)", "Q",  // \_ and \| lost their backslash
                        "{x \\mid x > 0}", "a,b", "x_i y_i",
                        "f’(x)", "f’’(x)", "f",                    // goldmark's typographer
                        "display: \n\\begin{aligned}\nf(x) &= x^2 \\\\\ng(x) &= \\sqrt{x}\n\\end{aligned}\n",
                        "e^{i\\pi} + 1 = 0", "display: \\int_0^1 x,dx",
                        "x_1 \\\\ y^*"),                          // a shortcode's output is not Markdown
                "Nothing to protect", List.of("E = mc^2", "display: \\sum_{i=1}^n i = \\frac{n(n+1)}{2}"));
        GeneratedSite site = GeneratedSite.build("hugo-math", "https://proofs.example.org/", temp);
        assertThat(detected(site.source()).page()).isEqualTo(katex);
        assertThat(feed(site.source())).isEqualTo(expected);
        assertThat(generatorsPages(site, katex)).isEqualTo(expected);
    }

    @Test
    void hugoWithPassthroughKeepsWhatItsDelimitersHoldAsWritten() throws Exception {
        // Hugo 0.111 (Debian's) has no passthrough extension: this site is read, not built
        Path site = copy("generator-sites/hugo-passthrough");
        assertThat(detected(site).passthrough()).containsExactly(BRACKETS, DOLLARS, PARENS, DOLLAR);
        assertThat(feed(site)).isEqualTo(Map.of("Formulas goldmark passes through", List.of(
                "\\arg\\min\\_Q D_{\\texttt{KL}}(Q \\|P)", "\\{x \\mid x > 0\\}", "a*b*c", "f'(x)", ALIGNED,
                "e^{i\\pi} + 1 = 0", "display: \\int_0^1 x\\,dx",
                "display: \\begin{equation}a \\ b\\end{equation}")));  // outside the delimiters: Markdown's
    }

    @Test
    void jekyllAsKramdownAndTheThemesMathJaxLeaveIt() throws Exception {
        var mathJax = MathDelimiters.mathJax(List.of(PARENS), List.of(BRACKETS));
        var expected = Map.of("Kernels in kramdown", List.of(
                "\\arg\\min\\_Q D_{\\texttt{KL}}(Q \\|P)", "a*b*c",      // $$…$$ in a sentence: inline, as written
                "display: \\begin{aligned}\nk(x, y) &= \\exp(-\\gamma \\|x - y\\|^2) \\\\\n"
                        + "&= \\langle \\phi(x), \\phi(y) \\rangle\n\\end{aligned}",
                "\\sum_{i=1}^n \\alpha_i y_i = 0",                       // a line of its own inside a paragraph
                "a\\,b\\;c", "{x}", "f’(x)",                              // kramdown's escapes and smart quotes
                "display: K_{ij} = k(x_i, x_j)"));
        GeneratedSite site = GeneratedSite.build("jekyll-math", "https://kernels.example.org/", temp);
        assertThat(detected(site.source()).page()).isEqualTo(mathJax);
        assertThat(feed(site.source())).isEqualTo(expected);
        assertThat(generatorsPages(site, mathJax)).isEqualTo(expected);
    }

    @Test
    void hexoAsMarkedAndNextsMathJaxLeaveIt() throws Exception {
        var mathJax = MathDelimiters.mathJax(List.of(PARENS, DOLLAR), List.of(DOLLARS, BRACKETS));
        var expected = Map.of("Attention after marked", List.of(
                "\\mathrm{softmax}(QK^\\top / \\sqrt{d_k})V", "k_1, \\dots, k_n", "{q_i}", "x_i + y_i",
                "display: \n\\begin{aligned}\nh_t &= \\tanh(W x_t + U h_{t-1}) \\\\\n"
                        + "y_t &= \\operatorname{softmax}(V h_t)\n\\end{aligned}\n",
                "\\nabla_\\theta L", "f’(x)", "\\alpha"));                // marked's smartypants
        GeneratedSite site = GeneratedSite.build("hexo-math", "https://attention.example.org/", temp);
        assertThat(detected(site.source()).page()).isEqualTo(mathJax);
        assertThat(feed(site.source())).isEqualTo(expected);
        assertThat(generatorsPages(site, mathJax)).isEqualTo(expected);
    }

    @Test
    void tidingsOwnFormatKeepsEveryFormulaAsWritten() throws Exception {
        assertThat(feed(copy("sites/math-own"))).isEqualTo(Map.of("Formulas in Tidings' own format", List.of(
                "\\arg\\min\\_Q D\\_{\\texttt{KL}}(Q \\|P)", "a*b*c", "\\{x \\mid x > 0\\}", "f'(x)",
                "display: \n\\begin{aligned}\nf(x) &= x^2 \\\\\n- g(x) &= \\sqrt{x}\n\\end{aligned}\n",
                "e^{i\\pi} + 1 = 0", "display: \\int_0^1 x\\,dx",
                "display: \\begin{equation}\na \\\\ b\n\\end{equation}")));
    }

    @Test
    void mathSyntaxOverridesWhatTheSiteSays() throws Exception {
        Path site = copy("generator-sites/hugo-math");
        assertThat(feed(site, "--math-syntax", "tidings").get("Divergence as goldmark leaves it"))
                .startsWith("\\arg\\min\\_Q D\\_{\\texttt{KL}}(Q \\|P)", "Q", "\\{x \\mid x > 0\\}", "a\\,b");
    }

    private static dev.tidings.content.MathSyntax detected(Path site) {
        return SiteConfig.find(site).orElseThrow().conventions().math();
    }

    private Path copy(String fixture) throws URISyntaxException {
        Path to = temp.resolve(fixture.replace('/', '-'));
        GeneratedSite.copy(Path.of(MathPipelinesTest.class.getResource("/" + fixture).toURI()), to);
        return to;
    }

    /**
     * Each entry's formulas in the feed Tidings builds with {@code math: tex}; the same as its MathML's annotations,
     * none of them an error.
     */
    private Map<String, List<String>> feed(Path site, String... options) throws Exception {
        Path out = temp.resolve("tidings-" + site.getFileName());
        var args = new ArrayList<>(List.of("build", "--content", site.toString(), "--math", "tex", "--out",
                out.toString()));
        args.addAll(List.of(options));
        GeneratedSite.tidings(args.toArray(String[]::new));
        var formulas = new LinkedHashMap<String, List<String>>();
        for (Entry entry : atom(out).getEntries()) {
            String html = entry.getContents().get(0).getValue();
            List<String> tex = PageReading.marked(Jsoup.parseBodyFragment(html).body());
            Document mathMl = Jsoup.parseBodyFragment(TestFormulas.SHARED.mathml(html));
            assertThat(mathMl.select(".math-error")).as(entry.getTitle() + ": formulas KaTeX cannot render").isEmpty();
            assertThat(PageReading.annotations(mathMl)).as(entry.getTitle() + ": annotations").isEqualTo(tex);
            formulas.put(entry.getTitle(), tex);
        }
        return formulas;
    }

    /** Each entry's formulas as the theme's script finds them in the generator's page ({@code <article>}). */
    private static Map<String, List<String>> generatorsPages(GeneratedSite site, MathDelimiters delimiters)
            throws Exception {
        var formulas = new LinkedHashMap<String, List<String>>();
        for (GeneratedSite.Published entry : site.feed()) {
            String path = URLDecoder.decode(entry.link().substring(site.base().length()), StandardCharsets.UTF_8);
            Document page = Jsoup.parse(site.out().resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html"
                    : path), "UTF-8", entry.link());
            formulas.put(entry.title(), PageReading.found(page.selectFirst("article"), delimiters));
        }
        return formulas;
    }

    private static Feed atom(Path out) throws Exception {
        return (Feed) new WireFeedInput(false, Locale.ROOT).build(new InputSource(Files.newInputStream(
                out.resolve("feed.atom"))));
    }
}
